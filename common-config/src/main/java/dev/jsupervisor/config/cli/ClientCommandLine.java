package dev.jsupervisor.config.cli;

import java.util.List;

/** supervisorctl's options (getopt rules, the reference's error texts). */
public final class ClientCommandLine {
    private ClientCommandLine() {}

    public static ClientArgs parse(List<String> args) throws UsageException {
        throw new UnsupportedOperationException("stub");
    }
}
