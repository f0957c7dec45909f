package dev.jsupervisor.xmlrpc;

import java.util.Locale;

/**
 * A supervisorctl server URL: {@code unix:///path/to.sock} or {@code http://host[:port]} (port 80
 * by default, any path ignored), parsed as supervisor's SupervisorTransport does.
 *
 * @param text the URL as given (used in messages such as "&lt;url&gt; refused connection")
 * @param socketPath for unix URLs, everything after "unix://"; null for http
 * @param host for http URLs, the host name (lower case, IPv6 without brackets); null for unix
 * @param port for http URLs, the port
 */
public record ServerUrl(String text, String socketPath, String host, int port) {
    private static final int DEFAULT_PORT = 80;

    /** Throws IllegalArgumentException with supervisor's "Unknown protocol for serverurl" text. */
    public static ServerUrl parse(String url) {
        if (url.startsWith("unix://")) {
            return new ServerUrl(url, url.substring("unix://".length()), null, 0);
        }
        if (url.startsWith("http://")) {
            return http(url);
        }
        throw new IllegalArgumentException(String.format(Messages.UNKNOWN_PROTOCOL, url));
    }

    public boolean isUnix() {
        return socketPath != null;
    }

    /**
     * The Host header Python's http.client sends: "localhost" over a unix socket (supervisor's
     * choice), else the host, with ":port" only when not 80, IPv6 in brackets.
     */
    public String hostHeader() {
        if (isUnix()) {
            return "localhost";
        }
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == DEFAULT_PORT ? h : h + ":" + port;
    }

    private static ServerUrl http(String url) {
        String authority = url.substring("http://".length());
        int slash = indexOfAny(authority, "/?#");
        if (slash >= 0) {
            authority = authority.substring(0, slash);
        }
        authority = authority.substring(authority.lastIndexOf('@') + 1); // credentials are not used from here
        String host = authority;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = authority.substring(1, Math.max(close, 1));
            port = close >= 0 && authority.startsWith(":", close + 1) ? authority.substring(close + 2) : "";
        } else if (authority.contains(":")) {
            host = authority.substring(0, authority.indexOf(':'));
            port = authority.substring(authority.indexOf(':') + 1);
        }
        return new ServerUrl(url, null, host.toLowerCase(Locale.ROOT), port.isEmpty() ? DEFAULT_PORT : port(url, port));
    }

    private static int port(String url, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the same error as an out-of-range number
        }
        throw new IllegalArgumentException("Port out of range 0-65535 in serverurl " + url);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
