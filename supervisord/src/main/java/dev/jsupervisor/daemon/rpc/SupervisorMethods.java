package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.LogAccess;
import dev.jsupervisor.daemon.log.LogAccessException;
import dev.jsupervisor.daemon.process.Namespec;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.SupervisorState;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The supervisor.* methods implemented so far. Each one refuses with SHUTDOWN_STATE while stopping. */
final class SupervisorMethods {
    private static final String NS = "supervisor.";

    private final DaemonControl daemon;
    private final ZoneId zone;
    private Encoded lastAll;
    private long lastAllVersion;
    private long lastAllSecond;

    SupervisorMethods(DaemonControl daemon, ZoneId zone) {
        this.daemon = daemon;
        this.zone = zone;
    }

    List<RpcMethod> methods() {
        return List.of(
                RpcMethod.of(NS + "getAPIVersion", 0, a -> running(Messages.API_VERSION)),
                RpcMethod.of(NS + "getVersion", 0, a -> running(Messages.API_VERSION)),
                RpcMethod.of(NS + "getSupervisorVersion", 0, a -> running(Messages.SUPERVISOR_VERSION)),
                RpcMethod.of(NS + "getIdentification", 0, a -> running(daemon.identifier())),
                RpcMethod.of(NS + "getState", 0, a -> running(state())),
                RpcMethod.of(NS + "getPID", 0, a -> running(daemon.pid())),
                RpcMethod.of(NS + "getAllProcessInfo", 0, a -> running(allProcessInfoReply())),
                RpcMethod.of(NS + "getProcessInfo", 1, a -> processInfo(Args.string(a, 0))),
                RpcMethod.of(NS + "readLog", 2, this::readLog),
                RpcMethod.of(NS + "readMainLog", 2, this::readLog),
                RpcMethod.of(NS + "shutdown", 0, a -> shutdown()));
    }

    /** The reference's _update(): every supervisor.* method starts by checking the mood. */
    private Object running(Object result) throws FaultException {
        requireRunning();
        return result;
    }

    private void requireRunning() throws FaultException {
        if (daemon.isShuttingDown()) {
            throw fault(Fault.SHUTDOWN_STATE, null);
        }
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("statecode", SupervisorState.RUNNING.code());
        state.put("statename", SupervisorState.RUNNING.name());
        return state;
    }

    /**
     * The answer only changes with the processes (Supervision.version()) and with the clock's
     * second (now, uptimes); between those, the same document is sent again instead of being
     * built anew -- monitoring tools poll this call, and 100 processes make 90 KB of XML.
     */
    private Encoded allProcessInfoReply() {
        long second = System.currentTimeMillis() / 1000;
        long version = daemon.supervision().version();
        if (lastAll == null || version != lastAllVersion || second != lastAllSecond) {
            lastAll = Encoded.of(allProcessInfo(second));
            lastAllVersion = version;
            lastAllSecond = second;
        }
        return lastAll;
    }

    private List<Object> allProcessInfo(long now) {
        List<ProcessRecord> all = new ArrayList<>(daemon.supervision().allProcesses());
        all.sort(Comparator.comparing(ProcessRecord::groupName).thenComparing(ProcessRecord::name));
        List<Object> infos = new ArrayList<>(all.size());
        for (ProcessRecord p : all) {
            infos.add(info(p, now));
        }
        return infos;
    }

    private Object processInfo(String name) throws FaultException {
        requireRunning();
        return info(find(name), System.currentTimeMillis() / 1000);
    }

    private Map<String, Object> info(ProcessRecord p, long now) {
        return ProcessInfos.of(p, daemon.logfile(p, false).orElse(""), daemon.logfile(p, true).orElse(""), now, zone);
    }

    /** A single process by namespec; group forms ("g:*", "g:") and unknown names are BAD_NAME. */
    private ProcessRecord find(String name) throws FaultException {
        Namespec spec = Namespec.parse(name);
        Optional<ProcessGroup> group = daemon.supervision().group(spec.group());
        Optional<ProcessRecord> process = spec.isWholeGroup() ? Optional.empty()
                : group.flatMap(g -> g.process(spec.process()));
        if (process.isEmpty()) {
            throw fault(Fault.BAD_NAME, name);
        }
        return process.get();
    }

    private Object readLog(List<Object> args) throws FaultException {
        requireRunning();
        long offset = Args.integer(args, 0);
        long length = Args.integer(args, 1);
        Optional<Path> file = daemon.mainLog().file();
        if (file.isEmpty() || !Files.exists(file.get())) {
            throw fault(Fault.NO_FILE, daemon.mainLogName());
        }
        try {
            return utf8(LogAccess.readFile(file.get(), offset, length));
        } catch (LogAccessException e) {
            throw fault(Fault.valueOf(e.fault().name()), null);
        }
    }

    /** The reference decodes strictly; a slice that cuts a character makes it raise (500). */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RpcInternalError("log slice is not UTF-8");
        }
    }

    private Object shutdown() throws FaultException {
        requireRunning();
        daemon.requestShutdown();
        return Boolean.TRUE;
    }

    static FaultException fault(Fault fault, String detail) {
        return new FaultException(fault.code(), fault.faultString(detail));
    }
}
