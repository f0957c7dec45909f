package dev.jsupervisor.e2e.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hand-written XML-RPC documents no ordinary client sends (odd value types, overflowing numbers,
 * deep nesting, whitespace and encodings): ours must answer with the reference's HTTP status and,
 * for a 200, the same fault code and string or a result of the same XML-RPC type.
 */
class XmlRpcEdgeCasesTest extends AgainstBothDaemons {

    private static String call(String method, String... values) {
        StringBuilder b = new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>" + method
                + "</methodName>\n<params>\n");
        for (String v : values) {
            b.append("<param>").append(v).append("</param>\n");
        }
        return b.append("</params>\n</methodCall>\n").toString();
    }

    /** Label -> document. */
    static Map<String, String> documents() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("untyped value is a string", call("supervisor.getProcessInfo", "<value>cat</value>"));
        d.put("empty value", call("supervisor.getProcessInfo", "<value></value>"));
        d.put("i4 offsets", call("supervisor.readLog", "<value><i4>0</i4></value>", "<value><i4>5</i4></value>"));
        d.put("i8 offsets", call("supervisor.readLog", "<value><i8>0</i8></value>", "<value><i8>5</i8></value>"));
        d.put("int beyond 32 bits", call("supervisor.readLog", "<value><int>99999999999</int></value>",
                "<value><int>0</int></value>"));
        d.put("int with plus sign", call("supervisor.readLog", "<value><int>+0</int></value>",
                "<value><int>5</int></value>"));
        d.put("int not a number", call("supervisor.readLog", "<value><int>x</int></value>",
                "<value><int>0</int></value>"));
        d.put("boolean 2", call("supervisor.getProcessInfo", "<value><boolean>2</boolean></value>"));
        d.put("double nan", call("supervisor.readLog", "<value><double>nan</double></value>",
                "<value><int>0</int></value>"));
        d.put("bad dateTime",
                call("supervisor.getProcessInfo", "<value><dateTime.iso8601>x</dateTime.iso8601></value>"));
        d.put("bad base64", call("supervisor.getProcessInfo", "<value><base64>!!!</base64></value>"));
        d.put("nil", call("supervisor.getProcessInfo", "<value><nil/></value>"));
        d.put("unknown type tag", call("supervisor.getProcessInfo", "<value><float>1</float></value>"));
        d.put("struct without name", call("supervisor.getProcessInfo",
                "<value><struct><member><value><int>1</int></value></member></struct></value>"));
        d.put("array without data", call("supervisor.getProcessInfo", "<value><array></array></value>"));
        d.put("nested 100 arrays", call("supervisor.getProcessInfo",
                "<value><array><data>".repeat(100) + "<value>x</value>" + "</data></array></value>".repeat(100)));
        String[] thousand = new String[1000];
        java.util.Arrays.fill(thousand, "<value><int>1</int></value>");
        d.put("1000 params", call("supervisor.getState", thousand));
        d.put("whitespace around names",
                "<?xml version='1.0'?><methodCall><methodName> supervisor.getState </methodName>"
                + "</methodCall>");
        d.put("no params element", "<?xml version='1.0'?><methodCall><methodName>supervisor.getState</methodName>"
                + "</methodCall>");
        d.put("latin-1 declared", "<?xml version='1.0' encoding='ISO-8859-1'?><methodCall><methodName>"
                + "supervisor.getProcessInfo</methodName><params><param><value>caf\u00e9</value></param></params>"
                + "</methodCall>");
        d.put("methodResponse instead", "<?xml version='1.0'?><methodResponse><params><param><value>x</value>"
                + "</param></params></methodResponse>");
        d.put("trailing garbage", call("supervisor.getState") + "<x/>");
        d.put("CDATA name", "<?xml version='1.0'?><methodCall><methodName><![CDATA[supervisor.getState]]>"
                + "</methodName></methodCall>");
        d.put("character reference in name", "<?xml version='1.0'?><methodCall><methodName>supervisor.get&#83;tate"
                + "</methodName></methodCall>");
        return d;
    }

    private static final Pattern FAULT = Pattern.compile(
            "<name>faultCode</name>\\s*<value><int>(\\d+)</int></value>.*?<name>faultString</name>\\s*"
                    + "<value><string>(.*?)</string></value>", Pattern.DOTALL);
    private static final Pattern FIRST_TYPE = Pattern.compile("<params>\\s*<param>\\s*<value>\\s*<(\\w+)");

    /** "400", "200 fault 10 BAD_NAME: x" or "200 result struct". */
    static String outcome(String response) {
        String status = RawHttp.status(response);
        if (!status.equals("200")) {
            return status;
        }
        Matcher f = FAULT.matcher(response);
        if (f.find()) {
            return "200 fault " + f.group(1) + " " + f.group(2);
        }
        Matcher t = FIRST_TYPE.matcher(response);
        return "200 result " + (t.find() ? t.group(1) : "?");
    }

    /** Where ours answers differently on purpose: label -> our outcome (the reference's is in the notes). */
    static final Map<String, String> DELIBERATE = Map.of(
            // our parser refuses documents nested deeper than XmlRpcLimits.DEFAULT_MAX_DEPTH (128)
            // elements with 400; 4.2.5 parses them (and then fails the call: 500)
            "nested 100 arrays", "400");

    /**
     * Differences that are bugs or open questions for the owners of daemon/rpc and xmlrpc-api,
     * reported in /work/notes/pairs.md: label -> why. Printed, not compared; remove when fixed.
     */
    static final Map<String, String> OPEN_DIFFERENCES = Map.of(
            "latin-1 declared",
            "ours honours encoding='ISO-8859-1' in the XML declaration; 4.2.5 reads the body as UTF-8");

    @Test
    void oddDocumentsAreAnsweredAsTheReferenceDoes() throws Exception {
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, String> doc : documents().entrySet()) {
            byte[] request = RawHttp.post("HTTP/1.0", doc.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String theirs = outcome(RawHttp.exchange(reference, false, request));
            String mine = outcome(RawHttp.exchange(ours, false, request));
            String expected = DELIBERATE.getOrDefault(doc.getKey(), theirs);
            if (OPEN_DIFFERENCES.containsKey(doc.getKey())) {
                System.out.println("[abuse] open difference, " + doc.getKey() + ": reference " + theirs + ", ours "
                        + mine + " (" + OPEN_DIFFERENCES.get(doc.getKey()) + ")");
            } else if (!expected.equals(mine)) {
                different.add(doc.getKey() + ": reference " + theirs + ", ours " + mine + ", expected " + expected);
            }
            health.check(doc.getKey());
        }
        assertEquals("", String.join("\n", different));
    }
}
