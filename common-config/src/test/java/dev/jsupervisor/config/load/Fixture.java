package dev.jsupervisor.config.load;

import dev.jsupervisor.config.cli.ClientArgs;
import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.model.ClientConfig;
import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.InMemoryAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A temp directory with config files and a deterministic load context. */
final class Fixture {
    static final String HOST = "testhost";
    static final InMemoryAccounts ACCOUNTS = new InMemoryAccounts()
            .user("root", 0, 0, "/root")
            .user("nobody", 65534, 65534, "/nonexistent")
            .user("app", 1000, 1001, "/home/app")
            .group("root", 0)
            .group("nogroup", 65534)
            .group("appgrp", 1001);

    final Path dir;
    final Map<String, String> env = new HashMap<>(Map.of("PATH", "/bin", "HOME", "/root", "FOO", "foo"));

    Fixture(Path dir) {
        this.dir = dir;
    }

    Fixture write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LoadContext context() {
        return new LoadContext(env, dir.toString(), HOST, ACCOUNTS, "/usr/bin/supervisord", 0, "/tmp");
    }

    ServerConfig server(String conf) throws ConfigException {
        write("supervisord.conf", conf);
        return ServerConfigLoader.load(serverArgs("supervisord.conf"), context());
    }

    String serverError(String conf) {
        try {
            server(conf);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + conf);
    }

    GroupConfig onlyGroup(String conf) throws ConfigException {
        List<GroupConfig> groups = server(conf).groups();
        if (groups.size() != 1) {
            throw new AssertionError("groups: " + groups);
        }
        return groups.get(0);
    }

    ClientConfig client(String conf, List<String> action) throws ConfigException {
        write("c.conf", conf);
        return ClientConfigLoader.load(clientArgs("c.conf", action), context());
    }

    static ServerArgs serverArgs(String configFile) {
        return new ServerArgs(configFile, false, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    static ClientArgs clientArgs(String configFile, List<String> action) {
        return new ClientArgs(configFile, false, false, null, null, null, null, action);
    }
}
