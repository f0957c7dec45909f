package dev.jsupervisor.config.expand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python {@code %}-formatting against a dictionary, as Supervisor applies it to option values:
 * {@code %(name)s}, {@code %(name)d}, {@code %(name)02d} and the other conversion flags Python
 * accepts, {@code %%} for a literal percent.
 *
 * <p>A spec without a name ("%s") formats the whole mapping as a Python dict display, entries in
 * the map's iteration order; pass an insertion-ordered map built in the reference's order if
 * that rendering matters.
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
        try {
            return PercentFormatter.format(text, names);
        } catch (FormatFailure failure) {
            if (failure.missingName() != null) {
                throw new ExpansionException(
                        Messages.missingName(text, where, failure.missingName(), availableNames(names)));
            }
            throw new ExpansionException(Messages.badlyFormatted(text, where, failure.getMessage()));
        }
    }

    /** Sorted as Python sorts str: by code point, which differs from String.compareTo above U+FFFF. */
    static String availableNames(Map<String, ?> names) {
        List<String> sorted = new ArrayList<>(names.keySet());
        sorted.sort(Expander::compareCodePoints);
        return String.join(", ", sorted);
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
