package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.daemon.fcgi.FcgiSocketException;
import dev.jsupervisor.daemon.fcgi.FcgiSockets;
import dev.jsupervisor.daemon.events.EventHub;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.rpc.ConfigControl;
import dev.jsupervisor.daemon.rpc.PyValues;
import java.io.IOException;

/**
 * The loop's side of reloadConfig, add/removeProcessGroup, clearProcessLogs and
 * sendRemoteCommEvent. Rereading uses the SIGHUP path (same command line and environment, the
 * file as it is now); activating a group creates its AUTO log files with the identifier and
 * child log directory of this run.
 */
final class LoopConfigControl implements ConfigControl {
    private final SupervisordConfig settings;
    private final Supervision supervision;
    private final AutoLogFiles autoLogs;
    private final ConfigSource reload;
    private final FcgiSockets sockets;
    private EffectRunner effects;
    private EventHub events;

    LoopConfigControl(ServerConfig config, Supervision supervision, AutoLogFiles autoLogs, ConfigSource reload,
            FcgiSockets sockets) {
        this.settings = config.supervisord();
        this.supervision = supervision;
        this.autoLogs = autoLogs;
        this.reload = reload;
        this.sockets = sockets;
    }

    /** The effect runner exists only once the loop does; no request is read before that. */
    void attach(EffectRunner effectRunner) {
        this.effects = effectRunner;
    }

    /** The run's event bus: group and remote-communication events go there. */
    void attachEvents(EventHub hub) {
        this.events = hub;
    }

    @Override
    public ServerConfig reread() throws RereadFailure {
        try {
            return reload.load();
        } catch (ConfigSource.Unavailable e) {
            throw new RereadFailure(e.detail(), e.crash());
        }
    }

    @Override
    public void activate(GroupConfig group) throws IOException {
        ProcessGroup added = supervision.addGroup(group);
        try {
            autoLogs.add(added.processes(), settings.childlogdir(), settings.identifier());
            // Like the reference's group creation: the fcgi socket opens and closes once; if it
            // cannot, the group is not added and the call fails (HTTP 500 in the reference too).
            sockets.groupActivated(group);
        } catch (IOException | FcgiSocketException e) {
            supervision.removeGroup(group.name());
            added.processes().forEach(autoLogs::forget);
            throw e instanceof IOException io ? io : new IOException(e.getMessage());
        }
        if (events != null) {
            events.groupAdded(added);
        }
    }

    @Override
    public void deactivate(GroupConfig group) {
        // The records are gone from the supervision; only our bookkeeping of their files remains.
        autoLogs.forgetGroup(group.name());
        sockets.groupRemoved(group.name());
        if (events != null) {
            events.groupRemoved(group.name());
        }
    }

    @Override
    public void clearLogs(ProcessRecord process) throws IOException {
        ChildOutput output = process.pid() == 0 || effects == null ? null : effects.outputOf(process.pid());
        if (output != null) {
            output.clearLogs();
        }
    }

    @Override
    public void remoteCommunication(Object type, Object data) {
        if (events != null) {
            events.remoteCommunication(PyValues.str(type), PyValues.str(data));
        }
    }
}
