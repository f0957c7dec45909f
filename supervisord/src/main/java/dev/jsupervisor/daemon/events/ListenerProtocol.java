package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.value.LogLevel;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One listener process's side of the protocol: an incremental decoder of what it writes to stdout
 * with an explicit state, fed chunks of any size. Its rules are the reference's, quirks included:
 * the result line is taken from its eighth byte on without checking the {@code RESULT } word, a
 * body is only looked at when bytes follow the result line, and anything written while READY puts
 * the listener in UNKNOWN. A new spawn calls {@link #spawned()}.
 */
public final class ListenerProtocol {
    static final byte[] READY_TOKEN = {'R', 'E', 'A', 'D', 'Y', '\n'};
    static final int RESULT_TOKEN_LENGTH = "RESULT ".length();

    /** What the protocol needs from its pool. */
    public interface Host {
        void log(LogLevel level, String message);

        ResultHandler handler();

        /** The event was not processed: the pool sends it again. */
        void rejected(Event event);
    }

    private final String processName;
    private final Host host;
    private ListenerState state = ListenerState.ACKNOWLEDGED;
    private Event event;
    private byte[] buffer = new byte[0];
    private long resultLength = -1;        // -1: the result line has not been read yet
    private final ByteArrayOutputStream result = new ByteArrayOutputStream();

    public ListenerProtocol(String processName, Host host) {
        this.processName = processName;
        this.host = host;
    }

    public ListenerState state() {
        return state;
    }

    /** The event sent and not yet answered (null when none). */
    public Event inFlight() {
        return event;
    }

    /** A new spawn starts ACKNOWLEDGED with empty buffers. */
    public void spawned() {
        state = ListenerState.ACKNOWLEDGED;
        event = null;
        buffer = new byte[0];
        resultLength = -1;
        result.reset();
    }

    /** The pool wrote an event to the listener's stdin. */
    void sent(Event sentEvent) {
        state = ListenerState.BUSY;
        event = sentEvent;
    }

    /** The process ended: an unanswered event goes back to the pool. */
    public void finished() {
        if (event != null) {
            Event lost = event;
            event = null;
            host.rejected(lost);
        }
    }

    /** Bytes the listener wrote to stdout. */
    public void feed(byte[] chunk) {
        if (chunk.length == 0) {
            return;
        }
        byte[] joined = Arrays.copyOf(buffer, buffer.length + chunk.length);
        System.arraycopy(chunk, 0, joined, buffer.length, chunk.length);
        buffer = joined;
        while (buffer.length > 0 && step()) {
            // each step consumes input or changes state; stop when it needs more bytes
        }
    }

    /** One decision on the buffered bytes; false when more input is needed. */
    private boolean step() {
        switch (state) {
            case UNKNOWN:
                buffer = new byte[0];
                return false;
            case ACKNOWLEDGED:
                return onAcknowledged();
            case READY:
                changeState(ListenerState.UNKNOWN);   // spurious output: be strict, as the reference
                buffer = new byte[0];
                event = null;
                return false;
            case BUSY:
            default:
                return resultLength < 0 ? readResultLine() : readResultBody();
        }
    }

    private boolean onAcknowledged() {
        if (buffer.length < READY_TOKEN.length) {
            return false;
        }
        if (Arrays.equals(buffer, 0, READY_TOKEN.length, READY_TOKEN, 0, READY_TOKEN.length)) {
            changeState(ListenerState.READY);
            buffer = Arrays.copyOfRange(buffer, READY_TOKEN.length, buffer.length);
        } else {
            changeState(ListenerState.UNKNOWN);
            buffer = new byte[0];
        }
        event = null;
        return true;
    }

    private boolean readResultLine() {
        int newline = indexOf(buffer, (byte) '\n');
        if (newline < 0) {
            return false;
        }
        byte[] line = Arrays.copyOf(buffer, newline);
        buffer = Arrays.copyOfRange(buffer, newline + 1, buffer.length);
        long length = PyInt.parse(line, RESULT_TOKEN_LENGTH);
        if (length < 0) {
            host.log(LogLevel.WARN, Messages.badResultLine(processName, Payloads.text(line)));
            changeState(ListenerState.UNKNOWN);
            buffer = new byte[0];
            rejectInFlight();
            return false;
        }
        resultLength = length;
        return true;
    }

    private boolean readResultBody() {
        int needed = (int) Math.min(Integer.MAX_VALUE, resultLength - result.size());
        int take = Math.min(needed, buffer.length);
        result.write(buffer, 0, take);
        buffer = Arrays.copyOfRange(buffer, take, buffer.length);
        if (result.size() < resultLength) {
            return false;
        }
        byte[] body = result.toByteArray();
        result.reset();
        resultLength = -1;
        handleResult(body);
        event = null;
        return true;
    }

    private void handleResult(byte[] body) {
        try {
            host.handler().handle(event, body);
            host.log(LogLevel.DEBG, Messages.processed(processName));
            changeState(ListenerState.ACKNOWLEDGED);
        } catch (RejectEvent e) {
            host.log(LogLevel.WARN, Messages.rejected(processName));
            changeState(ListenerState.ACKNOWLEDGED);
            rejectInFlight();
        } catch (RuntimeException e) {
            host.log(LogLevel.WARN, Messages.handlerError(processName));
            changeState(ListenerState.UNKNOWN);
            rejectInFlight();
        }
    }

    private void rejectInFlight() {
        Event lost = event;
        event = null;
        if (lost != null) {
            host.rejected(lost);
        }
    }

    private void changeState(ListenerState next) {
        host.log(LogLevel.DEBG, Messages.stateChange(processName, state, next));
        state = next;
        if (next == ListenerState.UNKNOWN) {
            host.log(LogLevel.WARN, Messages.enteredUnknown(processName));
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
