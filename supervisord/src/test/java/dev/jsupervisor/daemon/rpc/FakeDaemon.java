package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.process.Effect;
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

    // ---- process control: spawns succeed with pids from 100 (unless failSpawns), signals are recorded ----

    Now clock = new Now(10_000, 1_700_000_000_000L);
    int nextPid = 100;
    boolean failSpawns;
    final List<Effect> performed = new java.util.ArrayList<>();
    final java.util.Set<String> missingCommands = new java.util.HashSet<>();
    final java.io.ByteArrayOutputStream stdin = new java.io.ByteArrayOutputStream();
    boolean stdinBroken;
    int restartRequests;

    @Override public Now now() { return clock; }

    @Override public void perform(List<Effect> effects) {
        for (Effect e : effects) {
            performed.add(e);
            if (e instanceof Effect.Spawn spawn) {
                perform(failSpawns ? supervision.spawnFailed(spawn.process(), "spawn failed", clock)
                        : supervision.spawned(spawn.process(), nextPid++, clock));
            }
        }
    }

    @Override public void checkCommand(ProcessRecord process) throws BadCommandException {
        if (missingCommands.contains(process.name())) {
            throw new BadCommandException("can't find command '/bin/" + process.name() + "'", true);
        }
    }

    @Override public boolean writeStdin(ProcessRecord process, byte[] data) {
        stdin.writeBytes(data);
        return !stdinBroken;
    }

    @Override public void requestRestart() { restartRequests++; shuttingDown = true; }

    @Override public void reap() { }
}
