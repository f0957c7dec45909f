package dev.jsupervisor.daemon.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI's input ({@code processname}, {@code action}, {@code message}, {@code limit}):
 * query-string fields, where the first of a repeated name counts, overridden by the fields of
 * a urlencoded POST body, where the last counts. Those are the reference's precedence rules.
 */
public final class FormFields {
    private FormFields() {}

    public static Map<String, String> of(HttpRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : UriCodec.parsePairs(request.uriParts().query())) {
            form.putIfAbsent(pair.getKey(), pair.getValue());
        }
        if (request.method().equals("POST")) {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> pair : UriCodec.parsePairs(body)) {
                form.put(pair.getKey(), pair.getValue());
            }
        }
        return form;
    }
}
