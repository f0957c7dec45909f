package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.LogfileName;
import dev.jsupervisor.daemon.fcgi.FcgiSockets;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.rpc.ConfigControl;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import java.nio.file.Path;
import java.util.List;
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
    private EffectRunner effects;
    private Runnable reaper = () -> { };

    LoopControl(ServerConfig config, Supervision supervision, AutoLogFiles autoLogs, MainLog mainLog, int pid,
            ConfigSource reload, FcgiSockets sockets) {
        this.config = config;
        this.supervision = supervision;
        this.autoLogs = autoLogs;
        this.mainLog = mainLog;
        this.pid = pid;
        this.configs = new LoopConfigControl(config, supervision, autoLogs, reload, sockets);
    }

    /** The loop's parts the methods act through, once the loop exists. */
    void attach(SignalHandling signalHandling, EffectRunner effectRunner, Runnable reapAll) {
        this.signals = signalHandling;
        this.configs.attach(effectRunner);
        this.effects = effectRunner;
        this.reaper = reapAll;
    }

    /** The run's event bus, for the group and remote-communication events of the methods. */
    void attachEvents(dev.jsupervisor.daemon.events.EventHub hub) {
        configs.attachEvents(hub);
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

    @Override
    public Now now() {
        return LoopClock.now();
    }

    @Override
    public void perform(List<Effect> list) {
        effects.perform(list);
    }

    @Override
    public void reap() {
        reaper.run();
    }

    @Override
    public void checkCommand(ProcessRecord process) throws BadCommandException {
        effects.checkCommand(process);
    }

    @Override
    public boolean writeStdin(ProcessRecord process, byte[] data) {
        ChildOutput output = process.pid() == 0 ? null : effects.outputOf(process.pid());
        ChildStdin stdin = output == null ? null : output.stdin();
        return stdin != null && stdin.write(data);
    }

    @Override
    public void requestRestart() {
        signals.restartByRequest();
    }
}
