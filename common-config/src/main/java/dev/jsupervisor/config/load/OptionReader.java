package dev.jsupervisor.config.load;

import dev.jsupervisor.config.expand.ExpansionException;
import dev.jsupervisor.config.expand.Expander;
import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.value.ValueException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads option values out of the parsed document with %-expansion. {@code globals} is the ENV_*
 * dictionary every section sees; it is shared and grows once [supervisord] environment= has been
 * read (later sections can then use those ENV_ names too, as in the reference).
 */
final class OptionReader {
    private final IniDocument doc;
    private final Map<String, Object> globals;

    OptionReader(IniDocument doc, Map<String, Object> globals) {
        this.doc = doc;
        this.globals = globals;
    }

    IniDocument doc() { return doc; }

    /** The live ENV_* dictionary. */
    Map<String, Object> globals() { return globals; }

    /** The value (or {@code dflt}) expanded against globals plus {@code local}; null stays null. */
    String get(String section, String option, String dflt, Map<String, ?> local) throws ConfigException {
        String value = raw(section, option, dflt);
        if (value == null) {
            return null;
        }
        Map<String, Object> names = new HashMap<>(globals);
        names.putAll(local);
        return expand(value, names, section + "." + option);
    }

    /** Expanded against the globals only. */
    String get(String section, String option, String dflt) throws ConfigException {
        return get(section, option, dflt, Map.of());
    }

    /** The unexpanded value, or {@code dflt}. */
    String raw(String section, String option, String dflt) {
        return doc.get(section, option).orElse(dflt);
    }

    static String expand(String text, Map<String, ?> names, String where) throws ConfigException {
        try {
            return Expander.expand(text, names, where);
        } catch (ExpansionException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** A converter call. */
    interface Conversion<T> {
        T apply() throws ValueException, ConfigException;
    }

    /** Runs a converter, turning its refusal into a config error with the converter's text. */
    static <T> T convert(Conversion<T> conversion) throws ConfigException {
        try {
            return conversion.apply();
        } catch (ValueException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
