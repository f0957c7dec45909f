package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.Reaped;
import dev.jsupervisor.daemon.process.Deadlines;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.ProcessGroup;
import dev.jsupervisor.daemon.process.ShutdownPass;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.server.Selectable;
import dev.jsupervisor.daemon.server.TailPoller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The single thread that owns every process: one pass is poll (at most 1 s while a process is in
 * transit or the daemon stops, less when a process deadline is nearer, and no periodic wake-up at
 * all when nothing can change), read child output, transition every group, reap, handle one signal -- the
 * reference's order. Shutdown and restart run through the same passes until every process is
 * stopped. Signal handlers and other threads never touch this state; they queue a message and
 * wake the Selector.
 */
final class EventLoop {
    static final long MAX_POLL_MILLIS = 1_000;
    /**
     * With no process in transit (STARTING, BACKOFF, STOPPING), no shutdown under way and nothing
     * reaped in the last pass, no tick can change anything: the loop sleeps until a pipe, a socket
     * or a signal (SIGCHLD included) wakes it. The reference wakes every second regardless; this
     * cap only bounds the sleep.
     */
    static final long IDLE_POLL_MILLIS = 60_000;
    /** The reference reads up to 128 KiB from a child pipe at a time. */
    private static final int READ_CHUNK = 128 * 1024;

    private final Selector selector;
    private final SignalQueue signals;
    private final Supervision supervision;
    private final EffectRunner effects;
    private final NativeOs os;
    private final SignalHandling signalHandling;
    /** Runs after every pass: the HTTP servers poll the replies parked by calls that wait. */
    private Runnable afterEachPass = () -> { };
    /** Runs once, in the first pass that finds the shutdown begun (SUPERVISOR_STATE_CHANGE_STOPPING). */
    private Runnable onShutdownBegin = () -> { };
    private boolean shutdownAnnounced;
    /** Another reason to wake up (a subscribed TICK): milliseconds from now, Long.MAX_VALUE for none. */
    private LongSupplier extraWakeMillis = () -> Long.MAX_VALUE;
    /** Runs after each group's share of a transition pass (a listener pool dispatches there). */
    private Consumer<ProcessGroup> afterGroup = group -> { };
    /** Direct, so a pipe read lands where the log file write takes it from, with no copy. */
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(READ_CHUNK);
    /** {@link Supervision#version()} when the processes were last transitioned. */
    private long seenVersion = -1;
    /** The earliest process deadline then (monotonic ms), Long.MAX_VALUE when none. */
    private long nextDueMillis = Long.MAX_VALUE;
    /** Whether a process was STARTING, BACKOFF or STOPPING then. */
    private boolean inTransit;
    /** Monotonic ms of the last transition of all processes. */
    private long lastTransitionMillis;
    private TailPoller tails;

    EventLoop(Selector selector, SignalQueue signals, Supervision supervision, EffectRunner effects, NativeOs os,
            MainLog mainLog, ConfigSource reload) {
        this.selector = selector;
        this.signals = signals;
        this.supervision = supervision;
        this.effects = effects;
        this.os = os;
        this.signalHandling = new SignalHandling(supervision, effects, mainLog, reload);
    }

    SignalHandling signalHandling() {
        return signalHandling;
    }

    /** Open /logtail streams are checked for new bytes after each pass, and cap the sleep. */
    void followLogTails(TailPoller poller) {
        this.tails = poller;
    }

    /** Run after every pass: parked replies look again at what they wait for. */
    void afterEachPass(Runnable hook) {
        this.afterEachPass = hook;
    }

    /** Run once when the shutdown (or restart) is first seen, before its first pass. */
    void onShutdownBegin(Runnable hook) {
        this.onShutdownBegin = hook;
    }

    /** Run after each group's share of a transition pass, in group order. */
    void afterEachGroup(Consumer<ProcessGroup> hook) {
        this.afterGroup = hook;
    }

    /** Cap every sleep by this many milliseconds (asked before each poll). */
    void wakeFor(LongSupplier millisUntil) {
        this.extraWakeMillis = millisUntil;
    }

    /** Runs until everything is stopped after an exit or restart request; null means exit. */
    ServerConfig run() {
        boolean firstPass = true;
        boolean reapedLastPass = false;     // an exit's consequences (autorestart) need a pass at once
        while (true) {
            if (supervision.isShuttingDown()) {
                if (!shutdownAnnounced) {
                    shutdownAnnounced = true;
                    onShutdownBegin.run();
                }
                ShutdownPass pass = supervision.shutdownBeforePoll(LoopClock.now());
                effects.perform(pass.effects());
                if (pass.finished()) {
                    closeOutputs();
                    return signalHandling.restartConfig();
                }
            }
            poll(firstPass || reapedLastPass ? 0 : timeoutMillis());
            firstPass = false;
            readReadyPipes();
            transitionIfDue();
            reapedLastPass = reapAll();
            if (tails != null) {
                tails.pollDue();
            }
            boolean wasStopping = supervision.isShuttingDown();
            signals.poll().ifPresent(signalHandling::handle);
            if (wasStopping) {
                supervision.shutdownAfterReap();
            }
            afterEachPass.run();
        }
    }

    /**
     * The reference transitions every process on every pass. Here a pass that cannot change
     * anything -- no change since the last transition (see {@link Supervision#version()}), no
     * deadline due, no shutdown under way, and while a process is in transit, less than the 1 s
     * the loop would otherwise sleep (past deadlines are not in {@link Deadlines#next}) --
     * skips the walk over all processes, so that a pass
     * woken by an HTTP request or child output costs the same with 5 processes or 500.
     */
    private void transitionIfDue() {
        long now = LoopClock.now().monotonicMillis();
        boolean due = supervision.version() != seenVersion || now >= nextDueMillis || supervision.isShuttingDown()
                || (inTransit && now - lastTransitionMillis >= MAX_POLL_MILLIS);
        if (!due) {
            return;
        }
        lastTransitionMillis = now;
        List<Effect> changes = supervision.transitionAll(LoopClock.now());
        seenVersion = supervision.version();   // what performing the effects changes calls for one more pass
        GroupOrder.perform(changes, supervision.groups(), effects::perform, afterGroup);
        long after = LoopClock.now().monotonicMillis();
        nextDueMillis = Deadlines.next(supervision, after).orElse(Long.MAX_VALUE);
        inTransit = Deadlines.anyInTransit(supervision);
    }

    /**
     * Up to 1 s while something is in transit or shutting down, less when a process deadline comes
     * first; none when a signal is waiting or something changed since the last transition;
     * {@link #IDLE_POLL_MILLIS} when nothing can change.
     */
    private long timeoutMillis() {
        // an open log tail is checked every TailPoller.INTERVAL_MILLIS, however quiet the processes
        long untilTails = tails == null ? Long.MAX_VALUE : tails.millisUntilDue();
        return Math.min(Math.min(untilTails, extraWakeMillis.getAsLong()), processTimeoutMillis());
    }

    private long processTimeoutMillis() {
        if (!signals.isEmpty() || supervision.version() != seenVersion) {
            return 0;
        }
        long now = LoopClock.now().monotonicMillis();
        if (nextDueMillis != Long.MAX_VALUE) {
            return Math.max(0, Math.min(MAX_POLL_MILLIS, nextDueMillis - now));
        }
        boolean quiet = !supervision.isShuttingDown() && !inTransit;
        return quiet ? IDLE_POLL_MILLIS : MAX_POLL_MILLIS;
    }

    private void poll(long timeoutMillis) {
        try {
            if (timeoutMillis <= 0) {
                selector.selectNow();
            } else {
                selector.select(timeoutMillis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readReadyPipes() {
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
            SelectionKey key = ready.next();
            ready.remove();
            if (key.isValid() && key.attachment() instanceof ChildOutput.Stream stream) {
                stream.readOnce(buffer);
            } else if (key.attachment() instanceof Selectable server) {
                server.ready(key);   // HTTP listeners and their clients
            }
        }
    }

    /**
     * Reaps every child that has exited, including orphans re-parented to us when we are PID 1;
     * true if there was at least one. Also called by startProcess and stopProcess right after
     * they act, as the reference does, so that a child that died at once is seen at once.
     */
    boolean reapAll() {
        boolean any = false;
        Optional<Reaped> reaped;
        while ((reaped = os.waitNoHang(-1)).isPresent()) {
            any = true;
            int pid = reaped.get().pid();
            ChildOutput output = effects.forgetPid(pid);
            if (output != null) {
                output.drain(buffer);                 // its last words before its exit is logged
                output.reaped();
            }
            effects.perform(supervision.reaped(pid, reaped.get().status().decoded(), LoopClock.now()));
            effects.afterReap(pid);
        }
        return any;
    }

    /** At exit or restart: what the children wrote last, then every pipe and log file closed. */
    private void closeOutputs() {
        for (ChildOutput output : effects.liveOutputs()) {
            output.drain(buffer);
            output.finish();
        }
    }
}
