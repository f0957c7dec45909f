package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * reloadConfig, addProcessGroup, removeProcessGroup and getAllConfigInfo (spec 4.5). Like the
 * reference, the daemon keeps two sets of group configurations: the active groups, and the
 * groups of the configuration read last (at start, then by each reloadConfig). reloadConfig
 * compares the two and changes nothing; addProcessGroup activates a group of the last read
 * configuration; getAllConfigInfo describes the last read configuration.
 */
final class ConfigMethods {
    private static final String NS = "supervisor.";

    private final DaemonControl daemon;
    /** The groups of the configuration read last, in its (priority, name) order. */
    private List<GroupConfig> lastRead;
    /** Active group names in the order they were activated (reloadConfig's "removed" order). */
    private final List<String> activationOrder = new ArrayList<>();

    ConfigMethods(DaemonControl daemon) {
        this.daemon = daemon;
        this.lastRead = daemon.supervision().groups().stream().map(ProcessGroup::config).toList();
        lastRead.forEach(g -> activationOrder.add(g.name()));
    }

    List<RpcMethod> methods() {
        return List.of(
                RpcMethod.of(NS + "reloadConfig", 0, a -> reloadConfig()),
                RpcMethod.of(NS + "addProcessGroup", 1, a -> addProcessGroup(a.get(0))),
                RpcMethod.of(NS + "removeProcessGroup", 1, a -> removeProcessGroup(a.get(0))),
                RpcMethod.of(NS + "getAllConfigInfo", 0, a -> allConfigInfo()));
    }

    private void requireRunning() throws FaultException {
        if (daemon.isShuttingDown()) {
            throw SupervisorMethods.fault(Fault.SHUTDOWN_STATE, null);
        }
    }

    private Object reloadConfig() throws FaultException {
        requireRunning();
        try {
            lastRead = List.copyOf(daemon.configs().reread().groups());
        } catch (ConfigControl.RereadFailure e) {
            if (e.crash()) {
                throw new RpcInternalError(e.getMessage());
            }
            throw SupervisorMethods.fault(Fault.CANT_REREAD, e.getMessage());
        }
        return GroupDiff.of(lastRead, activeInActivationOrder()).asReply();
    }

    private List<GroupConfig> activeInActivationOrder() {
        List<GroupConfig> active = new ArrayList<>();
        for (String name : activationOrder) {
            daemon.supervision().group(name).ifPresent(g -> active.add(g.config()));
        }
        return active;
    }

    /** The name is compared with str's equality: a non-string matches no group (BAD_NAME). */
    private Object addProcessGroup(Object name) throws FaultException {
        requireRunning();
        for (GroupConfig config : lastRead) {
            if (config.name().equals(name)) {
                if (daemon.supervision().group(config.name()).isPresent()) {
                    throw SupervisorMethods.fault(Fault.ALREADY_ADDED, config.name());
                }
                activate(config);
                return Boolean.TRUE;
            }
        }
        throw SupervisorMethods.fault(Fault.BAD_NAME, String.valueOf(name));
    }

    private void activate(GroupConfig config) {
        try {
            daemon.configs().activate(config);
        } catch (IOException e) {
            // The reference cannot create the AUTO log files either and fails the call (500).
            throw new RpcInternalError("cannot activate " + config.name() + ": " + e.getMessage());
        }
        activationOrder.remove(config.name());
        activationOrder.add(config.name());
    }

    private Object removeProcessGroup(Object name) throws FaultException {
        requireRunning();
        Optional<ProcessGroup> group = name instanceof String s ? daemon.supervision().group(s) : Optional.empty();
        if (group.isEmpty()) {
            throw SupervisorMethods.fault(Fault.BAD_NAME, String.valueOf(name));
        }
        if (!daemon.supervision().removeGroup(group.get().name())) {
            throw SupervisorMethods.fault(Fault.STILL_RUNNING, group.get().name());
        }
        daemon.configs().deactivate(group.get().config());
        activationOrder.remove(group.get().name());
        return Boolean.TRUE;
    }

    /** One struct per process of the last read configuration, sorted by process name only (stable). */
    private Object allConfigInfo() throws FaultException {
        requireRunning();
        List<Map<String, Object>> infos = new ArrayList<>();
        for (GroupConfig group : lastRead) {
            Optional<ProcessGroup> active = daemon.supervision().group(group.name());
            // Only a group activated from this very configuration has its AUTO files.
            Optional<ProcessGroup> fromThisConfig = active.filter(g -> g.config() == group);
            for (ProcessConfig p : group.processes()) {
                Optional<ProcessRecord> record = fromThisConfig.flatMap(g -> g.process(p.name()));
                infos.add(ConfigInfos.of(group, p, active.isPresent(),
                        record.flatMap(r -> daemon.logfile(r, false)), record.flatMap(r -> daemon.logfile(r, true))));
            }
        }
        infos.sort(Comparator.comparing(d -> (String) d.get("name")));
        return infos;
    }
}
