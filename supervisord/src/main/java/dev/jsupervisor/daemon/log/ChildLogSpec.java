package dev.jsupervisor.daemon.log;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.value.LogfileName;
import java.nio.file.Path;

/**
 * Everything one child output channel needs to know. {@code logfile} is null for NONE (and for
 * syslog-only); an AUTO name must already have been turned into a file by {@link AutoChildLogs}.
 */
public record ChildLogSpec(
        String processName,
        OutputChannel channel,
        Path logfile,
        long maxBytes,
        int backups,
        boolean syslog,
        long captureMaxBytes,
        boolean stripAnsi) {

    /** stdout or stderr, with the spelling used in file names and log lines. */
    public enum OutputChannel {
        STDOUT("stdout"), STDERR("stderr");

        private final String label;

        OutputChannel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * From the parsed channel options. {@code autoFile} is the file allocated for AUTO (ignored
     * otherwise); the deprecated "logfile=syslog" counts as syslog without a file.
     */
    public static ChildLogSpec from(String processName, OutputChannel channel, LogChannelConfig config,
            Path autoFile, boolean stripAnsi) {
        LogfileName name = config.logfile();
        Path file = switch (name.kind()) {
            case PATH -> Path.of(name.path());
            case AUTO -> requireAuto(autoFile);
            case NONE, SYSLOG -> null;
        };
        boolean syslog = config.syslog() || name.kind() == LogfileName.Kind.SYSLOG;
        return new ChildLogSpec(processName, channel, file, config.logfileMaxbytes(), config.logfileBackups(),
                syslog, config.captureMaxbytes(), stripAnsi);
    }

    private static Path requireAuto(Path autoFile) {
        if (autoFile == null) {
            throw new IllegalArgumentException("AUTO child log without an allocated file");
        }
        return autoFile;
    }
}
