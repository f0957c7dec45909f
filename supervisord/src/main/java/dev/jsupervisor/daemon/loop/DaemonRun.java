package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.daemon.fcgi.FcgiSocketException;
import dev.jsupervisor.daemon.fcgi.FcgiSockets;
import dev.jsupervisor.daemon.events.ChannelListeners;
import dev.jsupervisor.daemon.events.EventHub;
import dev.jsupervisor.daemon.events.Serial;
import dev.jsupervisor.daemon.log.AutoChildLogs;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.ChildEnvironment;
import dev.jsupervisor.daemon.os.CommandResolver;
import dev.jsupervisor.daemon.os.ExecHelper;
import dev.jsupervisor.daemon.os.FileProbe;
import dev.jsupervisor.daemon.os.ProcessSpawner;
import dev.jsupervisor.daemon.os.SpawnPreparer;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.plugin.DaemonPlugins;
import dev.jsupervisor.daemon.rpc.PluginSetupException;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import dev.jsupervisor.daemon.server.HttpServers;
import dev.jsupervisor.daemon.server.ServerBindException;
import dev.jsupervisor.daemon.server.TailPoller;
import dev.jsupervisor.daemon.ui.WebUi;
import java.io.IOException;
import java.time.Clock;

/**
 * One life of the daemon, from a loaded configuration to the moment everything is stopped: the
 * first start, or a restart after SIGHUP (same pid, no second daemonizing, no rlimit step). The
 * steps follow the reference's order (spec section 3.1).
 */
final class DaemonRun {
    /** The reference's event serial is global to the process: it goes on across restarts. */
    private static final Serial EVENT_SERIAL = new Serial();

    private final DaemonContext context;
    private final ServerConfig config;
    private final boolean firstStart;
    private final MainLog mainLog;

    DaemonRun(DaemonContext context, ServerConfig config, boolean firstStart) {
        this.context = context;
        this.config = config;
        this.firstStart = firstStart;
        this.mainLog = new MainLog(config.supervisord().loglevel(), Clock.systemDefaultZone(), context.errors());
    }

    /** @return the configuration to restart with, or null when the daemon should exit */
    ServerConfig run() throws StartupFailure {
        StartupSteps steps = new StartupSteps(context.os(), config, mainLog);
        steps.queueParseMessages();
        steps.dropPrivileges();
        if (firstStart) {
            steps.raiseRlimits();
        }
        steps.openMainLog(context.stdout(), context.syslog());
        PidFile pidfile = new PidFile(config.supervisord().pidfile());
        try {
            return supervise(pidfile);
        } catch (StartupFailure e) {
            // After a restart nobody reads our stderr any more; the activity log is where it shows.
            // At the first start the reference only prints the usage error, and so do we.
            if (!firstStart) {
                mainLog.critical(e.getMessage());
            }
            throw e;
        } finally {
            pidfile.removeIfWritten();
            mainLog.close();
        }
    }

    private ServerConfig supervise(PidFile pidfile) throws StartupFailure {
        SupervisordConfig s = config.supervisord();
        if (!s.nocleanup()) {
            AutoChildLogs.cleanup(s.childlogdir(), s.identifier(), mainLog);
        }
        Supervision supervision = new Supervision(config.groups(), LoopClock.now());
        AutoLogFiles autoLogs = allocateAutoLogs(supervision);
        FcgiSockets sockets = new FcgiSockets(context.os()::strerror, mainLog::log);
        try {
            activateSockets(sockets);
            // The HTTP servers open after the groups and before the signal handlers, as in the
            // reference; a bind failure ends startup (exit 2).
            LoopControl control = new LoopControl(config, supervision, autoLogs, mainLog, context.os().getpid(),
                    context.reload(), sockets);
            try (HttpServers servers = openServers(control)) {
                return superviseWithServers(pidfile, supervision, autoLogs, control, servers, sockets);
            }
        } finally {
            sockets.closeAll();
        }
    }

    /** Each fcgi group's socket is opened and closed once, in group order: a bad one ends startup (exit 1). */
    private void activateSockets(FcgiSockets sockets) throws StartupFailure {
        for (GroupConfig group : config.groups()) {
            try {
                sockets.groupActivated(group);
            } catch (FcgiSocketException e) {
                throw StartupFailure.fatal(e.getMessage());
            }
        }
    }

    private HttpServers openServers(LoopControl control) throws StartupFailure {
        try {
            RpcDispatcher rpc = RpcDispatcher.forDaemon(control, DaemonPlugins.namespaces(config.rpcinterfaces()));
            return HttpServers.open(config.servers(), context.selector(), rpc,
                    context.os().getpid(), context.errors(), mainLog, control, new WebUi(control, rpc));
        } catch (ServerBindException e) {
            throw StartupFailure.usage(e.getMessage());
        } catch (PluginSetupException e) {
            throw StartupFailure.fatal(e.getMessage());
        }
    }

    private ServerConfig superviseWithServers(PidFile pidfile, Supervision supervision, AutoLogFiles autoLogs,
            LoopControl control, HttpServers servers, FcgiSockets sockets) {
        context.installSignals().run();
        if (firstStart && context.daemonChild().isPresent()) {
            daemonized(context.daemonChild().get());
        }
        writePidfile(pidfile);
        if (firstStart) {
            context.daemonChild().ifPresent(child -> child.ready(context.os()));
        }
        EffectRunner[] runner = new EffectRunner[1];
        EventHub events = new EventHub(config.supervisord().identifier(), mainLog::log, EVENT_SERIAL,
                (process, data) -> writeToListener(runner[0], process, data), System.currentTimeMillis());
        supervision.groups().forEach(events::groupAdded);
        EffectRunner effects = new EffectRunner(supervision, spawnAction(autoLogs, events, sockets), context.os(), mainLog,
                events::stateChanged);
        runner[0] = effects;
        EventLoop loop = new EventLoop(context.selector(), context.signals(), supervision, effects, context.os(),
                mainLog, context.reload());
        control.attach(loop.signalHandling(), effects, loop::reapAll);
        control.attachEvents(events);
        loop.followLogTails(servers.tails());
        loop.onShutdownBegin(events::supervisorStopping);
        loop.afterEachGroup(group -> events.dispatch(group.name()));
        loop.wakeFor(() -> events.millisUntilTick(System.currentTimeMillis()));
        loop.afterEachPass(() -> {
            events.tick(System.currentTimeMillis());
            events.dispatchAll();
            servers.afterPass();
        });
        events.supervisorRunning();
        return loop.run();
    }

    private AutoLogFiles allocateAutoLogs(Supervision supervision) throws StartupFailure {
        SupervisordConfig s = config.supervisord();
        try {
            return AutoLogFiles.allocate(supervision.allProcesses(), s.childlogdir(), s.identifier());
        } catch (IOException e) {
            throw StartupFailure.fatal(Messages.cannotCreate("AUTO child log in " + s.childlogdir(), e));
        }
    }

    /**
     * The daemon JVM's share of the reference's daemonize(): the launching JVM already made the
     * new session, chose the directory and put /dev/null on stdio; here come the log lines and
     * the umask (daemon mode only, as in the reference).
     */
    private void daemonized(DaemonChild child) {
        SupervisordConfig s = config.supervisord();
        mainLog.info(Messages.DAEMONIZING);
        if (s.directory() != null) {
            if (child.chdirErrno().isPresent()) {
                int errno = child.chdirErrno().getAsInt();
                mainLog.critical(Messages.cannotChdir(s.directory(),
                        Messages.osError(errno, context.os().strerror(errno), s.directory())));
            } else {
                mainLog.info(Messages.currentDirectory(s.directory()));
            }
        }
        context.os().umask(s.umask());
    }

    private void writePidfile(PidFile pidfile) {
        int pid = context.os().getpid();
        if (pidfile.write(pid)) {
            mainLog.info(Messages.startedWithPid(pid));
        } else {
            mainLog.critical(Messages.couldNotWritePidfile(config.supervisord().pidfile()));
        }
    }

    /** A listener's stdin: false (the reference's EPIPE) when the spawn or its pipe is gone. */
    private static boolean writeToListener(EffectRunner effects, ProcessRecord process, byte[] data) {
        ChildOutput output = effects == null || process.pid() == 0 ? null : effects.outputOf(process.pid());
        ChildStdin stdin = output == null ? null : output.stdin();
        return stdin != null && stdin.write(data);
    }

    private SpawnAction spawnAction(AutoLogFiles autoLogs, EventHub events, FcgiSockets sockets) {
        ChildEnvironment environment = new ChildEnvironment(context.environment(), config.serverurl());
        CommandResolver resolver = new CommandResolver(FileProbe.SYSTEM, context.environment().get("PATH"));
        ProcessSpawner spawner = new ProcessSpawner(context.os(), ExecHelper.locate());
        return new SpawnAction(new SpawnPreparer(resolver, environment), spawner, autoLogs,
                config.supervisord().stripAnsi(), mainLog, context.selector(), new ChannelListeners(events, mainLog::log),
                context.errors(), context.syslog(), sockets);
    }
}
