package dev.jsupervisor.daemon.ui;

import dev.jsupervisor.daemon.process.Namespec;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.rpc.LocalCall;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The status page's {@code action=} values, each made of the XML-RPC methods that supervisorctl
 * would call (the same table, called in-process), with the reference's messages:
 * refresh, stopall, restartall, and per process start, stop, restart and clearlog.
 */
final class Actions {
    /** An action the page does not know, or a process action without a name: the reference fails (500). */
    static final class UnknownAction extends Exception {
        UnknownAction(String action) {
            super(action);
        }
    }

    private final RpcDispatcher rpc;
    private final Supplier<Supervision> supervision;
    private final ZoneId zone;

    Actions(RpcDispatcher rpc, Supplier<Supervision> supervision, ZoneId zone) {
        this.rpc = rpc;
        this.supervision = supervision;
        this.zone = zone;
    }

    /**
     * Starts {@code action}. The whole-daemon actions come first; then an unknown process name
     * wins over an unknown action, as in the reference.
     */
    Action start(String action, String namespec) throws UnknownAction, FaultException {
        switch (action) {
            case "refresh":
                return Action.done(Messages.refreshed(ctime()));
            case "stopall":
                return whenDone(rpc.call("supervisor.stopAllProcesses"), r -> Messages.allStopped(ctime()));
            case "restartall":
                return whenDone(rpc.call("system.multicall", List.of(call("supervisor.stopAllProcesses"),
                        call("supervisor.startAllProcesses"))), r -> Messages.allRestarted(ctime()));
            default:
                break;
        }
        if (namespec == null || namespec.isEmpty()) {
            throw new UnknownAction(action);
        }
        if (!exists(namespec)) {
            return Action.done(Messages.noSuchProcess(namespec));
        }
        return switch (action) {
            case "start" -> startProcess(namespec);
            case "stop" -> stopProcess(namespec);
            case "restart" -> whenDone(rpc.call("system.multicall", List.of(call("supervisor.stopProcess", namespec),
                    call("supervisor.startProcess", namespec))), r -> Messages.restarted(namespec));
            case "clearlog" -> clearLog(namespec);
            default -> throw new UnknownAction(action);
        };
    }

    /** A single process only: "group:" and "group:*" name no process here. */
    private boolean exists(String namespec) {
        Namespec spec = Namespec.parse(namespec);
        return !spec.isWholeGroup() && supervision.get().process(spec.group(), spec.process()).isPresent();
    }

    private Action startProcess(String namespec) {
        LocalCall call = rpc.call("supervisor.startProcess", namespec);
        return new Action() {
            @Override
            public Optional<String> poll() {
                try {
                    return call.poll().map(r -> Messages.started(namespec));
                } catch (FaultException f) {
                    return Optional.of(Messages.startFailed(namespec, startFault(f)));
                }
            }

            @Override
            public void cancel() {
                call.cancel();
            }
        };
    }

    /** The reference names the faults a start can end with; anything else shows its code and text. */
    private static String startFault(FaultException f) {
        return switch (Fault.ofCode(f.code())) {
            case NO_FILE -> "no such file";
            case NOT_EXECUTABLE -> "file not executable";
            case ALREADY_STARTED -> "already started";
            case SPAWN_ERROR -> "spawn error";
            case ABNORMAL_TERMINATION -> "abnormal termination";
            default -> Messages.unexpectedFault(f.code(), f.faultString());
        };
    }

    private Action stopProcess(String namespec) {
        LocalCall call = rpc.call("supervisor.stopProcess", namespec);
        return new Action() {
            @Override
            public Optional<String> poll() {
                try {
                    return call.poll().map(r -> Messages.stopped(namespec));
                } catch (FaultException f) {
                    return Optional.of(Messages.unexpectedFault(f.code(), f.faultString()));
                }
            }

            @Override
            public void cancel() {
                call.cancel();
            }
        };
    }

    private Action clearLog(String namespec) {
        try {
            rpc.call("supervisor.clearProcessLogs", namespec).poll();
            return Action.done(Messages.logCleared(namespec));
        } catch (FaultException f) {
            return Action.done(Messages.unexpectedFault(f.code(), f.faultString()));
        }
    }

    /**
     * Waits for a call whose outcome the message ignores (the reference reports "All stopped"
     * and "restarted" whatever the results). A fault of stopall itself is the reference's
     * uncaught error, hence thrown.
     */
    private static Action whenDone(LocalCall call, Function<Object, String> message) throws FaultException {
        Optional<Object> now = call.poll();
        if (now.isPresent()) {
            return Action.done(message.apply(now.get()));
        }
        return new Action() {
            @Override
            public Optional<String> poll() {
                try {
                    return call.poll().map(message);
                } catch (FaultException f) {
                    return Optional.of(Messages.unexpectedFault(f.code(), f.faultString()));
                }
            }

            @Override
            public void cancel() {
                call.cancel();
            }
        };
    }

    private static Map<String, Object> call(String method, Object... params) {
        return Map.of("methodName", method, "params", List.of(params));
    }

    /** When the action completes, as the reference formats its message then. */
    private String ctime() {
        return Messages.ctime(ZonedDateTime.now(zone));
    }
}
