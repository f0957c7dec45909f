package dev.jsupervisor.config.model;

import java.util.List;

/**
 * What parsing noticed but did not refuse; supervisord logs these (CRIT/WARN/INFO) once its
 * logger exists.
 */
public record ParseMessages(List<String> criticals, List<String> warnings, List<String> infos) {
    public ParseMessages {
        criticals = List.copyOf(criticals);
        warnings = List.copyOf(warnings);
        infos = List.copyOf(infos);
    }

    public static ParseMessages none() {
        return new ParseMessages(List.of(), List.of(), List.of());
    }
}
