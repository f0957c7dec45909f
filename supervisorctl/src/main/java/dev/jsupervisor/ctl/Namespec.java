package dev.jsupervisor.ctl;

/**
 * A process name as users type it: "name" (group and process both "name"), "group:name",
 * or a whole group as "group:" / "group:*" (then {@link #process()} is null).
 */
record Namespec(String group, String process) {
    static Namespec parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Namespec(text, text);
        }
        String process = text.substring(colon + 1);
        return new Namespec(text.substring(0, colon), process.isEmpty() || process.equals("*") ? null : process);
    }

    boolean wholeGroup() {
        return process == null;
    }

    /** How a process is shown: its bare name when the group has the same name. */
    static String display(String group, String process) {
        return group.equals(process) ? process : group + ":" + process;
    }

    /** Python's str() of the process part ("None" for a whole group). */
    String shown() {
        return display(group, process == null ? "None" : process);
    }
}
