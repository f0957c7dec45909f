package dev.jsupervisor.daemon.os;

import dev.jsupervisor.config.model.ProcessConfig;

/**
 * Pure-Java preparation of a spawn: resolve the command (spawnerr on failure, no child) and
 * assemble the SpawnSpec for given child-side fds. Pipes are made by the caller after a
 * successful resolve, in the reference's order (resolve, then pipes, then fork).
 */
public final class SpawnPreparer {
    private final CommandResolver resolver;
    private final ChildEnvironment environment;

    public SpawnPreparer(CommandResolver resolver, ChildEnvironment environment) {
        this.resolver = resolver;
        this.environment = environment;
    }

    /** Step 2 of the spawn: the command, or BadCommandException carrying the spawnerr text. */
    public CommandResolver.Resolved resolve(ProcessConfig process) throws BadCommandException {
        return resolver.resolve(process.command(), process.environment());
    }

    /** The spec for a resolved command whose child ends are the given pipes. */
    public SpawnSpec spec(ProcessConfig process, String groupName, CommandResolver.Resolved command,
            ChildPipes pipes) {
        return new SpawnSpec(command.filename(), command.argv(),
                ChildEnvironment.envp(environment.build(process, groupName)),
                process.directory(), process.umask(), process.uid(),
                pipes.childStdinFd(), pipes.childStdoutFd(), pipes.childStderrFd());
    }
}
