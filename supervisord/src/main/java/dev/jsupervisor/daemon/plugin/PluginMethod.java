package dev.jsupervisor.daemon.plugin;

import dev.jsupervisor.xmlrpc.FaultException;
import java.util.List;
import java.util.Objects;

/**
 * One method of a plugin namespace.
 *
 * @param name      the name without the namespace ("ping" for "acme.ping"); letters, digits, '_'
 * @param minArgs   the fewest arguments; fewer is INCORRECT_PARAMETERS, as for built-in methods
 * @param maxArgs   the most arguments
 * @param help      what system.methodHelp answers (may be empty)
 * @param signature what system.methodSignature answers: [return type, argument types...]; empty
 *                  when not given, which makes methodSignature answer SIGNATURE_UNSUPPORTED
 * @param body      the method; it runs on the event loop thread and must not block
 */
public record PluginMethod(String name, int minArgs, int maxArgs, String help, List<String> signature,
        Body body) {
    /**
     * The body of a method. Arguments and the result are XML-RPC values as the codec reads and
     * writes them: String, Integer, Boolean, Double, byte[], List, Map with String keys. Throw
     * {@link FaultException} for a fault; any other exception answers HTTP 500, as a Python
     * exception does in the reference, and leaves the daemon running.
     */
    @FunctionalInterface
    public interface Body {
        Object call(List<Object> args) throws FaultException;
    }

    public PluginMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (!isMethodName(name)) {
            // the dispatcher answers UNKNOWN_METHOD for "a.b.c" and "_private" names, as the reference
            throw new IllegalArgumentException("not a method name: '" + name + "'");
        }
        help = help == null ? "" : help;
        signature = signature == null ? List.of() : List.copyOf(signature);
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException("bad argument range for " + name);
        }
    }

    private static boolean isMethodName(String name) {
        return !name.isEmpty() && !name.startsWith("_")
                && name.chars().allMatch(c -> c == '_' || c < 128 && Character.isLetterOrDigit(c));
    }

    /** A method taking exactly {@code args} arguments, with help and no signature. */
    public static PluginMethod of(String name, int args, String help, Body body) {
        return new PluginMethod(name, args, args, help, List.of(), body);
    }
}
