package dev.jsupervisor.config.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code getopt.getopt} (not gnu_getopt): options are read until the first non-option
 * word, "--" or a lone "-"; short options cluster ("-nc file", "-cfile"); a long option may be
 * abbreviated to any unique prefix and takes its argument as "--opt=value" or "--opt value".
 *
 * @param shortOptions getopt's short spec, e.g. "hc:v" (':' after a letter means it takes an argument)
 * @param longOptions  long names, a trailing '=' meaning it takes an argument, e.g. "configuration="
 */
public record Getopt(String shortOptions, List<String> longOptions) {

    /** One parsed option: "-c" or the full "--configuration", and its argument ("" for flags). */
    public record Option(String name, String value) {}

    /** The options in order and the remaining (positional) words. */
    public record Result(List<Option> options, List<String> arguments) {}

    public Getopt {
        longOptions = List.copyOf(longOptions);
    }

    /** Parses {@code args}; the exception's message is getopt's GetoptError text. */
    public Result parse(List<String> args) throws GetoptException {
        List<Option> options = new ArrayList<>();
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-")) {
            String word = args.get(i++);
            if (word.equals("--")) {
                break;
            }
            if (word.startsWith("--")) {
                i = readLong(word.substring(2), args, i, options);
            } else {
                i = readShorts(word.substring(1), args, i, options);
            }
        }
        return new Result(List.copyOf(options), List.copyOf(args.subList(i, args.size())));
    }

    /** Reads "--name[=value]" (value possibly the next word); returns the next word's index. */
    private int readLong(String text, List<String> args, int next, List<Option> options) throws GetoptException {
        int equals = text.indexOf('=');
        String given = equals < 0 ? text : text.substring(0, equals);
        String value = equals < 0 ? null : text.substring(equals + 1);
        String spec = resolveLong(given);
        boolean takesArgument = spec.endsWith("=");
        String name = takesArgument ? spec.substring(0, spec.length() - 1) : spec;
        if (takesArgument && value == null) {
            if (next >= args.size()) {
                throw new GetoptException(Messages.longRequiresArgument(name));
            }
            value = args.get(next++);
        } else if (!takesArgument && value != null) {
            throw new GetoptException(Messages.longMustNotHaveArgument(name));
        }
        options.add(new Option("--" + name, value == null ? "" : value));
        return next;
    }

    /** The long spec (with its '=' if any) that {@code given} names exactly or as a unique prefix. */
    private String resolveLong(String given) throws GetoptException {
        List<String> candidates = longOptions.stream().filter(o -> o.startsWith(given)).toList();
        if (candidates.isEmpty()) {
            throw new GetoptException(Messages.longNotRecognized(given));
        }
        if (candidates.contains(given) || candidates.contains(given + "=")) {
            return candidates.contains(given) ? given : given + "=";
        }
        if (candidates.size() > 1) {
            throw new GetoptException(Messages.notAUniquePrefix(given));
        }
        return candidates.get(0);
    }

    /** Reads a cluster like "nc" or "cfile"; returns the next word's index. */
    private int readShorts(String cluster, List<String> args, int next, List<Option> options) throws GetoptException {
        int pos = 0;
        while (pos < cluster.length()) {
            int letter = cluster.codePointAt(pos);
            pos += Character.charCount(letter);
            String name = new String(Character.toChars(letter));
            if (!takesArgument(letter, name)) {
                options.add(new Option("-" + name, ""));
                continue;
            }
            String value = cluster.substring(pos);
            if (value.isEmpty()) {
                if (next >= args.size()) {
                    throw new GetoptException(Messages.shortRequiresArgument(name));
                }
                value = args.get(next++);
            }
            options.add(new Option("-" + name, value));
            return next;
        }
        return next;
    }

    private boolean takesArgument(int letter, String name) throws GetoptException {
        for (int i = 0; i < shortOptions.length(); i++) {
            if (shortOptions.charAt(i) == letter && letter != ':') {
                return shortOptions.startsWith(":", i + 1);
            }
        }
        throw new GetoptException(Messages.shortNotRecognized(name));
    }
}
