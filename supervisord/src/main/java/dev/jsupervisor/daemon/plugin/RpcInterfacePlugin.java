package dev.jsupervisor.daemon.plugin;

import java.util.List;
import java.util.Map;

/**
 * The Java counterpart of an {@code [rpcinterface:x]} factory. Implementations are found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.jsupervisor.daemon.plugin.RpcInterfacePlugin} of its jar) and
 * selected by {@code supervisor.rpcinterface_factory = <spec()>}, by default
 * {@code java:<fully qualified class name>}.
 *
 * <p>{@link #methods} is called once per daemon start (and again after a reload by SIGHUP), on
 * the event loop thread, before the HTTP servers accept calls. Its methods are answered under
 * the section's name: {@code [rpcinterface:acme]} with a method {@code "ping"} answers
 * {@code acme.ping}, listed by system.listMethods and callable through system.multicall.
 */
public interface RpcInterfacePlugin {
    /** The {@code supervisor.rpcinterface_factory} value that selects this plugin. */
    default String spec() {
        return "java:" + getClass().getName();
    }

    /**
     * Makes the namespace's methods.
     *
     * @param options every other key of the section, as strings with %(here)s and %(ENV_X)s
     *                expanded (the reference passes them as keyword arguments)
     * @param host    what the methods may do of the daemon
     * @return the methods, named without the namespace
     * @throws Exception to refuse to start: the daemon reports "Could not make x rpc interface"
     */
    List<PluginMethod> methods(Map<String, String> options, PluginHost host) throws Exception;
}
