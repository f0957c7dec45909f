package dev.jsupervisor.daemon.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A response under construction: status, header fields and either a complete body or a body
 * streamed later (see {@link ResponseEncoder}).
 *
 * <p>Header fields behave like the reference's header dictionary, whose order is visible on the
 * wire: setting a new name appends it, setting an existing name replaces the value where it
 * stands. Names are case-sensitive, as dictionary keys are. Every response starts with Server
 * and Date, in that order, the Date being taken when the request arrived.
 */
public final class HttpResponse {
    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private boolean streamed;
    private BodySource source;

    private HttpResponse(int status, Instant now) {
        status(status);
        headers.put("Server", Messages.SERVER);
        headers.put("Date", HttpDates.format(now));
    }

    /** A response with only Server and Date so far. */
    public static HttpResponse create(int status, Instant now) {
        return new HttpResponse(status, now);
    }

    /** The reference's error page (Content-Length, then Content-Type: text/html). */
    public static HttpResponse error(int status, Instant now) {
        return create(status, now).toError(status);
    }

    /**
     * Turns this response into the error page for {@code status}, keeping the headers already
     * set (a redirect keeps Location, for instance) in their places.
     */
    public HttpResponse toError(int status) {
        status(status);
        return body(Messages.errorPage(status).getBytes(StandardCharsets.UTF_8)).set("Content-Type", "text/html");
    }

    public HttpResponse status(int code) {
        if (!Messages.knownStatus(code)) {
            throw new IllegalArgumentException("status outside the reference's table: " + code);
        }
        this.status = code;
        return this;
    }

    public int status() {
        return status;
    }

    public HttpResponse set(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse remove(String name) {
        headers.remove(name);
        return this;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public boolean has(String name) {
        return headers.containsKey(name);
    }

    /** Header fields in wire order (a copy). */
    public Map<String, String> headers() {
        return new LinkedHashMap<>(headers);
    }

    /**
     * A complete body; sets Content-Length to its size (in place if already set). The array is
     * taken as it is, not copied (replies can be large): the caller must not change it after.
     */
    public HttpResponse body(byte[] bytes) {
        this.body = bytes;
        this.streamed = false;
        this.source = null;
        return set("Content-Length", Integer.toString(bytes.length));
    }

    /**
     * Only the header section now; the body follows through the encoder's {@link BodyStream}
     * (chunked on HTTP/1.1, raw until close on HTTP/1.0). Content-Length must not be set.
     */
    public HttpResponse streamed() {
        this.body = new byte[0];
        this.streamed = true;
        headers.remove("Content-Length");
        return this;
    }

    /**
     * Sends the header section with Content-Length already set but no body (a HEAD reply):
     * the declared length stays, no bytes follow.
     */
    public HttpResponse headOnly() {
        this.body = new byte[0];
        this.streamed = false;
        return this;
    }

    public boolean isStreamed() {
        return streamed;
    }

    /** A streamed body whose pieces come from {@code from}; see {@link #streamed()}. */
    public HttpResponse streamedFrom(BodySource from) {
        this.source = from;
        return streamed();
    }

    /** The source of a streamed body, or null when the caller frames the body itself. */
    public BodySource source() {
        return source;
    }

    byte[] bodyBytes() {
        return body;
    }
}
