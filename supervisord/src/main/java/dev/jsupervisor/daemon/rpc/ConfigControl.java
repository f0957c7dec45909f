package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.io.IOException;

/**
 * What reloadConfig, add/removeProcessGroup, clearProcessLogs and sendRemoteCommEvent need of the
 * running daemon beyond {@link DaemonControl}. Implemented by the loop, called on the loop thread.
 */
public interface ConfigControl {
    /** The configuration file read again, with the command line and environment of the start. */
    ServerConfig reread() throws RereadFailure;

    /** Makes a group active (its AUTO log files are created now); autostart programs start on a later pass. */
    void activate(GroupConfig group) throws IOException;

    /** Forgets what {@link #activate} set up for a group the supervision has just removed. */
    void deactivate(GroupConfig group);

    /**
     * Empties and reopens the log files of the process's current spawn. Like the reference, a
     * process without a live spawn (never started, or reaped) has nothing open and nothing is done.
     */
    void clearLogs(ProcessRecord process) throws IOException;

    /**
     * sendRemoteCommEvent: a REMOTE_COMMUNICATION event with this type header and body. The hook
     * for event delivery (issue 5); until listeners exist the event reaches nobody. The values are
     * as the client sent them, of any XML-RPC type: the reference accepts anything and renders
     * the payload {@code type:<type>\n<data>} with Python's str() of each.
     */
    void remoteCommunication(Object type, Object data);

    /** A configuration that does not load; the text is the reference's CANT_REREAD detail. */
    final class RereadFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean crash;

        /** @param crash the reference does not catch this error: the call ends in HTTP 500 */
        public RereadFailure(String message, boolean crash) {
            super(message, null, false, false);
            this.crash = crash;
        }

        public boolean crash() {
            return crash;
        }
    }

    /** For daemons (tests) that offer none of this: every call fails as the reference's would not. */
    ConfigControl NONE = new ConfigControl() {
        @Override
        public ServerConfig reread() throws RereadFailure {
            throw new RereadFailure("no configuration file", true);
        }

        @Override
        public void activate(GroupConfig group) throws IOException {
            throw new IOException("groups cannot be added here");
        }

        @Override
        public void deactivate(GroupConfig group) {
        }

        @Override
        public void clearLogs(ProcessRecord process) {
        }

        @Override
        public void remoteCommunication(Object type, Object data) {
        }
    };
}
