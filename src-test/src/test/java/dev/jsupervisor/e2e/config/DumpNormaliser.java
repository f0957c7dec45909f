package dev.jsupervisor.e2e.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** dump_config.py's normalise(): paths under the config's directory become $HERE, the host $HOST. */
final class DumpNormaliser {
    private DumpNormaliser() {}

    static Object normalise(Object value, String here, String host) {
        if (value instanceof String s) {
            String out = s.replace(here, "$HERE");
            return host.isEmpty() ? out : out.replace(host, "$HOST");
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v, here, host)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            // Keys are left alone, as in the oracle.
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalise(v, here, host)));
            return out;
        }
        return value;
    }
}
