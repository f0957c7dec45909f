package dev.jsupervisor.config.expand;

import java.util.Map;

/**
 * Python {@code %}-formatting against a dictionary, as Supervisor applies it to option values:
 * {@code %(name)s}, {@code %(name)d}, {@code %(name)02d} and the other conversion flags Python
 * accepts, {@code %%} for a literal percent.
 */
public final class Expander {
    private Expander() {}

    /**
     * @param text   raw option value
     * @param names  the names available (values are String or Integer)
     * @param where  how the option is named in errors, e.g. {@code program:cat.command}
     * @throws ExpansionException with the reference's text: "Format string '...' for '...' contains
     *         names ('...') which cannot be expanded. Available names: ..." or "... is badly formatted: ..."
     */
    public static String expand(String text, Map<String, ?> names, String where) throws ExpansionException {
        throw new UnsupportedOperationException("stub");
    }
}
