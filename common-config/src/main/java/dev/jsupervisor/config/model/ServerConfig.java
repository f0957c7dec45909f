package dev.jsupervisor.config.model;

import java.util.List;

/** Everything supervisord read from its config file and command line. */
public record ServerConfig(
        String configFile,                  // as given (or found), not normalized
        String here,                        // absolute directory of configFile
        SupervisordConfig supervisord,
        Integer uid,                        // of supervisord's user=, null when not set
        Integer gid,                        // primary group of uid
        String serverurl,                   // first unix server, else the last inet one; null if none
        List<HttpServerConfig> servers,     // inet sections first, then unix ones
        List<PluginConfig> rpcinterfaces,
        List<GroupConfig> groups,           // sorted by (priority, name)
        ParseMessages messages) {

    public ServerConfig {
        servers = List.copyOf(servers);
        rpcinterfaces = List.copyOf(rpcinterfaces);
        groups = List.copyOf(groups);
    }
}
