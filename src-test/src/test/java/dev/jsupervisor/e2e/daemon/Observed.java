package dev.jsupervisor.e2e.daemon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a scenario produced, as named views (lists of normalised lines). Two
 * implementations behave alike for a scenario when their renderings are equal.
 */
final class Observed {
    private final Map<String, List<String>> views = new LinkedHashMap<>();
    private final String rawLog;

    Observed(String rawLog) {
        this.rawLog = rawLog;
    }

    Observed put(String view, Collection<String> lines) {
        views.put(view, List.copyOf(lines));
        return this;
    }

    Observed put(String view, String line) {
        return put(view, List.of(line));
    }

    List<String> get(String view) {
        List<String> lines = views.get(view);
        if (lines == null) {
            throw new IllegalArgumentException("no view " + view + " in " + views.keySet());
        }
        return lines;
    }

    /** The un-normalised main log, for failure messages. */
    String rawLog() {
        return rawLog;
    }

    /** All views as one text, the unit of comparison. */
    String render() {
        StringBuilder out = new StringBuilder();
        views.forEach((name, lines) -> {
            out.append("== ").append(name).append(" ==\n");
            lines.forEach(l -> out.append(l).append('\n'));
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
