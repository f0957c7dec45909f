package dev.jsupervisor.e2e.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** dump_config.py's normalise(): paths under the config's directory become $HERE. */
final class DumpNormaliser {
    private DumpNormaliser() {}

    static Object normalise(Object value, String here) {
        if (value instanceof String s) {
            return s.replace(here, "$HERE");
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v, here)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            // Keys are left alone, as in the oracle.
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalise(v, here)));
            return out;
        }
        return value;
    }
}
