package dev.jsupervisor.config.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supervisor's datatypes as small pure functions. Each error message is the reference's text
 * (checked against Debian's supervisor.datatypes by the unit tests), because users see it after
 * "Error: " and RPC clients see it inside CANT_REREAD faults.
 */
public final class Converters {
    private Converters() {}

    private static final List<String> TRUTHY = List.of("yes", "true", "on", "1");
    private static final List<String> FALSY = List.of("no", "false", "off", "0");
    private static final BigInteger MAX_EXIT_CODE = BigInteger.valueOf(255);
    private static final BigInteger MAX_PORT = BigInteger.valueOf(0xffff);
    private static final Accounts SYSTEM_ACCOUNTS = new SystemAccounts();

    /** yes/true/on/1 and no/false/off/0, any case. */
    public static boolean bool(String value) throws ValueException {
        String lowered = PyText.lower(value);
        if (TRUTHY.contains(lowered)) {
            return true;
        }
        if (FALSY.contains(lowered)) {
            return false;
        }
        throw new ValueException(Messages.notBoolean(value));
    }

    /** Python int(): surrounding whitespace, sign and '_' separators allowed. */
    public static int integer(String value) throws ValueException {
        return PyInt.parseInt(value);
    }

    /** Python int() without Java's range limit. */
    public static BigInteger bigInteger(String value) throws ValueException {
        return PyInt.parse(value);
    }

    /** 123, 10KB, 50MB, 1GB (1024-based, any case). The message quotes the lower-cased number part. */
    public static long byteSize(String value) throws ValueException {
        String lowered = PyText.lower(value);
        int length = PyText.length(lowered);
        String[] suffixes = {"kb", "mb", "gb"};
        for (int i = 0; i < suffixes.length; i++) {
            // v[-2:] in Python: the whole string when it is shorter than the suffix
            String tail = length >= 2 ? lowered.substring(lowered.offsetByCodePoints(0, length - 2)) : lowered;
            if (tail.equals(suffixes[i])) {
                String number = lowered.substring(0, lowered.length() - 2);
                return toLong(PyInt.parse(number).shiftLeft(10 * (i + 1)), value);
            }
        }
        return toLong(PyInt.parse(lowered), value);
    }

    private static long toLong(BigInteger v, String value) throws ValueException {
        if (v.bitLength() > 63) {
            throw new ValueException(Messages.byteSizeTooLarge(value));
        }
        return v.longValue();
    }

    /** Python int(v, 8): 022, 0022, 0o22. */
    public static int octal(String value) throws ValueException {
        BigInteger parsed;
        try {
            parsed = PyInt.parse(value, 8);
        } catch (ValueException e) {
            throw new ValueException(Messages.notOctal(value));
        }
        return PyInt.toInt(parsed, value);
    }

    /** TERM, SIGTERM, sigterm, 15 -> 15; must be a real signal of this platform. */
    public static int signalNumber(String value) throws ValueException {
        int number;
        try {
            number = PyInt.toInt(PyInt.parse(value), value);
        } catch (ValueException notANumber) {
            String name = PyText.upper(PyText.strip(value));
            String attribute = name.startsWith("SIG") ? name : "SIG" + name;
            number = Signals.attribute(attribute)
                    .orElseThrow(() -> new ValueException(Messages.badSignalName(value)));
        }
        if (!Signals.isAccepted(number)) {
            throw new ValueException(Messages.badSignalNumber(value));
        }
        return number;
    }

    /** Comma list of ints 0..255 (an empty value is an empty list). */
    public static List<Integer> exitCodes(String value) throws ValueException {
        List<Integer> codes = new ArrayList<>();
        if (value.isEmpty()) {
            return codes;
        }
        for (String piece : value.split(",", -1)) {
            BigInteger code;
            try {
                code = PyInt.parse(piece);
            } catch (ValueException e) {
                throw new ValueException(Messages.badExitCodes(value));
            }
            if (code.signum() < 0 || code.compareTo(MAX_EXIT_CODE) > 0) {
                throw new ValueException(Messages.badExitCodes(value));
            }
            codes.add(code.intValue());
        }
        return codes;
    }

    /** Boolean spellings or "unexpected". */
    public static RestartPolicy autoRestart(String value) throws ValueException {
        String lowered = PyText.lower(value);
        if (TRUTHY.contains(lowered)) {
            return RestartPolicy.ALWAYS;
        }
        if (FALSY.contains(lowered)) {
            return RestartPolicy.NEVER;
        }
        if (lowered.equals("unexpected")) {
            return RestartPolicy.UNEXPECTED;
        }
        throw new ValueException(Messages.badAutoRestart(lowered));
    }

    /**
     * Comma-separated, each stripped; empty pieces are kept as the reference keeps them ("a,,b" has 3).
     * A missing (null) or empty value is an empty list, as for a [group:x] without programs=.
     */
    public static List<String> listOfStrings(String value) {
        List<String> items = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return items;
        }
        for (String piece : value.split(",", -1)) {
            items.add(PyText.strip(piece));
        }
        return items;
    }

    /**
     * KEY="v",K2=v2 tokenised like Python's shlex in legacy (non-POSIX) mode; insertion-ordered.
     * Tokens come in fours (key, '=', value, separator); the separator is never checked, and quote
     * characters are stripped from both ends of the value only.
     */
    public static Map<String, String> keyValuePairs(String value) throws ValueException {
        List<String> tokens = Shlex.legacyTokens(value, Shlex.KEY_VALUE_EXTRA_WORDCHARS);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i += 4) {
            if (tokens.size() - i < 3 || !tokens.get(i + 1).equals("=")) {
                throw new ValueException(Messages.badKeyValuePairs(value));
            }
            pairs.put(tokens.get(i), PyText.strip(tokens.get(i + 2), "'\""));
        }
        return pairs;
    }

    /** NONE/OFF, AUTO, syslog, or a path whose parent directory must exist. */
    public static LogfileName logfileName(String value, PathContext paths) throws ValueException {
        return logfileName(value, paths, SYSTEM_ACCOUNTS);
    }

    /** As {@link #logfileName(String, PathContext)}, "~user" looked up in {@code accounts}. */
    public static LogfileName logfileName(String value, PathContext paths, Accounts accounts) throws ValueException {
        String lowered = PyText.lower(value);
        switch (lowered) {
            case "none", "off":
                return LogfileName.NONE;
            case "auto":
                return LogfileName.AUTO;
            case "syslog":
                return LogfileName.SYSLOG;
            default:
                return LogfileName.path(existingDirpath(value, paths, accounts));
        }
    }

    /** A directory that exists, after ~ expansion; returned expanded but not made absolute. */
    public static String existingDirectory(String value, PathContext paths) throws ValueException {
        return existingDirectory(value, paths, SYSTEM_ACCOUNTS);
    }

    /** As {@link #existingDirectory(String, PathContext)}, "~user" looked up in {@code accounts}. */
    public static String existingDirectory(String value, PathContext paths, Accounts accounts) throws ValueException {
        String expanded = PosixPaths.expandUser(value, paths, accounts);
        if (PosixPaths.isDirectory(expanded, paths.cwd())) {
            return expanded;
        }
        throw new ValueException(Messages.notExistingDirectory(value));
    }

    /** A path whose parent directory exists (a bare file name is fine), after ~ expansion. */
    public static String existingDirpath(String value, PathContext paths) throws ValueException {
        return existingDirpath(value, paths, SYSTEM_ACCOUNTS);
    }

    /** As {@link #existingDirpath(String, PathContext)}, "~user" looked up in {@code accounts}. */
    public static String existingDirpath(String value, PathContext paths, Accounts accounts) throws ValueException {
        String expanded = PosixPaths.expandUser(value, paths, accounts);
        String parent = PosixPaths.dirname(expanded);
        if (parent.isEmpty() || PosixPaths.isDirectory(parent, paths.cwd())) {
            return expanded;
        }
        throw new ValueException(Messages.parentDirectoryMissing(value));
    }

    /** os.path.normpath(os.path.abspath(os.path.expanduser(v))) against {@code paths}. */
    public static String normalizePath(String value, PathContext paths) {
        return normalizePath(value, paths, SYSTEM_ACCOUNTS);
    }

    /** As {@link #normalizePath(String, PathContext)}, "~user" looked up in {@code accounts}. */
    public static String normalizePath(String value, PathContext paths, Accounts accounts) {
        return PosixPaths.absolute(PosixPaths.expandUser(value, paths, accounts), paths.cwd());
    }

    /** A user name or numeric uid that exists. */
    public static int nameToUid(String value, Accounts accounts) throws ValueException {
        return IdLookups.uid(value, accounts);
    }

    /** A group name or numeric gid that exists. */
    public static int nameToGid(String value, Accounts accounts) throws ValueException {
        return IdLookups.gid(value, accounts);
    }

    /**
     * "user" or "user:group" -> {uid, gid}. As in the reference, gid is -1 ("leave the group
     * alone" for chown) when no group is given; any failure becomes one "Invalid user:group" text.
     */
    public static int[] colonSeparatedUserGroup(String value, Accounts accounts) throws ValueException {
        int colon = value.indexOf(':');
        try {
            if (colon < 0) {
                return new int[] {nameToUid(value, accounts), -1};
            }
            int uid = nameToUid(value.substring(0, colon), accounts);
            return new int[] {uid, nameToGid(value.substring(colon + 1), accounts)};
        } catch (ValueException e) {
            throw new ValueException(Messages.badUserGroup(value));
        }
    }

    /** host:port, :port, *:port, port. Host lower-cased; "*" and "" mean all interfaces (""). */
    public static HostPort inetAddress(String value) throws ValueException {
        int colon = value.lastIndexOf(':');
        String host = "";
        int port;
        if (colon >= 0) {
            String portText = value.substring(colon + 1);
            if (portText.isEmpty()) {
                throw new ValueException(Messages.noPortNumber(portText));
            }
            port = portNumber(portText);
            host = PyText.lower(value.substring(0, colon));
        } else {
            try {
                port = portNumber(value);
            } catch (ValueException e) {
                throw new ValueException(Messages.notAPortNumber(value));
            }
        }
        return new HostPort(host.equals("*") ? "" : host, port);
    }

    /** datatypes.port_number: int() within 1..65535. */
    public static int portNumber(String value) throws ValueException {
        BigInteger port = PyInt.parse(value);
        if (port.signum() < 1) {
            throw new ValueException(Messages.belowLowerBound(port, 1));
        }
        if (port.compareTo(MAX_PORT) > 0) {
            throw new ValueException(Messages.aboveUpperBound(port, MAX_PORT));
        }
        return port.intValue();
    }

    /** Needs a scheme and a netloc or path (urlparse's own errors pass through). */
    public static String url(String value) throws ValueException {
        if (UrlCheck.hasSchemeAndLocation(value)) {
            return value;
        }
        throw new ValueException(Messages.notAUrl(value));
    }

    /** Stripped; refuses space, ':' and '/' (checked in that order). */
    public static String processOrGroupName(String value) throws ValueException {
        String stripped = PyText.strip(value);
        for (char forbidden : new char[] {' ', ':', '/'}) {
            if (stripped.indexOf(forbidden) >= 0) {
                throw new ValueException(Messages.badName(value, forbidden));
            }
        }
        return stripped;
    }

    /** critical/error/warn/info/debug/trace/blather in any case; numbers are refused like the reference. */
    public static LogLevel loggingLevel(String value) throws ValueException {
        String lowered = PyText.lower(value);
        for (LogLevel level : LogLevel.values()) {
            if (level.configName().equals(lowered)) {
                return level;
            }
        }
        throw new ValueException(Messages.badLogLevel(value));
    }
}
