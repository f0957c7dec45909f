package dev.jsupervisor.daemon.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The status table: one row per process, sorted by group then process name, its state (with the
 * reference's CSS classes statusrunning, statuserror, statusnominal, which scrapers look for),
 * description, name (linked to its tail page) and the actions its state allows.
 */
final class StatusPage {
    private static final Template PAGE = Template.load("templates/status.html");
    private static final Template ROW = Template.load("templates/status-row.html");
    private static final Template MESSAGE = Template.load("templates/message.html");
    private static final Template EMPTY = Template.load("templates/status-empty.html");
    private static final Template TABLE = Template.load("templates/status-table.html");

    private StatusPage() {}

    /**
     * @param infos getAllProcessInfo's structs
     * @param message the ?message= text, or null for none
     */
    static String render(List<Map<String, Object>> infos, String message, String version, int year) {
        List<Map<String, Object>> sorted = new ArrayList<>(infos);
        sorted.sort(Comparator.comparing((Map<String, Object> i) -> (String) i.get("group"))
                .thenComparing(i -> (String) i.get("name")));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            rows.append(row(sorted.get(i), i % 2 == 1));
        }
        return PAGE.fill(Map.of(
                "title", Html.escape(Messages.STATUS_TITLE),
                "message", message == null ? "" : MESSAGE.fill(Map.of("text", Html.escape(message))),
                "table", sorted.isEmpty() ? EMPTY.fill(Map.of("text", Messages.NO_PROGRAMS)) : tableOf(rows),
                "version", Html.escape(version),
                "year", Integer.toString(year)));
    }

    private static String tableOf(StringBuilder rows) {
        return TABLE.fill(Map.of("rows", rows.toString()));
    }

    private static String row(Map<String, Object> info, boolean shaded) {
        String group = (String) info.get("group");
        String name = (String) info.get("name");
        String namespec = group.equals(name) ? name : group + ":" + name;
        String statename = (String) info.get("statename");
        return ROW.fill(Map.of(
                "shade", shaded ? "shade" : "",
                "stateclass", stateClass(statename),
                "state", Html.escape(statename.toLowerCase()),
                "description", Html.escape((String) info.get("description")),
                "quoted", Html.escape(Html.quote(namespec)),
                "namespec", Html.escape(namespec),
                "actions", actions(statename, Html.escape(Html.quote(namespec)))));
    }

    static String stateClass(String statename) {
        return switch (statename) {
            case "RUNNING" -> "statusrunning";
            case "FATAL", "BACKOFF" -> "statuserror";
            default -> "statusnominal";
        };
    }

    /** The reference's links for each state; the log tails are there whatever the state. */
    static String actions(String statename, String quoted) {
        List<String> links = new ArrayList<>();
        switch (statename) {
            case "RUNNING" -> {
                links.add(action(quoted, "restart", Messages.RESTART));
                links.add(action(quoted, "stop", Messages.STOP));
            }
            case "STOPPED", "EXITED", "FATAL" -> links.add(action(quoted, "start", Messages.START));
            default -> { }
        }
        links.add(action(quoted, "clearlog", Messages.CLEAR_LOG));
        links.add(link("logtail/" + quoted, Messages.TAIL_STDOUT, "tail-stdout"));
        links.add(link("logtail/" + quoted + "/stderr", Messages.TAIL_STDERR, "tail-stderr"));
        return String.join("", links);
    }

    private static String action(String quoted, String action, String label) {
        return "<a class=\"act act-" + action + "\" href=\"index.html?processname=" + quoted + "&amp;action="
                + action + "\" name=\"" + label + "\">" + label + "</a>";
    }

    private static String link(String href, String label, String kind) {
        return "<a class=\"act " + kind + "\" href=\"" + href + "\" name=\"" + label + "\" target=\"_blank\">"
                + label + "</a>";
    }
}
