package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ServerConfig;

/**
 * Reads the configuration again for a SIGHUP restart: the same command line, the same original
 * environment, the file as it is now.
 */
@FunctionalInterface
public interface ConfigSource {
    ServerConfig load() throws Unavailable;

    /** The configuration cannot be loaded; the message is one line, fit for the activity log. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }
}
