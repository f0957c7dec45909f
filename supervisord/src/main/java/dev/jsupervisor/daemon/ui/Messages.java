package dev.jsupervisor.daemon.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The web UI's texts. The redirect messages and page titles are the reference's (scripts read
 * the ?message= of the redirect); labels and the rest of the wording are ours.
 */
final class Messages {
    /** Python's time.ctime(): "Sat Nov  1 09:19:38 2026". */
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    static final String STATUS_TITLE = "Supervisor Status";
    static final String NO_PROGRAMS = "No programs to manage";
    static final String NO_PROCESS_NAME = "No process name found";

    // Link labels: the per-process ones are the reference's (they are also the links' name= attributes).
    static final String START = "Start";
    static final String STOP = "Stop";
    static final String RESTART = "Restart";
    static final String CLEAR_LOG = "Clear Log";
    static final String TAIL_STDOUT = "Tail -f Stdout";
    static final String TAIL_STDERR = "Tail -f Stderr";
    static final String AUTO_REFRESH = "Auto-refresh";
    static final String STOP_AUTO_REFRESH = "Stop auto-refresh";

    private Messages() {}

    static String ctime(ZonedDateTime when) {
        return CTIME.format(when);
    }

    static String refreshed(String ctime) {
        return "Page refreshed at " + ctime;
    }

    static String allStopped(String ctime) {
        return "All stopped at " + ctime;
    }

    static String allRestarted(String ctime) {
        return "All restarted at " + ctime;
    }

    static String noSuchProcess(String namespec) {
        return "No such process named " + namespec;
    }

    static String started(String namespec) {
        return "Process " + namespec + " started";
    }

    static String stopped(String namespec) {
        return "Process " + namespec + " stopped";
    }

    static String restarted(String namespec) {
        return "Process " + namespec + " restarted";
    }

    static String logCleared(String namespec) {
        return "Log for " + namespec + " cleared";
    }

    static String startFailed(String namespec, String why) {
        return "ERROR: Process " + namespec + ": " + why;
    }

    static String unexpectedFault(int code, String text) {
        return "unexpected rpc fault [" + code + "] " + text;
    }

    static String tailTitle(String namespec) {
        return "Supervisor tail of process " + namespec;
    }

    static String noFile(String namespec) {
        return "No file for " + namespec;
    }

    static String tailError(int code, String text) {
        return "ERROR: " + unexpectedFault(code, text);
    }
}
