/**
 * The supervision core: what happens to each process, decided without doing anything.
 *
 * <p>Nothing here does I/O, starts a thread or reads a clock. The loop thread passes the time in
 * ({@link dev.jsupervisor.daemon.process.Now}: a monotonic clock for every duration, wall time only
 * for the start/stop times users see), and every call returns a list of
 * {@link dev.jsupervisor.daemon.process.Effect}s that the shell performs: spawn a child, send a
 * signal, write a log line, announce a state change (the PROCESS_STATE_* event).
 *
 * <h2>The table</h2>
 * {@link dev.jsupervisor.daemon.process.TransitionTable} lists the legal (state, trigger) cells,
 * one handler each, named after its cell ({@code onExitWhileStarting}); handlers live in
 * {@code StartCells}, {@code StopCells}, {@code ExitCells} and {@code TickCells}, shared moves in
 * {@code Moves}. Cells not listed throw {@link dev.jsupervisor.daemon.process.IllegalTransitionException}.
 * <pre>
 *            START      STOP   SIGNAL SPAWNED SPAWN_FAILED EXITED TICK GIVE_UP SIGNAL_FAILED
 * STOPPED    spawn      -      -      -       -            -      auto  -       -
 * STARTING   -          stop   send   pid     BACKOFF      *1     *2    -       *5
 * RUNNING    -          stop   send   -       -            *3     .     -       *5
 * BACKOFF    -          STOPPED -     -       -            -      *4    FATAL   -
 * STOPPING   warn       -      send   -       -            STOPPED SIGKILL -     *5
 * EXITED     spawn      -      -      -       -            -      autorestart -  -
 * FATAL      spawn      -      -      -       -            -      .     -       -
 * UNKNOWN    -          -      -      -       -            EXITED .     -       -
 * </pre>
 * *1 before startsecs: BACKOFF ("not expected" whatever the code); after: RUNNING then EXITED.
 * *2 strictly more than startsecs: RUNNING. *3 EXITED, expected iff the code is in exitcodes.
 * *4 retries used up: FATAL; else retry strictly after the delay (1 s, 2 s, 3 s ...).
 * *5 ESRCH is only logged; any other failure makes the process UNKNOWN.
 * "-" is an illegal cell; "." a legal one with nothing to do.
 *
 * <p>Requests that the reference refuses before its state machine (start of a started process,
 * stop of a stopped one) are screened by {@link dev.jsupervisor.daemon.process.Supervision} and come
 * back as {@link dev.jsupervisor.daemon.process.Decision.Outcome}s, so the table never sees them.
 *
 * <h2>How the loop drives it</h2>
 * <pre>
 * Supervision s = new Supervision(groupConfigs, now());
 * loop:
 *   if (s.isShuttingDown()) {                       // after beginShutdown() (SIGTERM, SIGHUP, RPC)
 *       ShutdownPass p = s.shutdownBeforePoll(now()); perform(p.effects());
 *       if (p.finished()) break;                     // exit or restart
 *   }
 *   select(&lt;= 1 s); serve I/O and RPCs (s.start/stop/signal..., perform their effects)
 *   perform(s.transitionAll(now()));
 *   for each reaped (pid, status): perform(s.reaped(pid, WaitStatus.fromRaw(status), now()));
 *   if (s.isShuttingDown()) s.shutdownAfterReap();
 * </pre>
 * {@code perform} runs effects in order. A {@code Spawn}'s result goes back at once through
 * {@code spawned}/{@code spawnFailed}, a failed {@code Signal} through {@code signalFailed}, and the
 * effects those return are performed before the rest of the list (this keeps the reference's log
 * order, and a STARTING process must have its pid before the next trigger reaches it).
 *
 * <h2>Decisions worth knowing</h2>
 * <ul>
 * <li>Autostart programs start on the first pass: {@link dev.jsupervisor.daemon.process.Timing#FIRST_AUTOSTART_DELAY_MILLIS}
 *     is 0, not the ~1 s that 4.2.5 waits (spec §12 item 1, an upstream bug fixed in 4.4.0.dev).</li>
 * <li>A process that exits as startsecs runs out may log {@code success:} and then {@code exited:}
 *     (spec §12 item 2): this follows from the loop calling transitionAll before reaping, as the
 *     reference does; the core only decides on what it is told, in the order it is told.</li>
 * <li>A failed spawn of an automatic retry is judged in the same pass (FATAL at once when the
 *     retries are used up), other failed spawns on the next tick: the reference's behaviour.</li>
 * <li>Durations use milliseconds of a monotonic clock, so no clock-rollback clamping is needed;
 *     "strictly more than startsecs" therefore means at least startsecs*1000+1 ms.</li>
 * <li>UNKNOWN then reaped: the reference fails an assertion; we treat it as an exit from RUNNING.</li>
 * <li>A stop of a BACKOFF process does not reset its retry count (nor does the reference), so a
 *     later manual start has fewer retries left.</li>
 * </ul>
 */
package dev.jsupervisor.daemon.process;
