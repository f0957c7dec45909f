package dev.jsupervisor.daemon.events;

import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.daemon.log.BytesRepr;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The payload of every event type the daemon emits, in the reference's exact text (spec 7.1). */
public final class Payloads {
    private Payloads() {}

    /** PROCESS_LOG_STDOUT/STDERR: the header carries {@code channel:} (the docs omit it). */
    public static Event processLog(boolean stdout, String process, String group, int pid, byte[] data) {
        String channel = stdout ? "stdout" : "stderr";
        return new Event(stdout ? EventType.PROCESS_LOG_STDOUT : EventType.PROCESS_LOG_STDERR,
                () -> "processname:" + process + " groupname:" + group + " pid:" + pid + " channel:" + channel + "\n"
                        + text(data));
    }

    /** PROCESS_COMMUNICATION_STDOUT/STDERR: what was between the capture tokens. */
    public static Event processCommunication(boolean stdout, String process, String group, int pid, byte[] data) {
        return new Event(stdout ? EventType.PROCESS_COMMUNICATION_STDOUT : EventType.PROCESS_COMMUNICATION_STDERR,
                () -> "processname:" + process + " groupname:" + group + " pid:" + pid + "\n" + text(data));
    }

    /** REMOTE_COMMUNICATION, from already rendered (Python str()) values. */
    public static Event remoteCommunication(String type, String data) {
        return new Event(EventType.REMOTE_COMMUNICATION, "type:" + type + "\n" + data);
    }

    public static Event supervisorState(boolean running) {
        return new Event(running ? EventType.SUPERVISOR_STATE_CHANGE_RUNNING
                : EventType.SUPERVISOR_STATE_CHANGE_STOPPING, "");
    }

    /** PROCESS_GROUP_ADDED/REMOVED: note the trailing newline (quirk 12.12). */
    public static Event group(boolean added, String group) {
        return new Event(added ? EventType.PROCESS_GROUP_ADDED : EventType.PROCESS_GROUP_REMOVED,
                "groupname:" + group + "\n");
    }

    public static Event tick(EventType type, long when) {
        return new Event(type, "when:" + when);
    }

    /** Bytes as the reference shows them: UTF-8 text, or {@code Undecodable: b'...'}. */
    static String text(byte[] data) {
        if (isAscii(data)) {
            return new String(data, StandardCharsets.ISO_8859_1);   // the common case, one copy
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return "Undecodable: " + BytesRepr.of(data);
        }
    }

    private static boolean isAscii(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
