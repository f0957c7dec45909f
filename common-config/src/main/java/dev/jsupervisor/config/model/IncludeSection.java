package dev.jsupervisor.config.model;

import java.util.List;

/** {@code [include]}: whitespace-separated globs, relative to the including file's directory. */
public record IncludeSection(List<String> files) {
    public IncludeSection {
        files = List.copyOf(files);
    }
}
