package dev.jsupervisor.e2e.fcgi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main log reduced to what both daemons must agree on: INFO and above, without timestamps,
 * pids, the temp dir and the port. "success:" lines (their pass depends on timing with
 * startsecs=0) and "waiting for" progress lines are left out, and each run of consecutive lines
 * of the same kind ("stopped: ..." of two children that died together) is sorted, since the
 * order of simultaneous exits is the kernel's.
 */
final class FcgiTranscript {
    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} (CRIT|ERRO|WARN|INFO|DEBG|TRAC|BLAT) (.*)$");

    private FcgiTranscript() {}

    static String of(FcgiTwin twin) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : twin.mainLog().split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(1).equals("DEBG") || m.group(1).equals("TRAC") || m.group(1).equals("BLAT")) {
                continue;
            }
            String message = m.group(2);
            if (message.startsWith("success: ") || message.startsWith("waiting for ")) {
                continue;
            }
            kept.add(twin.normalise(m.group(1) + " " + message));
        }
        return String.join("\n", sortRuns(kept));
    }

    private static List<String> sortRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = kind(line);
            if (!k.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
                kind = k;
            }
            run.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    /** "INFO spawned:" / "WARN stopped:": level and first word. */
    private static String kind(String line) {
        int space = line.indexOf(' ', line.indexOf(' ') + 1);
        return space < 0 ? line : line.substring(0, space);
    }
}
