package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.os.BadCommandException;
import dev.jsupervisor.daemon.os.NativeOs;
import dev.jsupervisor.daemon.process.Effect;
import dev.jsupervisor.daemon.process.Messages;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.Supervision;
import dev.jsupervisor.xmlrpc.ProcessState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell's half of "the core decides, the shell acts": performs effects in list order. The
 * result of a Spawn or a failed Signal goes back to the core at once and whatever that returns is
 * performed before the rest of the list, which keeps the reference's log order and gives a
 * STARTING process its pid before anything else can reach it.
 */
final class EffectRunner {
    private static final int ESRCH = 3;

    private final Supervision supervision;
    private final SpawnAction spawnAction;
    private final NativeOs os;
    private final MainLog mainLog;
    private final ProcessEvents events;
    /** The output of every spawn still being read, by pid (pids are reused only after reaping). */
    private final Map<Integer, ChildOutput> outputsByPid = new HashMap<>();
    /** Every spawn output not yet at EOF, reaped or not. */
    private final List<ChildOutput> live = new ArrayList<>();

    EffectRunner(Supervision supervision, SpawnAction spawnAction, NativeOs os, MainLog mainLog,
            ProcessEvents events) {
        this.supervision = supervision;
        this.spawnAction = spawnAction;
        this.os = os;
        this.mainLog = mainLog;
        this.events = events;
    }

    void perform(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Spawn spawn) {
                perform(spawn(spawn.process()));
            } else if (effect instanceof Effect.Signal signal) {
                perform(signal(signal));
            } else if (effect instanceof Effect.Log log) {
                mainLog.log(log.level(), log.message());
            } else if (effect instanceof Effect.StateChange change) {
                events.stateChanged(change);
            }
        }
    }

    private List<Effect> spawn(ProcessRecord process) {
        SpawnAction.Outcome outcome = spawnAction.spawn(process);
        if (!outcome.ok()) {
            return failedSpawn(process, supervision.spawnFailed(process, outcome.error(), LoopClock.now()));
        }
        outputsByPid.put(outcome.pid(), outcome.output());
        live.add(outcome.output());
        return supervision.spawned(process, outcome.pid(), LoopClock.now());
    }

    /**
     * A failed spawn ends with the change to BACKOFF; only then does the reference drop the spawn's
     * fcgi socket ("Closing socket"), before a give-up the same pass may bring. So: the effects up
     * to that change now, the socket given back, the rest (if any) returned.
     */
    private List<Effect> failedSpawn(ProcessRecord process, List<Effect> effects) {
        int split = effects.size();
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i) instanceof Effect.StateChange change && change.to() == ProcessState.BACKOFF) {
                split = i + 1;
                break;
            }
        }
        perform(effects.subList(0, split));
        spawnAction.settle(process);
        return effects.subList(split, effects.size());
    }

    private List<Effect> signal(Effect.Signal signal) {
        int errno = os.kill(signal.target(), signal.signal());
        if (errno == 0) {
            return List.of();
        }
        String detail = errno == ESRCH ? Messages.NO_SUCH_PROCESS_DETAIL
                : "[Errno " + errno + "] " + os.strerror(errno);
        return supervision.signalFailed(signal, errno == ESRCH, detail, LoopClock.now());
    }

    /** The output of the child with this pid, while it is unreaped (null otherwise). */
    ChildOutput outputOf(int pid) {
        return outputsByPid.get(pid);
    }

    /** What a spawn would check first: the command can be found and run (startProcess's NO_FILE). */
    void checkCommand(ProcessRecord process) throws BadCommandException {
        spawnAction.checkCommand(process);
    }

    /** After a reaped child's exit was performed: what its spawn held (an fcgi socket) is given back. */
    void afterReap(int pid) {
        spawnAction.reaped(pid);
    }

    /** The output of a reaped child, no longer looked up by pid (the pid may be reused). */
    ChildOutput forgetPid(int pid) {
        return outputsByPid.remove(pid);
    }

    /** Every spawn output not yet finished (for SIGUSR2 and for closing at exit). */
    List<ChildOutput> liveOutputs() {
        live.removeIf(ChildOutput::finished);
        return List.copyOf(live);
    }
}
