package dev.jsupervisor.daemon.ui;

import dev.jsupervisor.daemon.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server URL an action's redirect starts with, from the request's Host header the way the
 * reference builds it: "http://host[:port]" without the default port 80 and without a trailing
 * slash. Without a Host header the reference names "localhost" and its port; we have no port to
 * name at this layer and send "http://localhost".
 */
final class ServerUrl {
    private static final Pattern HOST_PORT = Pattern.compile("(.*):([0-9]*)", Pattern.DOTALL);

    private ServerUrl() {}

    static String of(HttpRequest request) {
        String host = request.header("Host").map(String::strip).orElse("localhost");
        String port = null;
        Matcher m = HOST_PORT.matcher(host);
        if (m.matches()) {
            host = m.group(1);
            port = m.group(2).isEmpty() ? null : m.group(2);
        }
        String url = "http://" + (port == null || port.equals("80") ? host : host + ":" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
