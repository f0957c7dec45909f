package dev.jsupervisor.daemon.fcgi;

import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * The fcgi sockets of one daemon run, used by the loop thread only. A process holds its group's
 * socket from the start of its spawn until its child is reaped, or until its spawn failed; the
 * socket is open exactly while someone holds it.
 *
 * <p>Only [fcgi-program:x] groups have a socket: an fcgi-program listed in a [group:x] runs as a
 * plain program in 4.2.5 (its socket options are read and ignored), and so here.
 */
public final class FcgiSockets {
    private final SocketBinder binder;
    private final BiConsumer<LogLevel, String> log;
    private final Map<String, SharedSocket> byGroup = new HashMap<>();
    /** Held by a spawn under way: acquired, no pid yet. */
    private final Map<ProcessRecord, SharedSocket> spawning = new IdentityHashMap<>();
    /** Held by a running child until it is reaped. */
    private final Map<Integer, SharedSocket> byPid = new HashMap<>();

    /**
     * @param strerror the C library's strerror, to give errors Python's "[Errno n] text" form
     * @param log where "Creating socket" and "Closing socket" go (the activity log)
     */
    public FcgiSockets(IntFunction<String> strerror, BiConsumer<LogLevel, String> log) {
        this.binder = new SocketBinder(strerror);
        this.log = log;
    }

    /**
     * A group becomes active (startup, reload, addProcessGroup). For an fcgi group the socket is
     * opened and closed at once, so that a bad address fails here; the group is then not active.
     */
    public void groupActivated(GroupConfig config) throws FcgiSocketException {
        if (!(config instanceof FcgiGroupConfig fcgi)) {
            return;
        }
        SharedSocket socket = new SharedSocket(fcgi.socket(), binder, log);
        open(socket);
        socket.release();
        byGroup.put(config.name(), socket);
    }

    /** The group was removed (all its processes stopped, so nobody holds its socket). */
    public void groupRemoved(String name) {
        byGroup.remove(name);
    }

    /**
     * Before a spawn: the fd to give the child as its stdin, for a process of an fcgi group
     * (opening the socket if nobody holds it); empty for other processes.
     */
    public OptionalInt acquire(ProcessRecord process) throws FcgiSocketException {
        SharedSocket socket = byGroup.get(process.groupName());
        if (socket == null) {
            return OptionalInt.empty();
        }
        int fd = open(socket);
        SharedSocket previous = spawning.put(process, socket);
        if (previous != null) {
            previous.release();   // an earlier spawn of this process never settled; not expected
        }
        return OptionalInt.of(fd);
    }

    /** The spawn started a child: it holds the socket until {@link #reaped}. */
    public void spawned(ProcessRecord process, int pid) {
        SharedSocket socket = spawning.remove(process);
        if (socket != null) {
            byPid.put(pid, socket);
        }
    }

    /** After a failed spawn was reported (spawnerr logged): give its socket back. */
    public void spawnFailed(ProcessRecord process) {
        SharedSocket socket = spawning.remove(process);
        if (socket != null) {
            socket.release();
        }
    }

    /** After a reaped child's exit was reported: give its socket back. */
    public void reaped(int pid) {
        SharedSocket socket = byPid.remove(pid);
        if (socket != null) {
            socket.release();
        }
    }

    /** At the end of a daemon run: nothing stays open (normally nothing is, all were reaped). */
    public void closeAll() {
        spawning.values().forEach(SharedSocket::closeSilently);
        byPid.values().forEach(SharedSocket::closeSilently);
        byGroup.values().forEach(SharedSocket::closeSilently);
        spawning.clear();
        byPid.clear();
    }

    private static int open(SharedSocket socket) throws FcgiSocketException {
        try {
            return socket.acquire();
        } catch (FcgiSocketException e) {
            throw new FcgiSocketException(Messages.couldNotCreate(socket.url(), e.getMessage()));
        }
    }
}
