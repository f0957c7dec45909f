package dev.jsupervisor.config.model;

import java.util.Map;

/**
 * An {@code [rpcinterface:x]} or {@code [ctlplugin:x]} section: the factory spec and every other
 * key of the section (expanded), passed to the factory as keyword arguments.
 */
public record PluginConfig(String name, String factory, Map<String, String> extras) {
    /** The factory key of [rpcinterface:x]. */
    public static final String RPCINTERFACE_FACTORY_KEY = "supervisor.rpcinterface_factory";
    /** The factory key of [ctlplugin:x]. */
    public static final String CTLPLUGIN_FACTORY_KEY = "supervisor.ctl_factory";
    /** The built-in rpcinterface factory (the supervisor.* namespace). */
    public static final String MAIN_RPCINTERFACE = "supervisor.rpcinterface:make_main_rpcinterface";

    public PluginConfig {
        extras = ReadOnly.map(extras);
    }
}
