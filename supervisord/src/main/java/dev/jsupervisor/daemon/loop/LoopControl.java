package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.LogfileName;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.rpc.ConfigControl;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The RPC layer's view of one daemon run. The servers open before the event loop exists (the
 * reference's order), so the loop's signal handling is attached once it does; no request can
 * arrive before then, since requests are only read by the loop itself.
 */
final class LoopControl implements DaemonControl {
    private final LoopConfigControl configs;
    private final ServerConfig config;
    private final Supervision supervision;
    private final AutoLogFiles autoLogs;
    private final MainLog mainLog;
    private final int pid;
    private SignalHandling signals;

    LoopControl(ServerConfig config, Supervision supervision, AutoLogFiles autoLogs, MainLog mainLog, int pid,
            ConfigSource reload) {
        this.config = config;
        this.supervision = supervision;
        this.autoLogs = autoLogs;
        this.mainLog = mainLog;
        this.pid = pid;
        this.configs = new LoopConfigControl(config, supervision, autoLogs, reload);
    }

    void attach(SignalHandling signalHandling, EffectRunner effects) {
        this.signals = signalHandling;
        this.configs.attach(effects);
    }

    @Override
    public ConfigControl configs() {
        return configs;
    }

    @Override
    public int pid() {
        return pid;
    }

    @Override
    public String identifier() {
        return config.supervisord().identifier();
    }

    @Override
    public Supervision supervision() {
        return supervision;
    }

    @Override
    public MainLog mainLog() {
        return mainLog;
    }

    @Override
    public String mainLogName() {
        return config.supervisord().logfile();
    }

    @Override
    public boolean isShuttingDown() {
        return supervision.isShuttingDown();
    }

    @Override
    public void requestShutdown() {
        signals.shutdownRequest();
    }

    @Override
    public Optional<String> logfile(ProcessRecord process, boolean stderr) {
        OutputChannel channel = stderr ? OutputChannel.STDERR : OutputChannel.STDOUT;
        LogChannelConfig log = stderr ? process.config().stderr() : process.config().stdout();
        if (log.logfile().kind() == LogfileName.Kind.AUTO) {
            return autoLogs.file(process, channel).map(Path::toString);
        }
        return log.logfile().kind() == LogfileName.Kind.PATH ? Optional.of(log.logfile().path()) : Optional.empty();
    }
}
