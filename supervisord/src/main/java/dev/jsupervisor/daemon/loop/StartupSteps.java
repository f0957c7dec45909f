package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ParseMessages;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.log.MainLogTarget;
import dev.jsupervisor.daemon.log.SyslogSink;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.PrivilegeDrop;
import dev.jsupervisor.daemon.os.RlimitRaiser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The reference's startup steps before the groups exist (spec section 3.1 steps 2 to 4). Until
 * the main log is opened every line is only queued; opening it writes them grouped CRIT, WARN,
 * INFO, each group in the order it was queued: parse messages first, then the uid and rlimit
 * lines, as the reference's realize, set_uid_or_exit and set_rlimits_or_exit append them.
 */
final class StartupSteps {
    private final NativeOs os;
    private final ServerConfig config;
    private final MainLog mainLog;

    StartupSteps(NativeOs os, ServerConfig config, MainLog mainLog) {
        this.os = os;
        this.config = config;
        this.mainLog = mainLog;
    }

    void queueParseMessages() {
        ParseMessages messages = config.messages();
        messages.criticals().forEach(mainLog::critical);
        messages.warnings().forEach(mainLog::warn);
        messages.infos().forEach(mainLog::info);
    }

    /** user=: switch before any file is created; as root without user=, only a CRIT line. */
    void dropPrivileges() throws StartupFailure {
        Integer uid = config.uid();
        if (uid == null) {
            if (os.getuid() == 0) {
                mainLog.critical(dev.jsupervisor.daemon.os.Messages.RUNNING_AS_ROOT);
            }
            return;
        }
        Optional<String> refusal = new PrivilegeDrop(os).drop(uid);
        if (refusal.isPresent()) {
            throw StartupFailure.usage(refusal.get());
        }
        mainLog.info(dev.jsupervisor.daemon.os.Messages.setUidSucceeded(uid));
    }

    /** minfds/minprocs, first start only (a restart keeps the limits it already has). */
    void raiseRlimits() throws StartupFailure {
        SupervisordConfig s = config.supervisord();
        RlimitRaiser.Outcome outcome = new RlimitRaiser(os).raise(s.minfds(), s.minprocs());
        if (outcome.failed()) {
            throw StartupFailure.usage(outcome.usageError());
        }
        outcome.infos().forEach(mainLog::info);
    }

    /** The file (or syslog), plus stdout when nodaemon and not silent; flushes the queued lines. */
    void openMainLog(OutputStream stdout, SyslogSink syslog) throws StartupFailure {
        try {
            mainLog.open(MainLogTarget.of(config.supervisord()), syslog, stdout);
        } catch (IOException e) {
            throw StartupFailure.fatal(Messages.cannotCreate("log file " + config.supervisord().logfile(), e));
        }
    }
}
