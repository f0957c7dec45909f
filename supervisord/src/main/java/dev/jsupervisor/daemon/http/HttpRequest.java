package dev.jsupervisor.daemon.http;

import java.util.Optional;

/**
 * One complete request as decoded from the wire.
 *
 * @param method the method token exactly as sent (the reference compares case-sensitively)
 * @param target the request-target exactly as sent
 * @param uri the target after the reference's piecemeal path decoding; routing uses this
 * @param version the digits after "HTTP/" (e.g. "1.1"), or null for a version-less request line
 * @param headers the header fields, unfolded
 * @param body the body bytes (empty when none)
 * @param framing how the body was delimited on the wire
 */
public record HttpRequest(String method, String target, String uri, String version,
        HttpHeaders headers, byte[] body, Framing framing) {

    /** How a request delimited its body. */
    public enum Framing {
        /** Neither Content-Length nor Transfer-Encoding: no body. */
        NONE,
        CONTENT_LENGTH,
        CHUNKED
    }

    /**
     * The reference reads a POST body only through Content-Length and answers 411 otherwise,
     * chunked bodies included; handlers of POST bodies check this.
     */
    public boolean hasContentLength() {
        return framing == Framing.CONTENT_LENGTH;
    }

    /** The path, params, query and fragment of {@link #uri()}. */
    public UriCodec.Parts uriParts() {
        return UriCodec.split(uri);
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The version for our status line: a version-less request gets "1.0" (the reference wrote "None"). */
    public String statusVersion() {
        return version == null ? "1.0" : version;
    }
}
