package dev.jsupervisor.daemon.ui;

import java.util.Map;

/**
 * tail.html: the last bytes of a process's stdout log in a {@code <pre>}, a Refresh link that
 * keeps the limit, and (ours) an auto-refresh that reloads the page every few seconds.
 */
final class TailPage {
    /** The seconds between reloads when auto-refresh is on. */
    static final int AUTO_REFRESH_SECONDS = 2;

    private static final Template PAGE = Template.load("templates/tail.html");
    private static final Template LINKS = Template.load("templates/tail-links.html");

    private TailPage() {}

    /**
     * @param namespec the processname field, or null when there was none
     * @param limit how many bytes were asked for (at least 1024)
     * @param tail the log text or the error in its place
     */
    static String render(String namespec, long limit, String tail, boolean autoRefresh) {
        String title = Messages.tailTitle(namespec == null ? "None" : namespec);
        String links = "";
        if (namespec != null) {
            String base = "tail.html?processname=" + Html.quote(namespec) + "&amp;limit=" + limit;
            links = LINKS.fill(Map.of(
                    "refresh", Html.escape(base.replace("&amp;", "&")),
                    "auto", Html.escape((base + (autoRefresh ? "" : "&amp;autorefresh=1")).replace("&amp;", "&")),
                    "autolabel", autoRefresh ? Messages.STOP_AUTO_REFRESH : Messages.AUTO_REFRESH));
        }
        String meta = autoRefresh && namespec != null
                ? "<meta http-equiv=\"refresh\" content=\"" + AUTO_REFRESH_SECONDS + "\">" : "";
        return PAGE.fill(Map.of("title", Html.escape(title), "meta", meta, "tail", Html.escape(tail),
                "links", links));
    }
}
