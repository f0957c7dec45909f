package dev.jsupervisor.daemon.process;

import dev.jsupervisor.config.value.Signals;
import java.util.List;

/**
 * Every text this package shows to users: activity-log lines (spec §5), spawn-error and
 * description texts (§4.4). The wording is the reference's, byte for byte; golden tests check it.
 */
public final class Messages {
    private Messages() {}

    /** What an errno-3 failure of kill(2) reads like in the reference ({@code str(OSError)}). */
    public static final String NO_SUCH_PROCESS_DETAIL = "[Errno 3] No such process";

    /** spawnerr after an exit before startsecs had elapsed. */
    static final String EXITED_TOO_QUICKLY = "Exited too quickly (process log may have details)";

    static String spawned(String name, int pid) {
        return "spawned: '" + name + "' with pid " + pid;
    }

    /** WARN when a start is requested while the previous child is still being stopped. */
    static String alreadyRunning(String name) {
        return "process '" + name + "' already running";
    }

    static String spawnError(String spawnerr) {
        return "spawnerr: " + spawnerr;
    }

    static String success(String name, int startsecs) {
        return "success: " + name + " entered RUNNING state, process has stayed up for > than "
                + startsecs + " seconds (startsecs)";
    }

    static String gaveUp(String name) {
        return "gave up: " + name + " entered FATAL state, too many start retries too quickly";
    }

    /** {@code exited: x (exit status 1; not expected)}. */
    static String exited(String name, WaitStatus status, boolean expected) {
        return "exited: " + name + " (" + status.text() + (expected ? "; expected)" : "; not expected)");
    }

    /** spawnerr after an exit with a code outside exitcodes (-1 for signal deaths). */
    static String badExitCode(int exitCode) {
        return "Bad exit code " + exitCode;
    }

    static String stopped(String name, WaitStatus status) {
        return "stopped: " + name + " (" + status.text() + ")";
    }

    /** DEBG line written when a stop (or the SIGKILL escalation) is sent. */
    static String killing(String name, int pid, boolean toGroup, int signal) {
        return "killing " + name + " (pid " + pid + ") " + (toGroup ? "process group " : "")
                + "with signal " + Signals.signame(signal);
    }

    /** WARN line written when stopwaitsecs ran out. */
    static String killingWithSigkill(String name, int pid) {
        return "killing '" + name + "' (" + pid + ") with SIGKILL";
    }

    static String attemptedKillInBackoff(String name) {
        return "Attempted to kill " + name + ", which is in BACKOFF state.";
    }

    static String sending(String name, int pid, int signal) {
        return "sending " + name + " (pid " + pid + ") sig " + Signals.signame(signal);
    }

    /** DEBG: a stop or kill signal found no process (it exited by itself; the reap will tell). */
    static String unableToSignalOnStop(String name, int pid, String detail) {
        return "unable to signal " + name + " (pid " + pid + "), it probably just exited on its own: "
                + detail;
    }

    /** DEBG: the same for a signal sent on request ({@code signalProcess}); note "just now". */
    static String unableToSignalOnRequest(String name, int pid, String detail) {
        return "unable to signal " + name + " (pid " + pid + "), it probably just now exited on its own: "
                + detail;
    }

    /** CRIT: kill(2) failed for another reason while stopping; the detail follows the colon directly. */
    static String unknownProblemKilling(String name, int pid, String detail) {
        return "unknown problem killing " + name + " (" + pid + "):" + detail;
    }

    /** CRIT: kill(2) failed for another reason on a requested signal. */
    static String unknownProblemSending(String name, int pid, String detail) {
        return "unknown problem sending sig " + name + " (" + pid + "):" + detail;
    }

    static String reapedUnknown(int pid, WaitStatus status) {
        return "reaped unknown pid " + pid + " (" + status.text() + ")";
    }

    /** INFO during shutdown/restart, every few seconds while something is still alive. */
    static String waitingToDie(List<String> names) {
        return "waiting for " + String.join(", ", names) + " to die";
    }

    /** BLAT detail under {@link #waitingToDie}. */
    static String stateOf(String name, String stateName) {
        return name + " state: " + stateName;
    }

    /** INFO while a single stop is awaited (stopProcess with wait). */
    static String waitingToStop(String name) {
        return "waiting for " + name + " to stop";
    }

    static final String NOT_STARTED = "Not started";

    static String unknownError(String name) {
        return "unknown error (try \"tail " + name + "\")";
    }

    static String runningDescription(int pid, String uptime) {
        return "pid " + pid + ", uptime " + uptime;
    }

    /** Why a wait status could not be read as an exit or a signal death. */
    static String unknownTermination(int rawStatus) {
        return String.format("unknown termination cause 0x%04x", rawStatus);
    }

    static String exitStatus(int code) {
        return "exit status " + code;
    }

    static String terminatedBy(int signal, boolean coreDumped) {
        return "terminated by " + Signals.signame(signal) + (coreDumped ? " (core dumped)" : "");
    }
}
