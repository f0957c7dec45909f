package dev.jsupervisor.daemon.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's header fields in arrival order. Names compare case-insensitively; a lookup returns
 * the first occurrence, as the reference's does, so a repeated header cannot override an earlier
 * one.
 */
public final class HttpHeaders {
    /** One field line after unfolding; the name keeps the client's spelling. */
    public record Field(String name, String value) {}

    private final List<Field> fields;

    HttpHeaders(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public static HttpHeaders of(String... namesAndValues) {
        List<Field> list = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            list.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new HttpHeaders(list);
    }

    public Optional<String> first(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                values.add(field.value());
            }
        }
        return values;
    }

    /** True when the first {@code name} header lists {@code token} (comma-separated, any case). */
    public boolean hasToken(String name, String token) {
        String value = first(name).orElse("");
        for (String part : value.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    public List<Field> fields() {
        return fields;
    }
}
