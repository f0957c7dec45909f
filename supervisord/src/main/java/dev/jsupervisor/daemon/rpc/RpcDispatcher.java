package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.plugin.DaemonPlugins.Namespace;
import dev.jsupervisor.xmlrpc.Fault;
import dev.jsupervisor.xmlrpc.FaultException;
import dev.jsupervisor.xmlrpc.MethodCall;
import dev.jsupervisor.xmlrpc.XmlRpcLimits;
import dev.jsupervisor.xmlrpc.XmlRpcParseException;
import dev.jsupervisor.xmlrpc.XmlRpcParser;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * /RPC2: parses a method call, finds it in the method table by its exact full name (anything
 * else, "_private" and "a.b.c" included, is UNKNOWN_METHOD), checks the argument count, runs it
 * on the loop thread and writes the answer.
 */
public final class RpcDispatcher {
    private static final XmlRpcLimits LIMITS = XmlRpcLimits.ofMaxBytes(4 * 1024 * 1024);

    private final Map<String, RpcMethod> table = new TreeMap<>();
    private final MainLog log;
    private List<String> pluginNamespaces = List.of();

    RpcDispatcher(List<RpcMethod> methods, MainLog log) {
        for (RpcMethod m : methods) {
            table.put(m.name(), m);
        }
        table.put(Multicall.NAME, Multicall.method(this));
        this.log = log;
    }

    /** The daemon's table: every method implemented so far (system.listMethods names all of 4.2.5's). */
    public static RpcDispatcher forDaemon(DaemonControl daemon) {
        try {
            return forDaemon(daemon, List.of());
        } catch (PluginSetupException e) {
            throw new IllegalStateException(e); // no plugin, no factory to fail
        }
    }

    /**
     * The daemon's table with the methods of the Java [rpcinterface:x] plugins under their
     * namespaces. Built-in names win over a plugin's that would take their place.
     *
     * @throws PluginSetupException a plugin's factory failed
     */
    public static RpcDispatcher forDaemon(DaemonControl daemon, List<Namespace> namespaces)
            throws PluginSetupException {
        PluginNamespaces.Host host = new PluginNamespaces.Host(daemon.mainLog());
        PluginNamespaces plugins = new PluginNamespaces(namespaces, host);
        List<RpcMethod> methods = new ArrayList<>(plugins.methods());
        methods.addAll(new SupervisorMethods(daemon, ZoneId.systemDefault()).methods());
        methods.addAll(new ConfigMethods(daemon).methods());
        methods.addAll(new LogMethods(daemon).methods());
        methods.addAll(new SystemMethods(plugins).methods());
        methods.addAll(new ControlMethods(daemon).methods());
        RpcDispatcher dispatcher = new RpcDispatcher(methods, daemon.mainLog());
        dispatcher.pluginNamespaces = List.copyOf(plugins.names());
        host.attach(dispatcher);
        return dispatcher;
    }

    /** The Java plugin namespaces, in file order. */
    public List<String> pluginNamespaces() {
        return pluginNamespaces;
    }

    /** The names this table answers (tests check them against the published list). */
    Set<String> methodNames() {
        return Set.copyOf(table.keySet());
    }

    public RpcReply handle(byte[] body) {
        MethodCall call;
        try {
            call = XmlRpcParser.parseCall(body, LIMITS);
        } catch (XmlRpcParseException | RuntimeException e) {
            log.error(Messages.unmarshallable(repr(body)));
            return RpcReply.error(400);
        }
        if (call.methodName().isEmpty()) {
            log.error(Messages.noMethodName(repr(body)));
            return RpcReply.error(400);
        }
        return invoke(call);
    }

    private RpcReply invoke(MethodCall call) {
        String name = call.methodName();
        log.trace(Messages.called(name));
        RpcMethod method = table.get(name);
        try {
            if (method == null) {
                throw SupervisorMethods.fault(Fault.UNKNOWN_METHOD, null);
            }
            if (!method.accepts(call.params().size())) {
                throw SupervisorMethods.fault(Fault.INCORRECT_PARAMETERS, null);
            }
            Object result = method.body().call(call.params());
            log.trace(Messages.returned(name));
            return result instanceof Deferred later ? RpcReply.pending(later) : RpcReply.of(result);
        } catch (FaultException f) {
            log.trace(Messages.returnedFault(name, f.code(), f.faultString()));
            return RpcReply.of(f);
        } catch (RuntimeException e) {
            // RpcInternalError where the reference's method raises; anything else is our bug,
            // which must cost the client its answer (500, as the reference) but not the daemon.
            return RpcReply.error(500);
        }
    }

    /**
     * A call made from inside system.multicall: the same table and checks, no log lines. Like the
     * reference's traverse(), the params spread as Python's *args would: a list as it is, a string
     * as its characters, a struct as its keys; anything else is INCORRECT_PARAMETERS.
     */
    Object callInside(Object methodName, Object params) throws FaultException {
        if (!(methodName instanceof String name)) {
            throw PyValues.noAttribute(methodName, "split");
        }
        RpcMethod method = table.get(name);
        if (method == null) {
            throw SupervisorMethods.fault(Fault.UNKNOWN_METHOD, null);
        }
        List<Object> args = PyValues.spread(params);
        if (args == null || !method.accepts(args.size())) {
            throw SupervisorMethods.fault(Fault.INCORRECT_PARAMETERS, null);
        }
        Object result = method.body().call(args);
        return result instanceof Encoded encoded ? encoded.value() : result;
    }

    /**
     * A call from inside the daemon (the web UI), by full name with Java values as arguments: the
     * same table and checks as /RPC2, no log lines. A RuntimeException of the method (a call the
     * reference's method would fail on) goes to the caller.
     */
    public LocalCall call(String name, Object... args) {
        try {
            return LocalCall.of(callInside(name, List.of(args)));
        } catch (FaultException f) {
            return LocalCall.failed(f);
        }
    }

    /** Enough of the body to recognise it in the log; the reference shows Python's repr. */
    private static String repr(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
    }
}
