package dev.jsupervisor.e2e.config;

import dev.jsupervisor.config.value.PyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False)} for the value
 * kinds the oracle prints: Map (String keys), List, String, Integer/Long, Boolean, null.
 */
final class JsonWriter {
    private JsonWriter() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>();
        map.keySet().forEach(k -> keys.add((String) k));
        keys.sort(PyText.CODE_POINT_ORDER);
        out.append("{");
        String sep = "\n";
        for (String key : keys) {
            out.append(sep).append(" ".repeat(depth + 1));
            string(out, key);
            out.append(": ");
            write(out, map.get(key), depth + 1);
            sep = ",\n";
        }
        out.append("\n").append(" ".repeat(depth)).append("}");
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[");
        String sep = "\n";
        for (Object item : list) {
            out.append(sep).append(" ".repeat(depth + 1));
            write(out, item, depth + 1);
            sep = ",\n";
        }
        out.append("\n").append(" ".repeat(depth)).append("]");
    }

    /** json's escaping with ensure_ascii=False: only '"', '\\' and control characters. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
