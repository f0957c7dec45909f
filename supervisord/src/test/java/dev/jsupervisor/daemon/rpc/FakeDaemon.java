package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A daemon with programs "cat" (group cat) and "web:b", "web:a", nothing started. */
final class FakeDaemon implements DaemonControl {
    final Supervision supervision = new Supervision(List.of(group("web", "b", "a"), group("cat", "cat")),
            new Now(0, 0));
    final MainLog log = new MainLog(LogLevel.INFO, Clock.systemUTC());
    boolean shuttingDown;
    int shutdownRequests;

    static ProgramGroupConfig group(String name, String... programs) {
        return new ProgramGroupConfig(name, 999, java.util.Arrays.stream(programs).map(FakeDaemon::program).toList());
    }

    static ProcessConfig program(String name) {
        return new ProcessConfig(name, null, "/bin/" + name, null, null, 999, false, RestartPolicy.UNEXPECTED,
                1, 3, LogChannelConfig.defaults(), LogChannelConfig.defaults(), 15, 10, false, false, List.of(0),
                false, Map.of(), null);
    }

    @Override public int pid() { return 4242; }

    @Override public String identifier() { return "ident"; }

    @Override public Supervision supervision() { return supervision; }

    @Override public MainLog mainLog() { return log; }

    @Override public String mainLogName() { return "/nonexistent/main.log"; }

    @Override public boolean isShuttingDown() { return shuttingDown; }

    @Override public void requestShutdown() { shutdownRequests++; shuttingDown = true; }

    @Override public Optional<String> logfile(ProcessRecord process, boolean stderr) {
        return stderr ? Optional.empty() : Optional.of("/logs/" + process.name() + ".log");
    }
}
