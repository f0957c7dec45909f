package dev.jsupervisor.daemon.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Serialises a response for the request it answers and decides the connection's fate, with the
 * reference's persistence rules:
 * <ul>
 * <li>HTTP/1.0 stays open only if the client asked for keep-alive and the length is known; the
 * reply then says {@code Connection: Keep-Alive}.</li>
 * <li>HTTP/1.1 stays open unless the client said {@code Connection: close}; a body of unknown
 * length is sent chunked.</li>
 * <li>A version-less request line closes.</li>
 * </ul>
 * When the reference closes for these reasons it does not say so in a Connection header (it sets
 * the header after the header section was built), and neither do we. A response that itself
 * says {@code Connection: close} (the 401) always closes.
 */
public final class ResponseEncoder {
    private ResponseEncoder() {}

    /**
     * The bytes to queue now, whether to close once they (and any streamed body) are sent, and,
     * for a streamed response, how to frame the body's pieces.
     */
    public record Encoded(ByteBuffer bytes, boolean closeAfter, BodyStream stream) {}

    public static Encoded encode(HttpRequest request, HttpResponse response) {
        boolean close = decideClose(request, response);
        boolean chunked = !close && response.isStreamed();
        if (chunked) {
            response.set("Transfer-Encoding", "chunked");
        }
        ByteBuffer bytes = serialise(request.statusVersion(), response);
        BodyStream stream = !response.isStreamed() ? null : chunked ? new ChunkedWriter() : BodyStream.untilClose();
        return new Encoded(bytes, close || (stream != null && stream.endsWithClose()), stream);
    }

    /**
     * The error page for a request the decoder could not read. We say Connection: close here
     * because the reference has no such case to imitate and the client should know.
     */
    public static Encoded encodeFailure(DecodeFailure failure, Instant now) {
        HttpResponse response = HttpResponse.error(failure.status(), now).set("Connection", "close");
        return new Encoded(serialise(failure.statusVersion(), response), true, null);
    }

    private static boolean decideClose(HttpRequest request, HttpResponse response) {
        if (response.get("Connection").filter("close"::equalsIgnoreCase).isPresent()) {
            return true;
        }
        boolean lengthKnown = response.has("Content-Length");
        String version = request.version();
        if ("1.0".equals(version)) {
            if (request.headers().hasToken("Connection", "keep-alive") && lengthKnown) {
                response.set("Connection", "Keep-Alive");
                return false;
            }
            return true;
        }
        if ("1.1".equals(version)) {
            return request.headers().hasToken("Connection", "close");
        }
        // No version, or one we do not know: keep the connection only if the reply is framed.
        return version == null || !lengthKnown;
    }

    private static ByteBuffer serialise(String version, HttpResponse response) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/").append(version).append(' ').append(response.status()).append(' ')
                .append(Messages.reason(response.status())).append("\r\n");
        for (Map.Entry<String, String> field : response.headers().entrySet()) {
            head.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = response.bodyBytes();
        return ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body).flip();
    }
}
