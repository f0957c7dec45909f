package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.ValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Options.realize's command-line half: getopt, then the positional check, then each option in
 * order through its converter ("invalid value for -e 'x': ...") and the conflict check
 * ("conflicting command line option '-n'"), stopping at the first help/version option.
 */
final class OptionProcessor {
    private OptionProcessor() {}

    /** Settings by key (only those given) and the positional words. */
    record Parsed(Map<String, Object> values, List<String> positional) {
        <T> T get(String key, Class<T> type) {
            return type.cast(values.get(key));
        }

        boolean isSet(String key) {
            return values.containsKey(key);
        }
    }

    static Parsed process(List<String> args, List<OptionSpec> specs, boolean positionalAllowed)
            throws UsageException {
        Getopt.Result result;
        try {
            result = getoptFor(specs).parse(args);
        } catch (GetoptException e) {
            throw new UsageException(e.getMessage());
        }
        if (!result.arguments().isEmpty() && !positionalAllowed) {
            throw new UsageException(Messages.positionalNotSupported(result.arguments()));
        }
        Map<String, Object> values = new HashMap<>();
        for (Getopt.Option option : result.options()) {
            OptionSpec spec = specFor(specs, option.name());
            Object value = convert(spec, option);
            if (spec.stops()) {
                values.put(spec.key(), value);
                break;
            }
            if (values.containsKey(spec.key())) {
                throw new UsageException(Messages.conflictingOption(option.name()));
            }
            values.put(spec.key(), value);
        }
        return new Parsed(values, result.arguments());
    }

    private static Object convert(OptionSpec spec, Getopt.Option option) throws UsageException {
        try {
            return spec.conversion().convert(option.value());
        } catch (ValueException e) {
            throw new UsageException(Messages.invalidValue(option.name(), option.value(), e.getMessage()));
        }
    }

    /** getopt's short spec and long list, in declaration order. */
    private static Getopt getoptFor(List<OptionSpec> specs) {
        StringBuilder shorts = new StringBuilder();
        List<String> longs = new ArrayList<>();
        for (OptionSpec spec : specs) {
            if (spec.shortLetter() != null) {
                shorts.append(spec.shortLetter()).append(spec.takesArgument() ? ":" : "");
            }
            if (spec.longName() != null) {
                longs.add(spec.longName() + (spec.takesArgument() ? "=" : ""));
            }
        }
        return new Getopt(shorts.toString(), longs);
    }

    private static OptionSpec specFor(List<OptionSpec> specs, String getoptName) {
        return specs.stream().filter(s -> s.matches(getoptName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("getopt returned an undeclared option " + getoptName));
    }
}
