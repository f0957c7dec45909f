package dev.jsupervisor.daemon.http;

import java.util.List;
import java.util.Locale;

/**
 * How a request's body is delimited, from its header fields.
 *
 * @param kind none, Content-Length or chunked
 * @param length the declared length (0 unless {@code kind} is CONTENT_LENGTH)
 */
record BodyFraming(HttpRequest.Framing kind, long length) {

    static BodyFraming of(HttpHeaders headers, int maxBody) throws HttpDecodeException {
        List<String> lengths = headers.all("Content-Length");
        List<String> codings = headers.all("Transfer-Encoding");
        if (!codings.isEmpty()) {
            // Both at once is the classic request-smuggling shape; refuse rather than pick one.
            if (!lengths.isEmpty()) {
                throw new HttpDecodeException(400, Messages.LENGTH_AND_CHUNKED);
            }
            if (codings.size() > 1 || !codings.get(0).strip().toLowerCase(Locale.ROOT).equals("chunked")) {
                throw new HttpDecodeException(501, Messages.BAD_TRANSFER_ENCODING);
            }
            return new BodyFraming(HttpRequest.Framing.CHUNKED, 0);
        }
        if (lengths.isEmpty()) {
            return new BodyFraming(HttpRequest.Framing.NONE, 0);
        }
        long length = declaredLength(lengths);
        if (length > maxBody) {
            throw new HttpDecodeException(413, String.format(Messages.BODY_TOO_LARGE, maxBody));
        }
        return new BodyFraming(HttpRequest.Framing.CONTENT_LENGTH, length);
    }

    /** All Content-Length fields must be the same run of digits. */
    private static long declaredLength(List<String> values) throws HttpDecodeException {
        String first = values.get(0);
        for (String value : values) {
            if (!value.equals(first)) {
                throw new HttpDecodeException(400, Messages.BAD_CONTENT_LENGTH);
            }
        }
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new HttpDecodeException(400, Messages.BAD_CONTENT_LENGTH);
        }
        return Long.parseLong(first);
    }
}
