package dev.jsupervisor.e2e.pairs;

import dev.jsupervisor.e2e.help.HelpLayout;
import java.util.ArrayList;
import java.util.List;

/** Masks pids, uptimes, dates, temp dirs, ports (what differs between daemons and moments) and help prose. */
final class Normaliser {
    private Normaliser() {}

    static String normalise(String text, PairDaemon daemon) {
        return HelpLayout.masked(text)
                .replace(daemon.dir.toString(), "<DIR>")
                .replace(":" + daemon.port, ":<PORT>")
                .replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid <PID>, uptime <UP>")
                .replaceAll("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "<DATE>")
                .replaceAll("(?m)^[1-9]\\d*$", "<PID>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}", "<TS>")
                .replaceAll("with pid \\d+", "with pid <PID>")
                .replaceAll("\\((pid )?\\d+\\)", "(<PID>)");
    }

    static String sortedLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.sort(null);
        return String.join("\n", lines);
    }
}
