package dev.jsupervisor.e2e.cli;

import java.time.Instant;

/**
 * Last line of defence: a daemonized reference supervisord is no longer our child, so killing the
 * run's descendants does not reach it. This finds processes started since {@code since} whose
 * command line runs {@code program}, and kills each by its pid.
 */
final class StrayDaemons {
    private StrayDaemons() {}

    static void killStartedSince(Instant since, String program) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().startInstant().map(t -> !t.isBefore(since.minusSeconds(1))).orElse(false))
                .filter(p -> p.info().commandLine().map(line -> line.contains(program)).orElse(false))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .forEach(ProcessRun::kill);
    }
}
