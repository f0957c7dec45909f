package dev.jsupervisor.config.load;

import dev.jsupervisor.config.model.PluginConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** [rpcinterface:x] (supervisord) and [ctlplugin:x] (supervisorctl) sections, in file order. */
final class PluginSectionsLoader {
    private PluginSectionsLoader() {}

    static List<PluginConfig> load(OptionReader reader, PluginResolver resolver, String factoryKey,
                                   String sectionPrefix) throws ConfigException {
        List<PluginConfig> plugins = new ArrayList<>();
        for (String section : reader.doc().sections()) {
            if (section.startsWith(sectionPrefix)) {
                plugins.add(loadOne(reader, resolver, factoryKey, section));
            }
        }
        return plugins;
    }

    private static PluginConfig loadOne(OptionReader reader, PluginResolver resolver, String factoryKey,
                                        String section) throws ConfigException {
        String name = section.substring(section.indexOf(':') + 1);
        String factory = reader.get(section, factoryKey, null);
        if (factory == null) {
            throw new ConfigException(Messages.pluginWithoutFactory(section, factoryKey));
        }
        if (!resolver.resolves(factory, section)) {
            throw new ConfigException(resolver.unresolved(factory, section));
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (String option : reader.doc().options(section)) {
            if (!option.equals(factoryKey)) {
                extras.put(option, reader.get(section, option, null));
            }
        }
        return new PluginConfig(name, factory, extras);
    }
}
