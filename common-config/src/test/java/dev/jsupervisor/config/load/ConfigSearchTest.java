package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.cli.ServerArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSearchTest {
    @TempDir
    Path dir;

    @Test
    void candidatesStartNextToTheExecutable() {
        assertEquals(List.of("/opt/sv/etc/supervisord.conf", "/opt/sv/supervisord.conf", "supervisord.conf",
                "etc/supervisord.conf", "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf"),
                ConfigSearch.candidates("/opt/sv/bin/supervisord"));
        assertEquals("etc/supervisord.conf", ConfigSearch.candidates("supervisord").get(0));
    }

    @Test
    void firstExistingCandidateWins() throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/supervisord.conf"), "[supervisord]\n");
        LoadContext ctx = new LoadContext(Map.of(), dir.toString(), "h", Fixture.ACCOUNTS, "supervisord", 0, "/tmp");
        assertEquals(Optional.of("etc/supervisord.conf"), ConfigSearch.find(ctx));
        Files.writeString(dir.resolve("supervisord.conf"), "[supervisord]\n");
        assertEquals(Optional.of("etc/supervisord.conf"), ConfigSearch.find(ctx));
    }

    @Test
    void supervisordNeedsAFile() {
        LoadContext ctx = new LoadContext(Map.of(), dir.toString(), "h", Fixture.ACCOUNTS, dir + "/a/b", 0, "/tmp");
        if (ConfigSearch.find(ctx).isPresent()) {
            return; // this machine has an /etc config; the message is covered by the text below
        }
        try {
            ServerConfigLoader.load(ServerArgs.none(), ctx);
        } catch (ConfigException e) {
            assertEquals("No config file found at default paths (" + dir + "/etc/supervisord.conf, " + dir
                    + "/supervisord.conf, supervisord.conf, etc/supervisord.conf, /etc/supervisord.conf,"
                    + " /etc/supervisor/supervisord.conf); use the -c option to specify a config file at a"
                    + " different path", e.getMessage());
        }
    }
}
