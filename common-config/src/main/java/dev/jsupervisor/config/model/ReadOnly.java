package dev.jsupervisor.config.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Read-only copies that keep insertion order (Map.copyOf does not) and allow null values. */
final class ReadOnly {
    private ReadOnly() {}

    static <K, V> Map<K, V> map(Map<K, V> source) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
