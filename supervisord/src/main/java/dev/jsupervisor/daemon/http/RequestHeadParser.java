package dev.jsupervisor.daemon.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a complete header section (request line and fields, without the blank line) into its
 * parts. Stateless: the decoder calls it once the whole section has arrived.
 */
final class RequestHeadParser {
    private RequestHeadParser() {}

    /** The parsed section; {@code version} is null for a version-less request line. */
    record Head(String method, String target, String version, HttpHeaders headers) {}

    static Head parse(byte[] bytes, int length) throws HttpDecodeException {
        String text = decodeUtf8(bytes, length);
        String[] lines = text.split("\r\n", -1);
        String[] requestLine = requestLine(lines[0]);
        return new Head(requestLine[0], requestLine[1], requestLine[2], fields(lines));
    }

    /**
     * The reference decodes the section as UTF-8 and fails on invalid bytes; raw UTF-8 in a path
     * (a process name, say) therefore works, Latin-1 does not.
     */
    private static String decodeUtf8(byte[] bytes, int length) throws HttpDecodeException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpDecodeException(400, Messages.BAD_ENCODING);
        }
    }

    /**
     * {@code METHOD SP target [SP HTTP/version]} with single spaces, as the reference's pattern
     * requires; the version is digits and dots.
     */
    private static String[] requestLine(String line) throws HttpDecodeException {
        String[] parts = line.split(" ", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new HttpDecodeException(400, Messages.BAD_REQUEST_LINE);
        }
        if (parts.length == 2) {
            return new String[] {parts[0], parts[1], null};
        }
        String version = parts[2].startsWith("HTTP/") ? parts[2].substring(5) : "";
        if (version.isEmpty() || !version.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
            throw new HttpDecodeException(400, Messages.BAD_REQUEST_LINE);
        }
        return new String[] {parts[0], parts[1], version};
    }

    /** Field lines; obsolete folded continuations are joined to the previous value with one space. */
    private static HttpHeaders fields(String[] lines) throws HttpDecodeException {
        List<HttpHeaders.Field> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (fields.isEmpty()) {
                    throw new HttpDecodeException(400, Messages.BAD_HEADER_LINE);
                }
                HttpHeaders.Field last = fields.remove(fields.size() - 1);
                fields.add(new HttpHeaders.Field(last.name(), (last.value() + " " + line.strip()).strip()));
            } else {
                fields.add(field(line));
            }
        }
        return new HttpHeaders(fields);
    }

    private static HttpHeaders.Field field(String line) throws HttpDecodeException {
        int colon = line.indexOf(':');
        // A name must be a non-empty token; whitespace before the colon is a smuggling vector.
        if (colon <= 0 || !isToken(line.substring(0, colon))) {
            throw new HttpDecodeException(400, Messages.BAD_HEADER_LINE);
        }
        return new HttpHeaders.Field(line.substring(0, colon), line.substring(colon + 1).strip());
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
