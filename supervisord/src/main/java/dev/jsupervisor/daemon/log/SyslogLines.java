package dev.jsupervisor.daemon.log;

import java.util.Arrays;
import java.util.List;

/** How a message is cut into syslog lines: trailing newlines dropped, then split at each one. */
final class SyslogLines {
    private SyslogLines() {}

    /** An empty message still yields one (empty) line, as the reference sends it. */
    static List<String> split(String message) {
        int end = message.length();
        while (end > 0 && message.charAt(end - 1) == '\n') {
            end--;
        }
        return Arrays.asList(message.substring(0, end).split("\n", -1));
    }
}
