package dev.jsupervisor.daemon.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.xmlrpc.ProcessState;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The description column, state by state (spec §4.4). */
class DescriptionTest {
    private static final long START = 1_700_000_000L; // 2023-11-14 22:13:20 UTC

    private static String describe(ProcessState state, long start, long stop, long now, String spawnerr) {
        return Description.of(state, "cat", 4242, start, stop, now, spawnerr, ZoneOffset.UTC);
    }

    @Test
    void runningShowsPidAndUptime() {
        assertEquals("pid 4242, uptime 0:00:00", describe(ProcessState.RUNNING, START, 0, START, ""));
        assertEquals("pid 4242, uptime 1:02:03", describe(ProcessState.RUNNING, START, 0, START + 3723, ""));
    }

    @Test
    void uptimeCountsDaysLikePython() {
        assertEquals("0:00:59", Description.uptime(59));
        assertEquals("23:59:59", Description.uptime(86_399));
        assertEquals("1 day, 0:00:00", Description.uptime(86_400));
        assertEquals("3 days, 0:00:05", Description.uptime(3 * 86_400 + 5));
        assertEquals("0:00:00", Description.uptime(-30)); // clock set back
    }

    @Test
    void backoffAndFatalShowTheSpawnError() {
        assertEquals("Exited too quickly (process log may have details)", describe(ProcessState.BACKOFF, START, 0,
                START, "Exited too quickly (process log may have details)"));
        assertEquals("can't find command 'cat'", describe(ProcessState.FATAL, START, 0, START, "can't find command 'cat'"));
        assertEquals("unknown error (try \"tail cat\")", describe(ProcessState.FATAL, START, 0, START, ""));
    }

    @Test
    void stoppedAndExitedShowTheStopTimeInLocalTime() {
        assertEquals("Nov 14 10:13 PM", describe(ProcessState.STOPPED, START, START, START + 60, ""));
        assertEquals("Nov 15 07:13 AM", Description.of(ProcessState.EXITED, "cat", 0, START, START, START, "",
                ZoneId.of("Asia/Tokyo")));
        assertEquals("Not started", describe(ProcessState.STOPPED, 0, 0, START, ""));
        assertEquals("Not started", describe(ProcessState.EXITED, 0, 0, START, ""));
    }

    @Test
    void transitionalStatesHaveNone() {
        assertEquals("", describe(ProcessState.STARTING, START, 0, START, "x"));
        assertEquals("", describe(ProcessState.STOPPING, START, 0, START, "x"));
        assertEquals("", describe(ProcessState.UNKNOWN, START, 0, START, "x"));
    }

    @Test
    void fromARecord() {
        Cells cells = new Cells();
        ProcessRecord p = cells.in(ProcessState.RUNNING);
        assertEquals("pid 100, uptime 0:00:01",
                Description.of(p, cells.clock.now().epochSeconds(), ZoneOffset.UTC));
        assertEquals("Not started", Description.of(Program.program("cat").record(), START, ZoneOffset.UTC));
    }
}
