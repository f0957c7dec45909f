package dev.jsupervisor.daemon.os;

import java.util.List;

/**
 * Everything needed to start one child, resolved in Java before any native call.
 *
 * @param path    the file to execute, as CommandResolver found it (absolute or relative to our cwd)
 * @param argv    the argument vector; argv[0] is the command's first word, not necessarily path
 * @param env     "KEY=value" strings, the complete environment of the child (ChildEnvironment)
 * @param cwd     directory= (null: inherit supervisord's)
 * @param umask   umask= (null: inherit supervisord's)
 * @param uid     user= (null: keep supervisord's user); the child looks up the user's primary
 *                group and supplementary groups itself, as the reference's child does, so that
 *                NSS sources and the failure texts behave the same
 * @param stdinFd  fd in this process that becomes the child's fd 0
 * @param stdoutFd fd that becomes the child's fd 1
 * @param stderrFd fd that becomes the child's fd 2 (the stdout fd when redirect_stderr)
 */
public record SpawnSpec(String path, List<String> argv, List<String> env, String cwd, Integer umask,
        Integer uid, int stdinFd, int stdoutFd, int stderrFd) {

    public SpawnSpec {
        argv = List.copyOf(argv);
        env = List.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must not be empty");
        }
    }

    /** Whether a child-side step is needed that posix_spawn alone cannot do faithfully. */
    public boolean needsChildSteps() {
        return cwd != null || umask != null || uid != null;
    }

    /** The same spec with other fds (used by tests and by ChildPipes). */
    public SpawnSpec withFds(int in, int out, int err) {
        return new SpawnSpec(path, argv, env, cwd, umask, uid, in, out, err);
    }
}
