package dev.jsupervisor.config.model;

import java.util.List;

/**
 * What supervisorctl runs with: the [supervisorctl] values with command-line overrides applied,
 * plus the one-shot action words and the configured [ctlplugin:x] sections.
 */
public record ClientConfig(
        String configFile,          // null when none was given or found
        String serverurl,
        String username,
        String password,
        String prompt,
        String historyFile,         // from the file only: the reference ignores -r here
        boolean interactive,        // -i, or no action words
        List<String> args,
        List<PluginConfig> ctlplugins) {

    public ClientConfig {
        args = List.copyOf(args);
        ctlplugins = List.copyOf(ctlplugins);
    }
}
