package dev.jsupervisor.e2e.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The mask hides only prose: usage forms, tab runs, line count and other output still count. */
class HelpLayoutTest {
    @Test
    void differentDescriptionsOfTheSameUsageAreEqual() {
        assertEquals(HelpLayout.masked("start <name>\t\tOne wording\n\t\tmore\n"),
                HelpLayout.masked("start <name>\t\tAnother wording\n\t\tcontinued\n"));
    }

    @Test
    void aChangedUsageFormTabRunOrLineCountIsNot() {
        String ours = HelpLayout.masked("start <name>\t\tText\n");
        assertNotEquals(ours, HelpLayout.masked("start <names>\t\tText\n"));
        assertNotEquals(ours, HelpLayout.masked("start <name>\tText\n"));
        assertNotEquals(ours, HelpLayout.masked("start <name>\t\tText\n\t\tmore\n"));
    }

    @Test
    void linesWithoutATabAreKeptAndBothRestartNotesMasked() {
        assertEquals("Error: start requires a process name\nEx:\n<RESTART NOTE>\nsupervisor> help\t\t<help text>",
                HelpLayout.masked("Error: start requires a process name\nEx:\n"
                        + "Note: restart does not reread config files. For that, see reread and update.\n"
                        + "supervisor> help\t\tList"));
    }
}
