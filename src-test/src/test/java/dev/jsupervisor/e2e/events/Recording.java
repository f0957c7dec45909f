package dev.jsupervisor.e2e.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the recording listener wrote, as normalised events: pids, tick times and the daemon's
 * directory replaced, serials checked for consistency and then left out. Events are compared as a
 * multiset and, per source (a process's states, its stdout, its stderr; groups; remote
 * communication; the daemon), in order: the order between sources depends on which pipe the
 * daemon happened to read first.
 */
final class Recording {
    private static final Pattern HEADER = Pattern.compile(
            "ver:3\\.0 server:(\\S+) serial:(\\d+) pool:(\\S+) poolserial:(\\d+) eventname:(\\S+) len:(\\d+)");

    record Item(String source, String text) {}

    final List<Item> items = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    static Recording parse(String recorded, String dir) {
        Recording r = new Recording();
        for (String record : recorded.split("\n--END--\n", -1)) {
            if (!record.isEmpty()) {
                r.add(record, dir);
            }
        }
        return r;
    }

    private void add(String record, String dir) {
        int newline = record.indexOf('\n');
        Matcher m = HEADER.matcher(record.substring(0, newline));
        if (!m.matches()) {
            problems.add("bad header: " + record);
            return;
        }
        String payload = record.substring(newline + 1);
        if (payload.codePointCount(0, payload.length()) != Integer.parseInt(m.group(6))) {
            problems.add("len does not match: " + record);
        }
        String text = m.group(5) + " " + payload.replace(dir, "<DIR>").replaceAll("pid:\\d+", "pid:<PID>")
                .replaceAll("when:\\d+", "when:<WHEN>");
        items.add(new Item(source(m.group(5), payload), text));
    }

    private static String source(String eventName, String payload) {
        Matcher process = Pattern.compile("^processname:(\\S+) groupname:(\\S*)").matcher(payload);
        if (process.find()) {
            String family = eventName.startsWith("PROCESS_STATE") ? "state"
                    : eventName.endsWith("STDOUT") ? "stdout" : "stderr";
            return process.group(2) + ":" + process.group(1) + " " + family;
        }
        if (eventName.startsWith("PROCESS_GROUP")) {
            return "groups";
        }
        return eventName.startsWith("REMOTE") ? "remote" : eventName;
    }

    /** Up to and including the first item containing {@code marker}. */
    Recording until(String marker) {
        Recording r = new Recording();
        r.problems.addAll(problems);
        for (Item item : items) {
            r.items.add(item);
            if (item.text().contains(marker)) {
                break;
            }
        }
        return r;
    }

    /** Per source, the events in the order received; sources sorted by name. */
    Map<String, List<String>> bySource() {
        Map<String, List<String>> map = new java.util.TreeMap<>();
        for (Item item : items) {
            map.computeIfAbsent(item.source(), k -> new ArrayList<>()).add(item.text());
        }
        return map;
    }

    /** Every event, in a canonical order (the multiset). */
    List<String> sorted() {
        return items.stream().map(Item::text).sorted().toList();
    }
}
