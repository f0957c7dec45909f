package dev.jsupervisor.daemon.rpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every method of the interface as system.listMethods, system.methodSignature and
 * system.methodHelp describe it. The names and signatures are the reference's (clients read
 * them); the help texts are ours, written in the same shape: a summary, then one
 * {@code @param type name text} line per argument and one {@code @return type name text} line,
 * so tools that parse the tags out of the help see the same types.
 *
 * <p>The list is complete whatever this build implements: it is the published interface of 4.2.5.
 */
final class MethodCatalog {
    /** One method: its full name, return type, argument types and names, and our help text. */
    record Entry(String name, String returns, List<String> paramTypes, String help) {
        /** A plugin's method: {@code signature} is [return type, argument types...], or empty when unknown. */
        static Entry of(String name, List<String> signature, String help) {
            return signature.isEmpty() ? new Entry(name, null, List.of(), help)
                    : new Entry(name, signature.get(0), List.copyOf(signature.subList(1, signature.size())), help);
        }

        boolean hasSignature() {
            return returns != null;
        }

        /** [return type, parameter types...], as methodSignature answers. */
        List<String> signature() {
            List<String> all = new ArrayList<>();
            all.add(returns);
            all.addAll(paramTypes);
            return all;
        }
    }

    private static final String NAME = "string name The process (or 'group:name')";
    private static final String OFFSET = "int offset Where to start reading";
    private static final String LENGTH = "int length How many bytes to read";
    private static final String WAIT = "boolean wait Whether to answer only once every process has settled";
    private static final String SIGNAL = "string signal A signal name ('HUP') or number ('1')";
    private static final String RESULTS = "array result One result struct per process";

    private static final String TAIL_RESULT = "array result [string bytes, int offset, bool overflow]";
    private static final String TAIL_LENGTH = "int length The most bytes to return";

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("supervisor.addProcessGroup", "Activates a process group of the configuration last read.",
                "boolean result True once added", "string name The group's name");
        add("supervisor.clearAllProcessLogs", "Empties the log files of every process.", RESULTS);
        add("supervisor.clearLog", "Empties the main (activity) log.", "boolean result True unless an error occurs");
        add("supervisor.clearProcessLog", "Same as clearProcessLogs.", "boolean result True unless an error occurs",
                NAME);
        add("supervisor.clearProcessLogs", "Empties a process's stdout and stderr log files and reopens them.",
                "boolean result True unless an error occurs", NAME);
        add("supervisor.getAPIVersion", "The version of this XML-RPC interface.", "string version The API version");
        add("supervisor.getAllConfigInfo", "The configuration of every process of the configuration last read.",
                "array result One config struct per process");
        add("supervisor.getAllProcessInfo", "State and details of every process.",
                "array result One process info struct per process");
        add("supervisor.getIdentification", "The identifier of this supervisord.", "string identifier The identifier");
        add("supervisor.getPID", "The process id of supervisord.", "int pid The process id");
        add("supervisor.getProcessInfo", "State and details of one process.",
                "struct result The process info struct", NAME);
        add("supervisor.getState", "The state of supervisord.",
                "struct state A struct with int statecode and string statename");
        add("supervisor.getSupervisorVersion", "The version of supervisord.", "string version The version");
        add("supervisor.getVersion", "Same as getAPIVersion (kept for older clients).",
                "string version The API version");
        add("supervisor.readLog", "Reads bytes of the main log.", "string result The bytes read", OFFSET, LENGTH);
        add("supervisor.readMainLog", "Same as readLog.", "string result The bytes read", OFFSET, LENGTH);
        add("supervisor.readProcessLog", "Same as readProcessStdoutLog.", "string result The bytes read",
                NAME, OFFSET, LENGTH);
        add("supervisor.readProcessStderrLog", "Reads bytes of a process's stderr log.",
                "string result The bytes read", NAME, OFFSET, LENGTH);
        add("supervisor.readProcessStdoutLog", "Reads bytes of a process's stdout log.",
                "string result The bytes read", NAME, OFFSET, LENGTH);
        add("supervisor.reloadConfig", "Reads the configuration again and compares its groups with the active"
                + " ones, changing nothing.", "array result [[added, changed, removed]] group names");
        add("supervisor.removeProcessGroup", "Removes a process group whose processes are all stopped.",
                "boolean result True once removed", "string name The group's name");
        add("supervisor.restart", "Restarts supervisord.", "boolean result True unless an error occurs");
        add("supervisor.sendProcessStdin", "Writes characters to a process's stdin (UTF-8 encoded).",
                "boolean result True unless an error occurs", NAME, "string chars The characters to write");
        add("supervisor.sendRemoteCommEvent", "Emits a REMOTE_COMMUNICATION event to event listeners.",
                "boolean result True unless an error occurs", "string type The event's type header",
                "string data The event's body");
        add("supervisor.shutdown", "Stops every process, then supervisord.",
                "boolean result True unless an error occurs");
        add("supervisor.signalAllProcesses", "Sends a signal to every process that has one to receive it.",
                RESULTS, SIGNAL);
        add("supervisor.signalProcess", "Sends a signal to a process.", "boolean result True unless an error occurs",
                NAME, SIGNAL);
        add("supervisor.signalProcessGroup", "Sends a signal to every process of a group.", RESULTS,
                "string name The group's name", SIGNAL);
        add("supervisor.startAllProcesses", "Starts every process that is not running.", RESULTS, WAIT);
        add("supervisor.startProcess", "Starts a process ('group:*' starts a group).",
                "boolean result True unless an error occurs", "string name The process (or 'group:name' or 'group:*')",
                WAIT);
        add("supervisor.startProcessGroup", "Starts every process of a group that is not running.", RESULTS,
                "string name The group's name", WAIT);
        add("supervisor.stopAllProcesses", "Stops every running process.", RESULTS, WAIT);
        add("supervisor.stopProcess", "Stops a process ('group:*' stops a group).",
                "boolean result True unless an error occurs", NAME, WAIT);
        add("supervisor.stopProcessGroup", "Stops every running process of a group.", RESULTS,
                "string name The group's name", WAIT);
        add("supervisor.tailProcessLog", "Same as tailProcessStdoutLog.", TAIL_RESULT, NAME, OFFSET, TAIL_LENGTH);
        add("supervisor.tailProcessStderrLog", "Reads the end of a process's stderr log from an offset; when"
                + " more than length bytes follow it, only the last length bytes and overflow=true.", TAIL_RESULT,
                NAME, OFFSET, TAIL_LENGTH);
        add("supervisor.tailProcessStdoutLog", "Reads the end of a process's stdout log from an offset; when"
                + " more than length bytes follow it, only the last length bytes and overflow=true.", TAIL_RESULT,
                NAME, OFFSET, TAIL_LENGTH);
        add("system.listMethods", "The names of every method.", "array result The method names");
        add("system.methodHelp", "A method's description.", "string result The description",
                "string name The method's name");
        add("system.methodSignature", "A method's return and argument types.",
                "array result [return type, argument types...]", "string name The method's name");
        add("system.multicall", "Runs several calls in one request.", "array result One result or fault per call",
                "array calls Structs with methodName and params");
    }

    private MethodCatalog() {}

    /** Every method name, sorted, as system.listMethods answers. */
    static List<String> names() {
        return ENTRIES.keySet().stream().sorted().toList();
    }

    static Optional<Entry> find(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }

    /** {@code returns} and each of {@code params}: "type name text". */
    private static void add(String name, String summary, String returns, String... params) {
        StringBuilder help = new StringBuilder(summary).append("\n\n");
        List<String> types = new ArrayList<>();
        for (String p : params) {
            help.append("@param ").append(p).append('\n');
            types.add(p.substring(0, p.indexOf(' ')));
        }
        help.append("@return ").append(returns).append('\n');
        String returnType = returns.substring(0, returns.indexOf(' '));
        ENTRIES.put(name, new Entry(name, returnType, List.copyOf(types), help.toString()));
    }
}
