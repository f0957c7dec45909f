package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.PyRepr;
import java.util.List;

/** Every user-visible text of config loading, worded as the reference words it. */
final class Messages {
    private Messages() {}

    static String noConfigFound(List<String> searched) {
        return "No config file found at default paths (" + String.join(", ", searched)
                + "); use the -c option to specify a config file at a different path";
    }

    static String configNotFound(String file) { return "could not find config file " + file; }

    static String configUnreadable(String file) { return "could not read config file " + file; }

    static String includeWithoutFiles() { return ".ini file has [include] section, but no files setting"; }

    static String includeNoMatch(String pattern) { return "No file matches via include \"" + pattern + "\""; }

    static String includeRead(String file) { return "Included extra file \"" + file + "\" during parsing"; }

    static String missingSection(String section) { return ".ini file does not include " + section + " section"; }

    static String pluginWithoutFactory(String section, String key) {
        return "section [" + section + "] does not specify a " + key;
    }

    static String unresolvable(String spec, String section) {
        return spec + " cannot be resolved within [" + section + "]";
    }

    /** Appended to the "cannot be resolved" line when the class exists but is no plugin. */
    static String notARegisteredPlugin(String className, String type) {
        return " (" + className + " is not a " + type + " listed in META-INF/services)";
    }

    static String groupUnknownProgram(String section, String program) {
        return "[" + section + "] names unknown program or fcgi-program " + program;
    }

    static String groupAmbiguousProgram(String section, String program) {
        return "[" + section + "] name " + program + " is ambiguous (exists as program and fcgi-program)";
    }

    static String badBufferSize(String section, int size) {
        return "[" + section + "] section sets invalid buffer_size (" + size + ")";
    }

    static String noEvents(String section) { return "[" + section + "] section requires an \"events\" line"; }

    static String unknownEvent(String name, String section) {
        return "Unknown event type " + name + " in [" + section + "] events";
    }

    static String listenerRedirectsStderr(String section) {
        return "[" + section + "] section sets redirect_stderr=true but this is not allowed because it"
                + " will interfere with the eventlistener protocol";
    }

    static String badSocketBacklog(int backlog) { return "Invalid socket_backlog value " + backlog; }

    static String badSocketOwner(String owner) { return "Invalid socket_owner value " + owner; }

    static String badSocketMode(String mode) { return "Invalid socket_mode value " + mode; }

    static String noSocket(String section) { return "[" + section + "] section requires a \"socket\" line"; }

    static String inSocket(String error, String section) { return error + " in [" + section + "] socket"; }

    /** The reference raises this with two arguments, so it shows as a tuple. */
    static String socketPathNotAbsolute(String path) {
        return "('Unix socket path %s is not an absolute path', " + PyRepr.of(path) + ")";
    }

    static String socketOwnerOrModeOnInet() {
        return "socket_owner and socket_mode params should only be used with a Unix domain socket";
    }

    /** Also raised with two arguments, hence the tuple form. */
    static String badSocketFormat(String socket) {
        return "('Bad socket format %s', " + PyRepr.of(socket) + ")";
    }

    static String inSection(String error, String section, String file) {
        return error + " in section " + PyRepr.of(section) + " (file: " + PyRepr.of(file) + ")";
    }

    static String processNumRequired() {
        return "%(process_num) must be present within process_name when numprocs > 1";
    }

    static String stopWithoutKillAsGroup() { return "Cannot set stopasgroup=true and killasgroup=false"; }

    static String noCommand(String section) { return "program section " + section + " does not specify a command"; }

    static String syslogLogfileDeprecated(String section, String key, String syslogKey) {
        return "For [" + section + "], " + key + "=syslog but this is deprecated and will be removed."
                + "  Use " + syslogKey + "=true to enable syslog instead.";
    }

    static String autoLogWithoutRollover(String section, String key) {
        return "For [" + section + "], AUTO logging used for " + key + " without rollover, set maxbytes > 0"
                + " to avoid filling up filesystem unintentionally";
    }

    static String redirectedStderrLogfileIgnored(String section) {
        return "For [" + section + "], redirect_stderr=true but stderr_logfile has also been set to a"
                + " filename, the filename has been ignored";
    }

    static String incompleteAuth(String section) {
        return "Section [" + section + "] contains incomplete authentication: If a username or a password"
                + " is specified, both the username and password must be specified";
    }

    static String noServerValue(String section, String option) {
        return "section [" + section + "] has no " + option + " value";
    }

    static String badSockchown(String value) { return "Invalid sockchown value " + value; }

    static String badChmod(String value) { return "Invalid chmod value " + value; }
}
