package dev.jsupervisor.config.launch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one change Python 3 makes to its own environment at startup (PEP 538): when the character
 * type locale is C or POSIX (nothing set counts as C) and LC_ALL is unset, it switches to
 * C.UTF-8 and exports LC_CTYPE=C.UTF-8. The reference therefore sees (and passes on to its
 * children, and offers as %(ENV_LC_CTYPE)s) a variable its caller never set.
 */
public final class PythonLocale {
    public static final String COERCED = "C.UTF-8";

    private PythonLocale() {}

    public static Map<String, String> coerce(Map<String, String> env) {
        if (!isCLocale(env)) {
            return env;
        }
        Map<String, String> out = new LinkedHashMap<>(env);
        out.put("LC_CTYPE", COERCED);
        return out;
    }

    public static boolean isCLocale(Map<String, String> env) {
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
