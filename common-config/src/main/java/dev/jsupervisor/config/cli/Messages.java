package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.PyRepr;
import java.util.List;

/** getopt's GetoptError texts and supervisor.options.Options.realize's usage texts. */
final class Messages {
    private Messages() {}

    static String shortNotRecognized(String letter) {
        return "option -" + letter + " not recognized";
    }

    static String shortRequiresArgument(String letter) {
        return "option -" + letter + " requires argument";
    }

    static String longNotRecognized(String name) {
        return "option --" + name + " not recognized";
    }

    static String longRequiresArgument(String name) {
        return "option --" + name + " requires argument";
    }

    static String longMustNotHaveArgument(String name) {
        return "option --" + name + " must not have an argument";
    }

    static String notAUniquePrefix(String name) {
        return "option --" + name + " not a unique prefix";
    }

    /** str() of a Python list of str: "['a', 'b']". */
    static String positionalNotSupported(List<String> words) {
        StringBuilder list = new StringBuilder("[");
        for (String word : words) {
            list.append(list.length() > 1 ? ", " : "").append(PyRepr.of(word));
        }
        return "positional arguments are not supported: " + list.append(']');
    }

    static String invalidValue(String option, String value, String reason) {
        return "invalid value for " + option + " " + PyRepr.of(value) + ": " + reason;
    }

    static String conflictingOption(String option) {
        return "conflicting command line option " + PyRepr.of(option);
    }
}
