package dev.jsupervisor.ctl;

import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.HttpStatusException;
import dev.jsupervisor.xmlrpc.TransportException;
import java.util.List;
import java.util.Map;

/**
 * How the reference renders values and unexpected failures: Python's str() of XML-RPC values,
 * and the one-line "error: <class ...>" report naming where the Python code failed.
 */
final class PythonText {
    private static final String SUPERVISOR_XMLRPC = "/usr/lib/python3/dist-packages/supervisor/xmlrpc.py";
    private static final String SOCKET_PY = "/usr/lib/python3.11/socket.py";
    private static final String CLIENT_PY = "/usr/lib/python3.11/xmlrpc/client.py";
    /** Where the reference's supervisorctl asks its questions (EOFError reports name it). */
    static final String SUPERVISORCTL_PY = "/usr/lib/python3/dist-packages/supervisor/supervisorctl.py";
    static final String GETPASS_PY = "/usr/lib/python3.11/getpass.py";

    private PythonText() {}

    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return String.valueOf(value);
        }
        return value.toString();
    }

    /** Python's str.lower() for the texts supervisorctl lowers (channel names). */
    static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Python's repr() of a str: single quotes unless the text has one and no double quote. */
    static String repr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == quote) {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\r') {
                b.append("\\r");
            } else {
                b.append(c);
            }
        }
        return b.append(quote).toString();
    }

    private static final java.util.regex.Pattern INT = java.util.regex.Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");

    /** Python's int() of a str, or null where it would raise ValueError (or exceed an int). */
    static Integer parseInt(String text) {
        String t = text.strip();
        if (!INT.matcher(t).matches()) {
            return null;
        }
        try {
            return Integer.valueOf(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The report for a failure an action did not handle. */
    static String error(Throwable e, String serverUrl) {
        if (e instanceof FaultException f) {
            return Messages.pythonError("xmlrpc.client.Fault", f.getMessage(), CLIENT_PY, 668);
        }
        if (e instanceof HttpStatusException h) {
            return Messages.pythonError("xmlrpc.client.ProtocolError", h.getMessage(), SUPERVISOR_XMLRPC, 539);
        }
        if (e instanceof TransportException t) {
            return transport(t, serverUrl);
        }
        if (e instanceof EndOfInput eof) {
            return Messages.pythonError("EOFError", eof.getMessage(), eof.file, eof.line);
        }
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        return Messages.pythonError(e instanceof IllegalArgumentException ? "ValueError" : "Exception",
                text, SUPERVISOR_XMLRPC, 0);
    }

    private static String transport(TransportException t, String serverUrl) {
        boolean unix = serverUrl != null && serverUrl.startsWith("unix://");
        String where = unix ? SUPERVISOR_XMLRPC : SOCKET_PY;
        int line = unix ? 557 : 836;
        switch (t.kind()) {
            case NO_SUCH_FILE:
                return Messages.pythonError("FileNotFoundError", "[Errno 2] No such file or directory", where, line);
            case CONNECTION_REFUSED:
                return Messages.pythonError("ConnectionRefusedError", "[Errno 111] Connection refused", where, line);
            case UNKNOWN_HOST:
                return Messages.pythonError("socket.gaierror", "[Errno -2] Name or service not known", SOCKET_PY, 962);
            default:
                return Messages.pythonError("OSError", String.valueOf(t.getMessage()), where, line);
        }
    }
}
