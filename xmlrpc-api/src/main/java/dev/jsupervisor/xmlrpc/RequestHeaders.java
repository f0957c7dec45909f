package dev.jsupervisor.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Request heads as the reference clients send them (captured from Debian's supervisorctl 4.2.5
 * on Python 3.11): XML-RPC posts through http.client, log tails through supervisor's own
 * http_client with its own header set.
 */
final class RequestHeaders {
    /** Python's xmlrpc.client User-Agent, kept so servers and logs see what they always saw. */
    static final String RPC_USER_AGENT = "Python-xmlrpc/3.11";
    static final String TAIL_USER_AGENT = "Supervisor HTTP Client";
    static final String RPC_PATH = "/RPC2";

    private RequestHeaders() { }

    static byte[] rpcPost(ServerUrl url, String authorization, int contentLength) {
        StringBuilder b = new StringBuilder(256);
        b.append("POST ").append(RPC_PATH).append(" HTTP/1.1\r\n");
        line(b, "Host", url.hostHeader());
        line(b, "Accept-Encoding", "identity");
        line(b, "User-Agent", RPC_USER_AGENT);
        line(b, "Content-Type", "text/xml");
        line(b, "Accept", "text/xml");
        if (authorization != null) {
            line(b, "Authorization", authorization);
        }
        line(b, "Content-Length", Integer.toString(contentLength));
        return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] tailGet(ServerUrl url, String path, String authorization) {
        StringBuilder b = new StringBuilder(256);
        b.append("GET ").append(path).append(" HTTP/1.1\r\n");
        line(b, "Host", url.hostHeader());
        line(b, "Accept-Encoding", "chunked");
        line(b, "Accept", "*/*");
        line(b, "User-agent", TAIL_USER_AGENT);
        if (authorization != null) {
            line(b, "Authorization", authorization);
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "Basic base64(user:password)" with the credentials in UTF-8, as Python encodes them. */
    static String basic(String username, String password) {
        byte[] pair = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
    }
}
