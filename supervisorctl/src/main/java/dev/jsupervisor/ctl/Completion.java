package dev.jsupervisor.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reference's tab-completion rules, free of any line-editing library: given the whole
 * line and the word being completed, the matches (each with its trailing blank, as the
 * reference returns them). The word boundaries are readline's, minus ':' '*' '-' (so
 * "group:name" is one word); see {@link #wordStart}.
 */
final class Completion {
    /** The actions offered for completion, in the reference's order ("help" first). */
    static final List<String> ACTIONS = List.of("help", "add", "avail", "clear", "exit", "fg", "maintail", "open",
            "pid", "quit", "reload", "remove", "reread", "restart", "shutdown", "signal", "start", "status", "stop",
            "tail", "update", "version");
    private static final List<String> GROUP_ACTIONS = List.of("add", "remove", "update");
    private static final List<String> PROCESS_ACTIONS = List.of("clear", "fg", "pid", "restart", "signal", "start",
            "status", "stop", "tail");
    /** readline's default word delimiters without ':', '*' and '-'. */
    private static final String DELIMITERS = " \t\n\"\\'`@$><=;|&{(";

    private final Supplier<List<?>> processes;
    private final List<String> actions;

    /** @param processes getAllProcessInfo, or null when the server does not answer */
    Completion(Supplier<List<?>> processes) {
        this(processes, List.of());
    }

    /**
     * @param pluginActions the Java [ctlplugin:x] actions, offered after the built-in ones (each
     *                      plugin's sorted by name, as the reference collects them)
     */
    Completion(Supplier<List<?>> processes, List<String> pluginActions) {
        this.processes = processes;
        List<String> all = new ArrayList<>(ACTIONS);
        all.addAll(pluginActions);
        this.actions = List.copyOf(all);
    }

    /** Where the word that ends at {@code cursor} starts. */
    static int wordStart(String line, int cursor) {
        int start = cursor;
        while (start > 0 && DELIMITERS.indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** Matches for {@code text} (the word up to the cursor) within {@code line} (the whole buffer). */
    List<String> matches(String line, String text) {
        if (line.isBlank()) {
            return actions(text);
        }
        List<String> words = Words.split(line);
        String action = words.get(0);
        if (words.size() == 1 && !line.endsWith(" ")) {
            return actions(text);
        }
        if ("help".contains(action)) { // the reference tests "action in ('help')": a substring test
            return actions(text);
        }
        if (GROUP_ACTIONS.contains(action)) {
            return groups(text);
        }
        if (PROCESS_ACTIONS.contains(action)) {
            return processNames(text);
        }
        return List.of();
    }

    private List<String> actions(String text) {
        return startingWith(actions, text);
    }

    private List<String> groups(String text) {
        List<String> groups = new ArrayList<>();
        for (Map<?, ?> info : infos()) {
            String group = String.valueOf(info.get("group"));
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        return startingWith(groups, text);
    }

    /** Bare names for processes alone in their same-named group, else "group:name" and "group:*". */
    private List<String> processNames(String text) {
        List<String> names = new ArrayList<>();
        for (Map<?, ?> info : infos()) {
            String group = String.valueOf(info.get("group"));
            String name = String.valueOf(info.get("name"));
            if (text.contains(":") || !name.equals(group)) {
                names.add(group + ":" + name);
                if (!names.contains(group + ":*")) {
                    names.add(group + ":*");
                }
            } else {
                names.add(name);
            }
        }
        return startingWith(names, text);
    }

    private List<Map<?, ?>> infos() {
        List<?> all = processes.get();
        List<Map<?, ?>> infos = new ArrayList<>();
        if (all != null) {
            for (Object o : all) {
                if (o instanceof Map<?, ?> m) {
                    infos.add(m);
                }
            }
        }
        return infos;
    }

    private static List<String> startingWith(List<String> candidates, String text) {
        List<String> matches = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.startsWith(text)) {
                matches.add(candidate + " ");
            }
        }
        return matches;
    }
}
