package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.Signals;
import dev.jsupervisor.config.value.ValueException;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.process.Decision;
import dev.jsupervisor.daemon.process.Namespec;
import dev.jsupervisor.daemon.process.Now;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.ProcessState;
import dev.jsupervisor.xmlrpc.XmlRpcDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The process-control methods (spec 9.3): start, stop and signal a process, a group or all of
 * them, write to a child's stdin, restart the daemon. Requests go through the pure core
 * ({@link Supervision} decides, {@link DaemonControl#perform} acts at once); a call that waits
 * returns a {@link Deferred} that the server polls after every loop pass. The order of the checks,
 * and so which fault wins, is the reference's.
 */
final class ControlMethods {
    private static final String NS = "supervisor.";
    private static final Predicate<ProcessRecord> NOT_RUNNING = p -> !p.state().isRunning();
    private static final Predicate<ProcessRecord> RUNNING = p -> p.state().isRunning();
    private static final Predicate<ProcessRecord> SIGNALLABLE = p -> p.state().isSignallable();

    private final DaemonControl daemon;

    ControlMethods(DaemonControl daemon) {
        this.daemon = daemon;
    }

    List<RpcMethod> methods() {
        return List.of(
                new RpcMethod(NS + "startProcess", 1, 2, a -> startProcess(a.get(0), waitArg(a, 1))),
                new RpcMethod(NS + "startProcessGroup", 1, 2, a -> startProcessGroup(a.get(0), waitArg(a, 1))),
                new RpcMethod(NS + "startAllProcesses", 0, 1, a -> startAll(waitArg(a, 0))),
                new RpcMethod(NS + "stopProcess", 1, 2, a -> stopProcess(a.get(0), waitArg(a, 1))),
                new RpcMethod(NS + "stopProcessGroup", 1, 2, a -> stopProcessGroup(a.get(0), waitArg(a, 1))),
                new RpcMethod(NS + "stopAllProcesses", 0, 1, a -> stopAll(waitArg(a, 0))),
                RpcMethod.of(NS + "signalProcess", 2, a -> signalProcess(a.get(0), a.get(1))),
                RpcMethod.of(NS + "signalProcessGroup", 2, a -> signalProcessGroup(a.get(0), a.get(1))),
                RpcMethod.of(NS + "signalAllProcesses", 1, a -> signalAll(a.get(0))),
                RpcMethod.of(NS + "sendProcessStdin", 2, a -> sendProcessStdin(a.get(0), a.get(1))),
                RpcMethod.of(NS + "restart", 0, a -> restart()));
    }

    /** wait defaults to true; otherwise Python's truth value of whatever was sent. */
    private static boolean waitArg(List<Object> args, int index) {
        return args.size() <= index || PyValues.truth(args.get(index));
    }

    // ---- start ----------------------------------------------------------------------------------

    private Object startProcess(Object name, boolean wait) throws FaultException {
        requireRunning();
        Target target = target(name);
        if (target.process() == null) {
            return startGroup(target.group(), wait);
        }
        return startOne((String) name, target.process(), wait);
    }

    private Object startProcessGroup(Object name, boolean wait) throws FaultException {
        requireRunning();
        return startGroup(group(name).orElseThrow(() -> badName(name)), wait);
    }

    private Object startGroup(ProcessGroup group, boolean wait) throws FaultException {
        requireRunning();
        return new GroupCall(group.processes(), NOT_RUNNING, (n, p) -> startChecked(n, p, wait));
    }

    private Object startAll(boolean wait) throws FaultException {
        requireRunning();
        return new GroupCall(daemon.supervision().allProcesses(), NOT_RUNNING, (n, p) -> startChecked(n, p, wait));
    }

    /** Each process of a group goes through startProcess again, mood check included. */
    private Object startChecked(String name, ProcessRecord p, boolean wait) throws FaultException {
        requireRunning();
        return startOne(name, p, wait);
    }

    private Object startOne(String name, ProcessRecord p, boolean wait) throws FaultException {
        try {
            daemon.checkCommand(p);    // don't spawn what is known to fail
        } catch (BadCommandException e) {
            throw fault(e.notFound() ? Fault.NO_FILE : Fault.NOT_EXECUTABLE, e.getMessage());
        }
        Now began = daemon.now();
        Decision decision = daemon.supervision().start(p, began);
        refuseIfNotAccepted(decision, name);
        daemon.perform(decision.effects());
        if (!p.spawnError().isEmpty()) {
            throw fault(Fault.SPAWN_ERROR, name);
        }
        daemon.perform(daemon.supervision().transition(p, laterThan(began)));
        if (!wait || p.state() == ProcessState.RUNNING) {
            return Boolean.TRUE;
        }
        return (Deferred) () -> startedYet(name, p);
    }

    /**
     * A startsecs=0 program is RUNNING from here on, without waiting for a pass: the reference
     * compares float seconds, and a spawn always takes some time. Our clock counts whole
     * milliseconds, so a spawn under a millisecond is counted as one.
     */
    private Now laterThan(Now began) {
        Now now = daemon.now();
        return now.monotonicMillis() > began.monotonicMillis() ? now : began.plusMillis(1);
    }

    private static Optional<Object> startedYet(String name, ProcessRecord p) throws FaultException {
        if (!p.spawnError().isEmpty()) {
            throw fault(Fault.SPAWN_ERROR, name);
        }
        if (p.state() == ProcessState.RUNNING) {
            return Optional.of(Boolean.TRUE);
        }
        if (p.state() != ProcessState.STARTING) {
            throw fault(Fault.ABNORMAL_TERMINATION, name);
        }
        return Optional.empty();
    }

    // ---- stop -----------------------------------------------------------------------------------

    private Object stopProcess(Object name, boolean wait) throws FaultException {
        requireRunning();
        Target target = target(name);
        if (target.process() == null) {
            return stopGroup(target.group(), wait);
        }
        return stopOne((String) name, target.process(), wait, true);
    }

    private Object stopProcessGroup(Object name, boolean wait) throws FaultException {
        requireRunning();
        return stopGroup(group(name).orElseThrow(() -> badName(name)), wait);
    }

    private Object stopGroup(ProcessGroup group, boolean wait) throws FaultException {
        requireRunning();
        return new GroupCall(group.processes(), RUNNING, (n, p) -> stopChecked(n, p, wait));
    }

    private Object stopAll(boolean wait) throws FaultException {
        requireRunning();
        return new GroupCall(daemon.supervision().allProcesses(), RUNNING, (n, p) -> stopChecked(n, p, wait));
    }

    /** One of a group's or all processes: every kill and "waiting" line first, reaping after (4.2.5's order). */
    private Object stopChecked(String name, ProcessRecord p, boolean wait) throws FaultException {
        requireRunning();
        return stopOne(name, p, wait, false);
    }

    private Object stopOne(String name, ProcessRecord p, boolean wait, boolean reapNow) throws FaultException {
        Decision decision = daemon.supervision().stop(p, daemon.now());
        refuseIfNotAccepted(decision, name);
        daemon.perform(decision.effects());
        if (wait) {
            stoppedYet(p);  // "waiting for x to stop" comes before the exit is reaped, as in 4.2.5
        }
        if (reapNow) {
            daemon.reap();  // a child that died at once is stopped now
        }
        if (!wait || p.state().isStopped()) {
            return Boolean.TRUE;
        }
        return (Deferred) () -> stoppedYet(p);
    }

    /** Until the process is down: "waiting for x to stop" every two seconds, as the reference. */
    private Optional<Object> stoppedYet(ProcessRecord p) {
        daemon.supervision().stopReport(p, daemon.now()).ifPresent(line -> daemon.perform(List.of(line)));
        return p.state().isStopped() ? Optional.of(Boolean.TRUE) : Optional.empty();
    }

    // ---- signal ---------------------------------------------------------------------------------

    private Object signalProcess(Object name, Object signal) throws FaultException {
        requireRunning();
        Target target = target(name);
        if (target.process() == null) {
            return signalGroup(target.group(), signal);
        }
        return signalOne((String) name, target.process(), signal);
    }

    /** The reference looks the group up before it checks the mood. */
    private Object signalProcessGroup(Object name, Object signal) throws FaultException {
        Optional<ProcessGroup> group = group(name);
        requireRunning();
        return signalGroup(group.orElseThrow(() -> badName(name)), signal);
    }

    private Object signalGroup(ProcessGroup group, Object signal) throws FaultException {
        requireRunning();
        Object results = signalEach(group.processes(), signal);
        requireRunning();
        return results;
    }

    /** The reference checks the mood only after signalling (each signal refuses while stopping, though). */
    private Object signalAll(Object signal) throws FaultException {
        Object results = signalEach(daemon.supervision().allProcesses(), signal);
        requireRunning();
        return results;
    }

    private Object signalEach(List<ProcessRecord> processes, Object signal) {
        return new GroupCall(processes, SIGNALLABLE, (n, p) -> signalChecked(n, p, signal)).poll().orElseThrow();
    }

    private Object signalChecked(String name, ProcessRecord p, Object signal) throws FaultException {
        requireRunning();
        return signalOne(name, p, signal);
    }

    private Object signalOne(String name, ProcessRecord p, Object signal) throws FaultException {
        int number = signalNumber(signal);
        Decision decision = daemon.supervision().signal(p, number, daemon.now());
        refuseIfNotAccepted(decision, name);
        daemon.perform(decision.effects());
        return Boolean.TRUE;
    }

    /** A name ("TERM", "SIGTERM", " term ") or a number, as the reference's signal_number takes them. */
    private static int signalNumber(Object signal) throws FaultException {
        if (signal instanceof String text) {
            try {
                return Converters.signalNumber(text);
            } catch (ValueException e) {
                throw fault(Fault.BAD_SIGNAL, text);
            }
        }
        long number;
        if (signal instanceof Boolean b) {
            number = b ? 1 : 0;
        } else if (signal instanceof Integer || signal instanceof Long) {
            number = ((Number) signal).longValue();
        } else if (signal instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            number = d.longValue();     // int() truncates
        } else {
            throw PyValues.noAttribute(signal, "strip");
        }
        if (number < 0 || number > Integer.MAX_VALUE || !Signals.isAccepted((int) number)) {
            throw fault(Fault.BAD_SIGNAL, PyValues.str(signal));
        }
        return (int) number;
    }

    // ---- stdin and restart ----------------------------------------------------------------------

    private Object sendProcessStdin(Object name, Object chars) throws FaultException {
        requireRunning();
        if (!(chars instanceof String text)) {
            throw fault(Fault.INCORRECT_PARAMETERS, chars == null ? null : PyValues.str(chars));
        }
        Target target = target(name);
        ProcessRecord p = target.process();
        if (p == null) {
            throw badName(name);
        }
        if (p.pid() == 0 || p.isKilling()) {
            throw fault(Fault.NOT_RUNNING, (String) name);
        }
        if (!daemon.writeStdin(p, text.getBytes(StandardCharsets.UTF_8))) {
            throw fault(Fault.NO_FILE, (String) name);
        }
        return Boolean.TRUE;
    }

    private Object restart() throws FaultException {
        requireRunning();
        daemon.requestRestart();
        return Boolean.TRUE;
    }

    // ---- names, faults --------------------------------------------------------------------------

    /** A namespec's group, and its process (null for "g:" and "g:*"). */
    private record Target(ProcessGroup group, ProcessRecord process) {}

    private Target target(Object name) throws FaultException {
        if (!(name instanceof String text)) {
            throw PyValues.noAttribute(name, "split");     // the reference's split_namespec: HTTP 500
        }
        Namespec spec = Namespec.parse(text);
        ProcessGroup group = daemon.supervision().group(spec.group()).orElseThrow(() -> badName(name));
        if (spec.isWholeGroup()) {
            return new Target(group, null);
        }
        return new Target(group, group.process(spec.process()).orElseThrow(() -> badName(name)));
    }

    /** A group by its exact name; the reference's dict lookup fails on unhashable values (TypeError). */
    private Optional<ProcessGroup> group(Object name) throws FaultException {
        if (name instanceof List<?> || name instanceof Map<?, ?> || name instanceof XmlRpcDateTime) {
            throw fault(Fault.INCORRECT_PARAMETERS, null);
        }
        return name instanceof String text ? daemon.supervision().group(text) : Optional.empty();
    }

    private void requireRunning() throws FaultException {
        if (daemon.isShuttingDown()) {
            throw fault(Fault.SHUTDOWN_STATE, null);
        }
    }

    private static void refuseIfNotAccepted(Decision decision, String name) throws FaultException {
        switch (decision.results().get(0).outcome()) {
            case ALREADY_STARTED -> throw fault(Fault.ALREADY_STARTED, name);
            case UNKNOWN_STATE -> throw fault(Fault.FAILED, Messages.unknownProcessState(name));
            case NOT_RUNNING -> throw fault(Fault.NOT_RUNNING, name);
            default -> { }
        }
    }

    private static FaultException badName(Object name) {
        return fault(Fault.BAD_NAME, name == null ? null : PyValues.str(name));
    }

    /** "NAME: detail" whenever a detail is given, even an empty one, as the reference's RPCError. */
    static FaultException fault(Fault fault, String detail) {
        return new FaultException(fault.code(), detail == null ? fault.name() : fault.name() + ": " + detail);
    }
}
