package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.ValueException;

/**
 * One command-line option as supervisor.options.Options.add declares it.
 *
 * @param shortLetter   the letter after '-', or null for a long-only option
 * @param longName      the name after "--", or null for a short-only option
 * @param takesArgument whether it takes a value (getopt's ':' / '=')
 * @param key           the setting it fills; repeating a setting is a conflict
 * @param conversion    turns the argument into the setting's value (flags get {@code true})
 * @param stops         a handler that acts at once (help, version): processing ends there
 */
record OptionSpec(String shortLetter, String longName, boolean takesArgument, String key,
        Conversion conversion, boolean stops) {

    /** A datatype converter applied to the raw argument. */
    @FunctionalInterface
    interface Conversion {
        Object convert(String raw) throws ValueException;
    }

    static OptionSpec flag(String shortLetter, String longName, String key) {
        return new OptionSpec(shortLetter, longName, false, key, raw -> Boolean.TRUE, false);
    }

    static OptionSpec valued(String shortLetter, String longName, String key, Conversion conversion) {
        return new OptionSpec(shortLetter, longName, true, key, conversion, false);
    }

    static OptionSpec immediate(String shortLetter, String longName, String key) {
        return new OptionSpec(shortLetter, longName, false, key, raw -> Boolean.TRUE, true);
    }

    boolean matches(String getoptName) {
        return getoptName.equals("-" + shortLetter) || getoptName.equals("--" + longName);
    }
}
