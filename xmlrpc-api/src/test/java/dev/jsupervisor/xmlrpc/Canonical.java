package dev.jsupervisor.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A type-tagged text form of parsed values, produced identically here and by the Python oracle
 * script {@link #PYTHON}, so parse results can be compared across the two languages.
 */
final class Canonical {
    static final String PYTHON = String.join("\n",
            "import datetime, xmlrpc.client as x",
            "def c(v):",
            "    if v is None: return 'n'",
            "    if isinstance(v, bool): return 'b' + ('1' if v else '0')",
            "    if isinstance(v, int): return 'i' + str(v)",
            "    if isinstance(v, float): return 'd' + repr(v)",
            "    if isinstance(v, str): return 's' + v.encode('utf-8', 'surrogatepass').hex()",
            "    if isinstance(v, (bytes, bytearray)): return 'y' + bytes(v).hex()",
            "    if isinstance(v, x.Binary): return 'y' + v.data.hex()",
            "    if isinstance(v, x.DateTime): return 't' + v.value",
            "    if isinstance(v, datetime.datetime): return 't' + v.strftime('%Y%m%dT%H:%M:%S')",
            "    if isinstance(v, (list, tuple)): return '[' + ','.join(c(i) for i in v) + ']'",
            "    if isinstance(v, dict): return '{' + ','.join(c(k) + ':' + c(w) for k, w in v.items()) + '}'",
            "    return '?' + type(v).__name__",
            "");

    private Canonical() { }

    static String of(Object v) {
        if (v == null) {
            return "n";
        }
        if (v instanceof Boolean b) {
            return b ? "b1" : "b0";
        }
        if (v instanceof Integer || v instanceof Long) {
            return "i" + v;
        }
        if (v instanceof Double d) {
            return "d" + PythonFloat.repr(d);
        }
        if (v instanceof String s) {
            return "s" + PythonOracle.hex(s.getBytes(StandardCharsets.UTF_8));
        }
        if (v instanceof byte[] bytes) {
            return "y" + PythonOracle.hex(bytes);
        }
        if (v instanceof XmlRpcDateTime t) {
            return "t" + t.text();
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : list) {
                b.append(b.length() > 1 ? "," : "").append(of(item));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(b.length() > 1 ? "," : "").append(of(e.getKey())).append(':').append(of(e.getValue()));
            }
            return b.append('}').toString();
        }
        return "?" + v.getClass().getSimpleName();
    }
}
