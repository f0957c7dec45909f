package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsupervisor.config.cli.ClientArgs;
import dev.jsupervisor.config.model.ClientConfig;
import dev.jsupervisor.config.model.PluginConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaults() throws Exception {
        ClientConfig c = new Fixture(dir).client("[supervisorctl]\n", List.of());
        assertEquals(new ClientConfig("c.conf", "http://localhost:9001", null, null, "supervisor", null, true,
                List.of(), List.of()), c);
    }

    @Test
    void fullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        ClientConfig defaults = f.client("[supervisorctl]\n", List.of());
        ClientConfig full = f.client("[supervisorctl]\nserverurl=unix://%(here)s/./s.sock\nusername=%(ENV_FOO)s\n"
                + "password=p\nprompt=mine\nhistory_file=~/h\n[ctlplugin:x]\n"
                + "supervisor.ctl_factory=supervisor.rpcinterface:make_main_rpcinterface\nk=v\n", List.of("status"));
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of("configFile"));
        assertEquals("unix://" + dir + "/s.sock", full.serverurl());
        assertEquals("/root/h", full.historyFile());
        assertEquals(List.of(new PluginConfig("x", "supervisor.rpcinterface:make_main_rpcinterface", Map.of("k", "v"))),
                full.ctlplugins());
    }

    @Test
    void commandLineBeatsFileExceptHistoryFile() throws Exception {
        Fixture f = new Fixture(dir).write("c.conf", "[supervisorctl]\nserverurl=http://a:1\nhistory_file=/h\n");
        ClientConfig c = ClientConfigLoader.load(new ClientArgs("c.conf", false, true, "http://b:2", "u", "p", "/x",
                List.of("status")), f.context());
        assertEquals("http://b:2", c.serverurl());
        assertEquals("u", c.username());
        assertEquals("/h", c.historyFile());
        assertEquals(true, c.interactive());
    }

    @Test
    void errors() {
        Fixture f = new Fixture(dir);
        ConfigException e = assertThrows(ConfigException.class, () -> f.client("[supervisord]\n", List.of()));
        assertEquals(".ini file does not include supervisorctl section", e.getMessage());
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ClientConfigLoader.load(Fixture.clientArgs("nope.conf", List.of()), f.context()));
        assertEquals("could not find config file nope.conf", missing.getMessage());
        ConfigException crash = assertThrows(ConfigException.class, () -> f.client("junk\n", List.of()));
        assertEquals("MissingSectionHeaderError", crash.crashType());
    }

    @Test
    void noConfigFileAnywhereMeansDefaults() throws Exception {
        Fixture f = new Fixture(dir);
        LoadContext ctx = new LoadContext(Map.of(), dir.toString(), "h", Fixture.ACCOUNTS, dir + "/bin/x", 0, "/tmp");
        if (ConfigSearch.find(ctx).isEmpty()) {
            ClientConfig c = ClientConfigLoader.load(Fixture.clientArgs(null, List.of("x")), ctx);
            assertEquals("http://localhost:9001", c.serverurl());
            assertEquals(false, c.interactive());
        }
    }
}
