package dev.jsupervisor.e2e.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main (activity) log, normalised so two implementations' runs can be compared: timestamps
 * dropped; pids, AUTO child-log suffixes, the temp dir, uptimes and dates replaced by placeholders.
 * Entries are {@code "LEVL message"}; by default only INFO and above (INFO WARN ERRO CRIT) are kept.
 * The shutdown progress line {@code waiting for ... to die} repeats every 3 s, so how often it
 * appears is timing: it is left out of {@link #lines()} and offered by {@link #shutdownReports()}.
 */
final class Transcript {
    static final Set<String> DEFAULT_LEVELS = Set.of("CRIT", "ERRO", "WARN", "INFO");

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} (CRIT|ERRO|WARN|INFO|DEBG|TRAC|BLAT) (.*)$");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:spawned: '([^']+)'|success: (\\S+) entered|exited: (\\S+) \\(|gave up: (\\S+) entered"
                    + "|stopped: (\\S+) \\(|killing '([^']+)'|waiting for (\\S+) to stop)");
    private static final Pattern WAITING = Pattern.compile("^waiting for .* to die$");

    /** Level and normalised message of one log entry (continuation lines are kept in the message). */
    record Entry(String level, String message) {
        String text() {
            return level + " " + message;
        }

        /** The process a state line is about, or null (spawnerr lines name no process). */
        String subject() {
            Matcher m = SUBJECT.matcher(message);
            if (!m.find()) {
                return null;
            }
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.group(i) != null) {
                    return m.group(i);
                }
            }
            return null;
        }
    }

    private final List<Entry> entries;

    private Transcript(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses a raw main log; {@code tmp} is the run's temp dir, replaced by {@code <TMP>}. */
    static Transcript parse(String raw, Path tmp) {
        List<Entry> entries = new ArrayList<>();
        String level = null;
        StringBuilder message = null;
        for (String line : raw.split("\n", -1)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                if (level != null) {
                    entries.add(new Entry(level, normalise(message.toString(), tmp)));
                }
                level = m.group(1);
                message = new StringBuilder(m.group(2));
            } else if (level != null && !line.isEmpty()) {
                message.append('\n').append(line);         // e.g. DEBG child output
            }
        }
        if (level != null) {
            entries.add(new Entry(level, normalise(message.toString(), tmp)));
        }
        return new Transcript(entries).atLevels(DEFAULT_LEVELS);
    }

    static String normalise(String message, Path tmp) {
        String s = message;
        for (String dir : new TreeSet<>(List.of(tmp.toString(), real(tmp)))) {
            s = s.replace(dir, "<TMP>");
        }
        s = s.replaceAll("---supervisor-[A-Za-z0-9_]+\\.log", "---supervisor-<AUTO>.log");
        s = s.replaceAll("\\bpid \\d+", "pid <PID>");
        s = s.replaceAll("' \\(\\d+\\) with SIG", "' (<PID>) with SIG");
        s = s.replaceAll("\\(pid \\d+\\)", "(pid <PID>)");
        s = s.replaceAll("uptime \\d+(?: days?, \\d+)?:\\d\\d:\\d\\d", "uptime <UPTIME>");
        s = s.replaceAll("\\b[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M\\b", "<DATE>");
        s = s.replaceAll("at 0x[0-9a-f]+|at \\d{6,}", "at <ADDR>");
        return s;
    }

    private static String real(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (java.io.IOException e) {
            return p.toString();
        }
    }

    /** Only the entries at the given levels (e.g. add "DEBG" to see kill signals). */
    Transcript atLevels(Set<String> levels) {
        return new Transcript(entries.stream().filter(e -> levels.contains(e.level())).toList());
    }

    Transcript filter(Predicate<Entry> keep) {
        return new Transcript(entries.stream().filter(keep).toList());
    }

    /** Entries as text in log order, without the repeated {@code waiting for ... to die}. */
    List<String> lines() {
        return entries.stream().filter(e -> !WAITING.matcher(e.message()).matches()).map(Entry::text).toList();
    }

    /** The lines about one process (spawned/success/exited/gave up/stopped/killing), in log order. */
    List<String> forProcess(String name) {
        return entries.stream().filter(e -> name.equals(e.subject())).map(Entry::text).toList();
    }

    /**
     * Order-insensitive across processes: each named process's own lines in order, one block per
     * process (sorted by name), then every line about no process, in log order.
     */
    List<String> perProcess() {
        List<String> out = new ArrayList<>();
        for (String name : processNames()) {
            out.add("[" + name + "]");
            out.addAll(forProcess(name));
        }
        out.add("[-]");
        entries.stream().filter(e -> e.subject() == null && !WAITING.matcher(e.message()).matches())
                .map(Entry::text).forEach(out::add);
        return out;
    }

    Set<String> processNames() {
        Set<String> names = new TreeSet<>();
        entries.stream().map(Entry::subject).filter(n -> n != null).forEach(names::add);
        return names;
    }

    /** The entries whose message matches {@code regex} (find), as text. */
    List<String> matching(String regex) {
        Pattern p = Pattern.compile(regex);
        return entries.stream().filter(e -> p.matcher(e.message()).find()).map(Entry::text).toList();
    }

    /** The distinct {@code waiting for ... to die} lines, in order of first appearance. */
    List<String> shutdownReports() {
        return entries.stream().filter(e -> WAITING.matcher(e.message()).matches())
                .map(Entry::text).distinct().toList();
    }

    /** Entries from the first whose message contains {@code marker} on (empty if none). */
    Transcript from(String marker) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).message().contains(marker)) {
                return new Transcript(entries.subList(i, entries.size()));
            }
        }
        return new Transcript(List.of());
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
