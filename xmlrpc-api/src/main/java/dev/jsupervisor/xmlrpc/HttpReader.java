package dev.jsupervisor.xmlrpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.x responses: status line, headers, and a body by length, chunks or end of stream. */
final class HttpReader {
    /** Receives body bytes as they arrive; the array is only valid during the call. */
    interface BodySink {
        void accept(byte[] buffer, int length) throws IOException, TransportException;
    }

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 256;
    private static final int PIECE = 8 * 1024;

    private final InputStream in;

    HttpReader(InputStream in) {
        this.in = in;
    }

    HttpResponseHead readHead() throws IOException, TransportException {
        String status = readLine();
        if (status == null) {
            throw new TransportException(TransportException.Kind.IO, Messages.CLOSED_EARLY, null);
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
            throw bad(Messages.BAD_STATUS_LINE, status);
        }
        return new HttpResponseHead(parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? parts[2].strip() : "",
                readHeaders());
    }

    private Map<String, String> readHeaders() throws IOException, TransportException {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i <= MAX_HEADERS; i++) {
            String line = readLine();
            if (line == null || line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw bad(Messages.BAD_HEADER, line);
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        throw bad(Messages.BAD_HEADER, "(too many)");
    }

    /** The whole body, refusing more than maxBytes. */
    byte[] readBody(HttpResponseHead head, int maxBytes) throws IOException, TransportException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        streamBody(head, (buffer, length) -> {
            if (body.size() + (long) length > maxBytes) {
                throw new TransportException(TransportException.Kind.BAD_RESPONSE,
                        String.format(Messages.BODY_TOO_LARGE, maxBytes), null);
            }
            body.write(buffer, 0, length);
        });
        return body.toByteArray();
    }

    /** Delivers the body piece by piece as it arrives (how tail -f streams a chunked log). */
    void streamBody(HttpResponseHead head, BodySink sink) throws IOException, TransportException {
        if (head.chunked()) {
            long size;
            while ((size = chunkSize()) > 0) {
                copy(size, sink, true);
                readLine(); // the CRLF closing each chunk
            }
            while (true) { // trailers up to the empty line
                String line = readLine();
                if (line == null || line.isEmpty()) {
                    return;
                }
            }
        }
        long length = head.contentLength();
        copy(length < 0 ? Long.MAX_VALUE : length, sink, length >= 0);
    }

    private long chunkSize() throws IOException, TransportException {
        String line = readLine();
        if (line == null) {
            throw new TransportException(TransportException.Kind.IO, Messages.TRUNCATED, null);
        }
        String hex = line.split(";", 2)[0].strip();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw bad(Messages.BAD_CHUNK, line);
            }
            return size;
        } catch (NumberFormatException e) {
            throw bad(Messages.BAD_CHUNK, line);
        }
    }

    /** Copies up to count bytes; running out early is an error only when the length was announced. */
    private void copy(long count, BodySink sink, boolean exact) throws IOException, TransportException {
        byte[] buffer = new byte[PIECE];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (exact) {
                    throw new TransportException(TransportException.Kind.IO, Messages.TRUNCATED, null);
                }
                return;
            }
            sink.accept(buffer, n);
            left -= n;
        }
    }

    /** One CRLF- (or LF-) terminated line in ISO-8859-1, or null at end of stream before any byte. */
    private String readLine() throws IOException, TransportException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw bad(Messages.BAD_HEADER, "(line too long)");
            }
            line.write(c);
        }
        if (line.size() > 0) {
            throw new TransportException(TransportException.Kind.IO, Messages.TRUNCATED, null);
        }
        return null;
    }

    private static TransportException bad(String format, String text) {
        return new TransportException(TransportException.Kind.BAD_RESPONSE,
                String.format(format, PythonNumbers.shorten(text)), null);
    }
}
