package dev.jsupervisor.e2e.help;

/**
 * Reduces supervisorctl's per-action help to what is contract. The usage forms, the tabs that align
 * them and the number of lines are the reference's; the descriptions after the tabs (and the restart
 * note) are prose, in our own words in our client, so both clients' prose is masked before comparing.
 * Applied to whole transcripts: help also follows argument errors ("Error: start requires a process
 * name"), and no other output of supervisorctl contains a tab.
 */
public final class HelpLayout {
    private static final String REFERENCE_RESTART_NOTE =
            "Note: restart does not reread config files. For that, see reread and update.";
    private static final String OUR_RESTART_NOTE =
            "Note: restart keeps the running configuration; to pick up edited config files, use reread and update.";

    private HelpLayout() {}

    /** Every "usage<TABs>description" line becomes "usage<TABs><help text>"; the restart note "<RESTART NOTE>". */
    public static String masked(String text) {
        return text.replace(REFERENCE_RESTART_NOTE, "<RESTART NOTE>").replace(OUR_RESTART_NOTE, "<RESTART NOTE>")
                .replaceAll("(?m)^([^\t\n]*\t+)[^\t\n]+$", "$1<help text>");
    }
}
