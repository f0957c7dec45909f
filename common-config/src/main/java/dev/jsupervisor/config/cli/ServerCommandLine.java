package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.PathContext;
import java.util.List;

/** supervisord's options (getopt rules, the reference's error texts). */
public final class ServerCommandLine {
    private ServerCommandLine() {}

    public static ServerArgs parse(List<String> args, PathContext paths) throws UsageException {
        throw new UnsupportedOperationException("stub");
    }
}
