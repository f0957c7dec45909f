package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.LogAccess;
import dev.jsupervisor.daemon.log.LogAccessException;
import dev.jsupervisor.daemon.process.Namespec;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process-log methods (spec 6.4 and 9.3): read, tail and clear a process's logs, clear them
 * all, clear the main log; and sendRemoteCommEvent. Offsets and lengths are converted only after
 * the name and the file were checked, in the reference's order, so a bad number for a process
 * without a file still gets the file's answer.
 */
final class LogMethods {
    private static final String NS = "supervisor.";

    private final DaemonControl daemon;

    LogMethods(DaemonControl daemon) {
        this.daemon = daemon;
    }

    List<RpcMethod> methods() {
        return List.of(
                RpcMethod.of(NS + "readProcessStdoutLog", 3, a -> read(a, false)),
                RpcMethod.of(NS + "readProcessLog", 3, a -> read(a, false)),
                RpcMethod.of(NS + "readProcessStderrLog", 3, a -> read(a, true)),
                RpcMethod.of(NS + "tailProcessStdoutLog", 3, a -> tail(a, false)),
                RpcMethod.of(NS + "tailProcessLog", 3, a -> tail(a, false)),
                RpcMethod.of(NS + "tailProcessStderrLog", 3, a -> tail(a, true)),
                RpcMethod.of(NS + "clearProcessLogs", 1, a -> clearProcessLogs(a.get(0))),
                RpcMethod.of(NS + "clearProcessLog", 1, a -> clearProcessLogs(a.get(0))),
                RpcMethod.of(NS + "clearAllProcessLogs", 0, a -> clearAllProcessLogs()),
                RpcMethod.of(NS + "clearLog", 0, a -> clearLog()),
                RpcMethod.of(NS + "sendRemoteCommEvent", 2, a -> remoteCommEvent(a.get(0), a.get(1))));
    }

    private void requireRunning() throws FaultException {
        if (daemon.isShuttingDown()) {
            throw SupervisorMethods.fault(Fault.SHUTDOWN_STATE, null);
        }
    }

    private Object read(List<Object> args, boolean stderr) throws FaultException {
        requireRunning();
        ProcessRecord process = find(args.get(0));
        Optional<String> logfile = daemon.logfile(process, stderr);
        if (logfile.isEmpty() || !Files.exists(Path.of(logfile.get()))) {
            throw SupervisorMethods.fault(Fault.NO_FILE, logfile.orElse(null));
        }
        long offset = Args.integer(args, 1);
        long length = Args.integer(args, 2);
        try {
            return SupervisorMethods.utf8(LogAccess.readFile(Path.of(logfile.get()), offset, length));
        } catch (LogAccessException e) {
            throw SupervisorMethods.fault(Fault.valueOf(e.fault().name()), null);
        }
    }

    /** [bytes, next offset, overflow]; a process without a log file gives ['', 0, False]. */
    private Object tail(List<Object> args, boolean stderr) throws FaultException {
        requireRunning();
        ProcessRecord process = find(args.get(0));
        Optional<String> logfile = daemon.logfile(process, stderr);
        if (logfile.isEmpty() || !Files.exists(Path.of(logfile.get()))) {
            return List.of("", 0, false);
        }
        LogAccess.Tail tail = LogAccess.tailFile(Path.of(logfile.get()), Args.integer(args, 1), Args.integer(args, 2));
        return List.of(SupervisorMethods.utf8(tail.data()), tail.offset(), tail.overflow());
    }

    private Object clearProcessLogs(Object name) throws FaultException {
        requireRunning();
        clear(find(name));
        return Boolean.TRUE;
    }

    private void clear(ProcessRecord process) throws FaultException {
        try {
            daemon.configs().clearLogs(process);
        } catch (IOException e) {
            throw SupervisorMethods.fault(Fault.FAILED, process.namespec());
        }
    }

    /** One result per process in priority order; a failure is reported in its struct, not raised. */
    private Object clearAllProcessLogs() throws FaultException {
        requireRunning();
        List<Object> results = new ArrayList<>();
        for (ProcessRecord p : daemon.supervision().allProcesses()) {
            try {
                clear(p);
                results.add(result(p, Fault.SUCCESS.code(), "OK"));
            } catch (FaultException f) {
                results.add(result(p, f.code(), f.faultString()));
            }
        }
        return results;
    }

    private static Map<String, Object> result(ProcessRecord p, int status, String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", p.name());
        r.put("group", p.groupName());
        r.put("status", status);
        r.put("description", description);
        return r;
    }

    /** NO_FILE and FAILED carry no detail here, unlike readLog's. */
    private Object clearLog() throws FaultException {
        requireRunning();
        try {
            daemon.mainLog().clear();
        } catch (LogAccessException e) {
            throw SupervisorMethods.fault(Fault.valueOf(e.fault().name()), null);
        }
        return Boolean.TRUE;
    }

    /** Never refused, not even while shutting down; any two values are accepted, as in the reference. */
    private Object remoteCommEvent(Object type, Object data) {
        daemon.configs().remoteCommunication(type, data);
        return Boolean.TRUE;
    }

    /** A single process by namespec; group forms and unknown names (and non-strings) are BAD_NAME. */
    private ProcessRecord find(Object name) throws FaultException {
        String text = Args.string(List.of(name), 0);
        Namespec spec = Namespec.parse(text);
        Optional<ProcessGroup> group = daemon.supervision().group(spec.group());
        Optional<ProcessRecord> process = spec.isWholeGroup() ? Optional.empty()
                : group.flatMap(g -> g.process(spec.process()));
        return process.orElseThrow(() -> SupervisorMethods.fault(Fault.BAD_NAME, text));
    }
}
