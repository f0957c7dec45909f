package dev.jsupervisor.daemon.process;

/**
 * Process names as users write them (spec §4.1): {@code name} when a process's group has its
 * name, else {@code group:name}; {@code group:} and {@code group:*} mean the whole group.
 *
 * @param group the group part
 * @param process the process part, or null for the whole group
 */
public record Namespec(String group, String process) {

    /** The name users see for a process in a group. */
    public static String of(String group, String process) {
        return group.equals(process) ? process : group + ":" + process;
    }

    /** Splits a user's namespec: {@code a:b}, {@code a:}, {@code a:*}, or {@code a} (= {@code a:a}). */
    public static Namespec parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Namespec(text, text);
        }
        String group = text.substring(0, colon);
        String process = text.substring(colon + 1);
        boolean wholeGroup = process.isEmpty() || process.equals("*");
        return new Namespec(group, wholeGroup ? null : process);
    }

    public boolean isWholeGroup() {
        return process == null;
    }
}
