/**
 * The daemon shell: the one thread that owns every process, and the startup around it.
 *
 * <h2>Pieces</h2>
 * <ul>
 * <li>{@link dev.jsupervisor.daemon.loop.Daemon} runs configurations until an exit request;
 *     each life (first start, or a SIGHUP restart in the same JVM and pid) is a {@code DaemonRun}:
 *     privilege drop, rlimits (first start only), main log, AUTO cleanup, groups and their AUTO
 *     files, [HTTP servers: next issue], signal handlers, the daemon-mode steps, the pidfile, then
 *     the {@code EventLoop}.</li>
 * <li>{@code EventLoop}: one Selector; a pass is poll (at most 1 s, less when a process deadline
 *     from {@link dev.jsupervisor.daemon.process.Deadlines} is nearer; never while idle more often
 *     than once a second), read child pipes, {@code transitionAll}, reap with waitpid(-1) (orphans
 *     included), one queued signal -- the reference's runforever order (it handles the signal after
 *     reaping, so at DEBG "received SIGCHLD" follows the exit lines it caused).</li>
 * <li>{@code EffectRunner} performs the core's effects; {@code SpawnAction} does a spawn in the
 *     reference's order (resolve, pipes and log files, spawn); {@code ChildOutput} is one spawn's
 *     pipes and log channels, read to EOF even after the child was reaped.</li>
 * <li>{@code SignalQueue}: the JVM's signal threads only queue the number (deduplicated) and wake
 *     the Selector; {@code SignalHandling} acts on one per pass.</li>
 * <li>{@link dev.jsupervisor.daemon.loop.Daemonizer} and {@link dev.jsupervisor.daemon.loop.DaemonChild}:
 *     daemon mode without fork -- a second JVM in a new session, READY over a pipe on fd 3.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>SIGHUP reads the configuration first; a configuration that does not load is logged (CRIT)
 *     and nothing is stopped (the reference stops everything, then exits).</li>
 * <li>SIGQUIT cannot be caught on HotSpot (thread dump), so it does not stop the daemon.</li>
 * <li>A second supervisord on the same files is refused by the reference only through its unix
 *     socket bind; that arrives with the HTTP servers.</li>
 * </ul>
 */
package dev.jsupervisor.daemon.loop;
