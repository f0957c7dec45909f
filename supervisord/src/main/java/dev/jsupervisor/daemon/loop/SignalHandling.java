package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.Signals;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.process.Supervision;

/**
 * What each signal means to the daemon (spec section 3.2), run on the loop thread one signal per
 * pass. TERM and INT end the daemon; HUP restarts it with the re-read configuration; USR2 reopens
 * every log; CHLD only wakes the loop (reaping happens every pass anyway).
 *
 * <p>Deliberate difference: SIGHUP reads the configuration before anything is stopped, and when
 * it does not load, says why in the activity log and keeps everything running. The reference
 * stops every program first and then dies on the bad file (docs/compatibility.md).
 */
final class SignalHandling {
    static final int SIGHUP = 1;
    static final int SIGINT = 2;
    static final int SIGQUIT = 3;
    static final int SIGUSR2 = 12;
    static final int SIGTERM = 15;
    static final int SIGCHLD = 17;

    private enum Mood { RUNNING, RESTARTING, SHUTDOWN }

    private final Supervision supervision;
    private final EffectRunner effects;
    private final MainLog mainLog;
    private final ConfigSource reload;
    private Mood mood = Mood.RUNNING;
    private ServerConfig restartConfig;

    SignalHandling(Supervision supervision, EffectRunner effects, MainLog mainLog, ConfigSource reload) {
        this.supervision = supervision;
        this.effects = effects;
        this.mainLog = mainLog;
        this.reload = reload;
    }

    /** The config to restart with once everything stopped, or null to exit. */
    ServerConfig restartConfig() {
        return mood == Mood.RESTARTING ? restartConfig : null;
    }

    void handle(int signal) {
        switch (signal) {
            case SIGTERM, SIGINT, SIGQUIT -> exitRequest(signal);
            case SIGHUP -> restartRequest();
            case SIGUSR2 -> reopenLogs();
            case SIGCHLD -> mainLog.debug(Messages.SIGCHLD_REAP);
            default -> mainLog.blather(Messages.unexpectedSignal(Signals.signame(signal)));
        }
    }

    /** An exit request also overrides a restart in progress, as in the reference. */
    private void exitRequest(int signal) {
        mainLog.warn(Messages.exitRequest(Signals.signame(signal)));
        mood = Mood.SHUTDOWN;
        supervision.beginShutdown();
    }

    /** supervisor.shutdown over XML-RPC: an exit like SIGTERM's, but the reference logs nothing for it. */
    void shutdownRequest() {
        mood = Mood.SHUTDOWN;
        supervision.beginShutdown();
    }

    /** Only an exit in progress makes the reference ignore SIGHUP; a second one restarts anyway. */
    private void restartRequest() {
        if (mood == Mood.SHUTDOWN) {
            mainLog.warn(Messages.SIGHUP_IGNORED);
            return;
        }
        mainLog.warn(Messages.SIGHUP_RESTART);
        restart();
    }

    /** supervisor.restart over XML-RPC: SIGHUP's path without its log line (the RPC refuses while stopping). */
    void restartByRequest() {
        restart();
    }

    private void restart() {
        try {
            restartConfig = reload.load();
        } catch (ConfigSource.Unavailable e) {
            mainLog.critical(Messages.reloadRefused(e.getMessage()));
            return;
        }
        mood = Mood.RESTARTING;
        supervision.beginShutdown();
    }

    /** Both lines land in the old main log; then every log file is reopened by name. */
    private void reopenLogs() {
        mainLog.info(Messages.SIGUSR2_REOPEN);
        mainLog.reopenLogs();
        for (ChildOutput output : effects.liveOutputs()) {
            output.reopenLogs();
        }
    }
}
