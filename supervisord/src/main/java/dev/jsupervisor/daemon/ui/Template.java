package dev.jsupervisor.daemon.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page skeleton kept in resources, with {{name}} slots. Filling never escapes: callers pass
 * text through {@link Html#escape} or markup they built themselves, so each slot's kind is
 * decided where its value is made.
 */
final class Template {
    private final String text;

    private Template(String text) {
        this.text = text;
    }

    /** A template next to this class in resources ("templates/status.html"). */
    static Template load(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI template " + name);
            }
            return new Template(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the text: values that contain "{{" are never expanded again. */
    String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                return out.append(text, at, text.length()).toString();
            }
            int close = text.indexOf("}}", open);
            String key = text.substring(open + 2, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for UI template slot " + key);
            }
            out.append(text, at, open).append(value);
            at = close + 2;
        }
    }
}
