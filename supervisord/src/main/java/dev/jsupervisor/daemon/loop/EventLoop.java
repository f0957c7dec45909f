package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.os.Reaped;
import dev.jsupervisor.daemon.process.Deadlines;
import dev.jsupervisor.daemon.process.ShutdownPass;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.daemon.server.Selectable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The single thread that owns every process: one pass is poll (at most 1 s, less when a process
 * deadline is nearer), read child output, transition every group, reap, handle one signal -- the
 * reference's order. Shutdown and restart run through the same passes until every process is
 * stopped. Signal handlers and other threads never touch this state; they queue a message and
 * wake the Selector.
 */
final class EventLoop {
    static final long MAX_POLL_MILLIS = 1_000;
    /** The reference reads up to 128 KiB from a child pipe at a time. */
    private static final int READ_CHUNK = 128 * 1024;

    private final Selector selector;
    private final SignalQueue signals;
    private final Supervision supervision;
    private final EffectRunner effects;
    private final NativeOs os;
    private final SignalHandling signalHandling;
    /** Direct, so a pipe read lands where the log file write takes it from, with no copy. */
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(READ_CHUNK);

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

    /** Runs until everything is stopped after an exit or restart request; null means exit. */
    ServerConfig run() {
        boolean firstPass = true;
        while (true) {
            if (supervision.isShuttingDown()) {
                ShutdownPass pass = supervision.shutdownBeforePoll(LoopClock.now());
                effects.perform(pass.effects());
                if (pass.finished()) {
                    closeOutputs();
                    return signalHandling.restartConfig();
                }
            }
            poll(firstPass ? 0 : timeoutMillis());
            firstPass = false;
            readReadyPipes();
            effects.perform(supervision.transitionAll(LoopClock.now()));
            reapAll();
            boolean wasStopping = supervision.isShuttingDown();
            signals.poll().ifPresent(signalHandling::handle);
            if (wasStopping) {
                supervision.shutdownAfterReap();
            }
        }
    }

    /** Up to 1 s, less when a process deadline comes first; none when a signal is waiting. */
    private long timeoutMillis() {
        if (!signals.isEmpty()) {
            return 0;
        }
        long now = LoopClock.now().monotonicMillis();
        OptionalLong due = Deadlines.next(supervision, now);
        return due.isPresent() ? Math.min(MAX_POLL_MILLIS, due.getAsLong() - now) : MAX_POLL_MILLIS;
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

    /** Every child that has ended, including orphans re-parented to us when we are PID 1. */
    private void reapAll() {
        Optional<Reaped> reaped;
        while ((reaped = os.waitNoHang(-1)).isPresent()) {
            int pid = reaped.get().pid();
            ChildOutput output = effects.forgetPid(pid);
            if (output != null) {
                output.drain(buffer);                 // its last words before its exit is logged
            }
            effects.perform(supervision.reaped(pid, reaped.get().status().decoded(), LoopClock.now()));
        }
    }

    /** At exit or restart: what the children wrote last, then every pipe and log file closed. */
    private void closeOutputs() {
        for (ChildOutput output : effects.liveOutputs()) {
            output.drain(buffer);
            output.finish();
        }
    }
}
