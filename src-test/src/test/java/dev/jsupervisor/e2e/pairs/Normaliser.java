package dev.jsupervisor.e2e.pairs;

import java.util.ArrayList;
import java.util.List;

/** Masks what differs between two daemons and two moments: pids, uptimes, dates, temp dirs, ports. */
final class Normaliser {
    /** The help's one prose line, in our own words in our ctl: both are masked. */
    private static final String REFERENCE_RESTART_NOTE =
            "Note: restart does not reread config files. For that, see reread and update.";
    private static final String OUR_RESTART_NOTE =
            "Note: restart keeps the running configuration; to pick up edited config files, use reread and update.";

    private Normaliser() {}

    static String normalise(String text, PairDaemon daemon) {
        return text.replace(REFERENCE_RESTART_NOTE, "<RESTART NOTE>").replace(OUR_RESTART_NOTE, "<RESTART NOTE>")
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
