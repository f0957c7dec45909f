package dev.jsupervisor.daemon.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding and URI splitting with the reference's rules, which differ from
 * {@link java.net.URI}: malformed escapes stay literal instead of failing, invalid UTF-8 becomes
 * U+FFFD, and the query is cut at the <em>last</em> '?' before the path is decoded.
 */
public final class UriCodec {
    private UriCodec() {}

    /** A request-target cut into its four parts; absent parts are null. */
    public record Parts(String path, String params, String query, String fragment) {}

    /**
     * Decodes %XX escapes as UTF-8 (invalid sequences replaced), leaving '+' and malformed escapes
     * alone. Characters outside ASCII pass through untouched, as in the reference.
     */
    public static String unquote(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                flush(run, out);
                out.append(c);
                i++;
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                run.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                run.write(c);
                i++;
            }
        }
        flush(run, out);
        return out.toString();
    }

    /** As {@link #unquote} after turning '+' into a space: form fields. */
    public static String unquotePlus(String text) {
        return unquote(text.replace('+', ' '));
    }

    /**
     * The reference decodes the path "piecemeal": only the part before the last '?', and only when
     * it holds a '%'; an empty query is then dropped. Routing sees the result.
     */
    static String decodeTarget(String target) {
        int q = target.lastIndexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        if (path.indexOf('%') < 0) {
            return target;
        }
        String query = q < 0 ? "" : target.substring(q + 1);
        return query.isEmpty() ? unquote(path) : unquote(path) + '?' + query;
    }

    /** Splits {@code path;params?query#fragment}; the markers are not part of the values. */
    public static Parts split(String uri) {
        int hash = uri.indexOf('#');
        String fragment = hash < 0 ? null : uri.substring(hash + 1);
        String rest = hash < 0 ? uri : uri.substring(0, hash);
        int question = rest.indexOf('?');
        String query = question < 0 ? null : rest.substring(question + 1);
        rest = question < 0 ? rest : rest.substring(0, question);
        int semi = rest.indexOf(';');
        String params = semi < 0 ? null : rest.substring(semi + 1);
        String path = semi < 0 ? rest : rest.substring(0, semi);
        return new Parts(path, params, query, fragment);
    }

    /**
     * {@code application/x-www-form-urlencoded} pairs in order, split on '&' only. Pairs without
     * '=' or with an empty value are skipped, as the reference's form parsing does by default.
     */
    public static List<Map.Entry<String, String>> parsePairs(String encoded) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (encoded == null) {
            return pairs;
        }
        for (String piece : encoded.split("&", -1)) {
            int eq = piece.indexOf('=');
            if (eq < 0 || eq == piece.length() - 1) {
                continue;
            }
            pairs.add(Map.entry(unquotePlus(piece.substring(0, eq)), unquotePlus(piece.substring(eq + 1))));
        }
        return pairs;
    }

    private static void flush(ByteArrayOutputStream run, StringBuilder out) {
        if (run.size() > 0) {
            // new String(..., UTF_8) substitutes U+FFFD for malformed input, like errors='replace'.
            out.append(new String(run.toByteArray(), StandardCharsets.UTF_8));
            run.reset();
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
