package dev.jsupervisor.e2e.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment the oracle's Python actually has. Python 3 coerces a C/POSIX LC_CTYPE locale
 * to C.UTF-8 at startup (PEP 538) and then exports LC_CTYPE=C.UTF-8 into os.environ, so the
 * reference sees an ENV_LC_CTYPE that the caller never set.
 */
final class DumpEnvironment {
    private DumpEnvironment() {}

    static Map<String, String> asPythonSeesIt(Map<String, String> env) {
        if (!isCLocale(env)) {
            return env;
        }
        Map<String, String> out = new LinkedHashMap<>(env);
        out.put("LC_CTYPE", "C.UTF-8");
        return out;
    }

    private static boolean isCLocale(Map<String, String> env) {
        if (!env.getOrDefault("LC_ALL", "").isEmpty()) {
            return false;
        }
        String ctype = env.getOrDefault("LC_CTYPE", "");
        if (ctype.isEmpty()) {
            ctype = env.getOrDefault("LANG", "");
        }
        return ctype.isEmpty() || ctype.equals("C") || ctype.equals("POSIX");
    }
}
