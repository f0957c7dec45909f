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
        private final String detail;
        private final boolean crash;

        public Unavailable(String message) {
            this(message, message, false);
        }

        /**
         * @param detail the loader's text as it is (reloadConfig's CANT_REREAD shows it whole)
         * @param crash an error the reference does not catch (reloadConfig then fails with 500)
         */
        public Unavailable(String message, String detail, boolean crash) {
            super(message);
            this.detail = detail;
            this.crash = crash;
        }

        public String detail() {
            return detail;
        }

        public boolean crash() {
            return crash;
        }
    }
}
