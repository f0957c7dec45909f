package dev.jsupervisor.config.value;

import java.util.List;
import java.util.Map;

/**
 * Supervisor's datatypes as small pure functions. Each error message is the reference's text
 * (checked against Debian's supervisor.datatypes by the unit tests), because users see it after
 * "Error: " and RPC clients see it inside CANT_REREAD faults.
 */
public final class Converters {
    private Converters() {}

    /** yes/true/on/1 and no/false/off/0, any case. */
    public static boolean bool(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Python int(): surrounding whitespace, sign and '_' separators allowed. */
    public static int integer(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** 123, 10KB, 50MB, 1GB (1024-based, any case). */
    public static long byteSize(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Python int(v, 8): 022, 0022, 0o22. */
    public static int octal(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** TERM, SIGTERM, sigterm, 15 -> 15; must be a real signal of this platform. */
    public static int signalNumber(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Comma list of ints 0..255. */
    public static List<Integer> exitCodes(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Boolean spellings or "unexpected". */
    public static RestartPolicy autoRestart(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Comma-separated, each stripped, empties dropped. */
    public static List<String> listOfStrings(String value) { throw new UnsupportedOperationException("stub"); }

    /** KEY="v",K2=v2 tokenised like Python's shlex in legacy (non-POSIX) mode; insertion-ordered. */
    public static Map<String, String> keyValuePairs(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** NONE/OFF, AUTO, syslog, or a path whose parent directory must exist. */
    public static LogfileName logfileName(String value, PathContext paths) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** A directory that exists, after ~ expansion; returned as the reference returns it. */
    public static String existingDirectory(String value, PathContext paths) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** A path whose parent directory exists (a bare file name is fine), after ~ expansion. */
    public static String existingDirpath(String value, PathContext paths) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** os.path.normpath(os.path.abspath(os.path.expanduser(v))) against {@code paths}. */
    public static String normalizePath(String value, PathContext paths) { throw new UnsupportedOperationException("stub"); }

    /** A user name or numeric uid that exists. */
    public static int nameToUid(String value, Accounts accounts) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** A group name or numeric gid that exists. */
    public static int nameToGid(String value, Accounts accounts) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** "user" or "user:group" -> {uid, gid}; gid defaults to the user's primary group. */
    public static int[] colonSeparatedUserGroup(String value, Accounts accounts) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** host:port, :port, *:port, port. Host lower-cased; "*" and "" mean all interfaces (""). */
    public static HostPort inetAddress(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Needs a scheme and a netloc or path. */
    public static String url(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** Stripped; refuses space, ':' and '/'. */
    public static String processOrGroupName(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }

    /** critical/error/warn/info/debug/trace/blather (any case; also the numeric codes). */
    public static LogLevel loggingLevel(String value) throws ValueException { throw new UnsupportedOperationException("stub"); }
}
