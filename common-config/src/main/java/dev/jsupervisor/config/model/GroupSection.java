package dev.jsupervisor.config.model;

import java.util.List;

/** {@code [group:x]} as written: member program names and the group's priority. */
public record GroupSection(String name, List<String> programs, int priority) {
    public static final String DEFAULT_PRIORITY = "999";

    public GroupSection {
        programs = List.copyOf(programs);
    }
}
