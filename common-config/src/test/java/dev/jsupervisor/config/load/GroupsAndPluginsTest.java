package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.PluginConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsAndPluginsTest {
    @TempDir
    Path dir;

    @Test
    void groupDefaults() throws Exception {
        GroupConfig g = new Fixture(dir).onlyGroup("[supervisord]\n[program:a]\ncommand=a\n[group:g]\nprograms=a\n");
        assertEquals("g", g.name());
        assertEquals(999, g.priority());
        assertEquals(List.of("a"), g.processes().stream().map(ProcessConfig::name).toList());
    }

    @Test
    void groupFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        ProgramGroupConfig defaults = (ProgramGroupConfig) f.onlyGroup(
                "[supervisord]\n[program:a]\ncommand=a\n[group:g]\nprograms=a\n");
        ProgramGroupConfig full = (ProgramGroupConfig) f.onlyGroup(
                "[supervisord]\n[program:a]\ncommand=a\n[program:b]\ncommand=b\n[group:h]\nprograms=b,a\npriority=1\n");
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of());
        assertEquals(List.of("b", "a"), full.processes().stream().map(ProcessConfig::name).toList());
    }

    @Test
    void groupsSortByPriorityThenName() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n[program:b]\ncommand=b\n[program:a]\ncommand=a\n"
                + "[program:z]\ncommand=z\npriority=1\n[eventlistener:l]\ncommand=l\nevents=TICK\n");
        assertEquals(List.of("l", "z", "a", "b"), c.groups().stream().map(GroupConfig::name).toList());
    }

    @Test
    void groupErrorsAndTheReusedSectionName() {
        Fixture f = new Fixture(dir);
        assertEquals("[group:g] names unknown program or fcgi-program x",
                f.serverError("[supervisord]\n[group:g]\nprograms=x\n"));
        // After the first member the reference names the member's section instead of the group's.
        assertEquals("[program:a] names unknown program or fcgi-program x",
                f.serverError("[supervisord]\n[program:a]\ncommand=a\n[group:g]\nprograms=a,x\n"));
        assertEquals("[group:g] name a is ambiguous (exists as program and fcgi-program)", f.serverError(
                "[supervisord]\n[program:a]\ncommand=a\n[fcgi-program:a]\ncommand=a\nsocket=tcp://h:1\n"
                        + "[group:g]\nprograms=a\n"));
    }

    @Test
    void rpcinterfaceDefaultsAndFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        assertEquals(List.of(), f.server("[supervisord]\n").rpcinterfaces());
        ServerConfig c = f.server("[supervisord]\nenvironment=E=e\n[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "a=%(ENV_FOO)s\nb=%(ENV_E)s\n");
        assertEquals(List.of(new PluginConfig("supervisor", "supervisor.rpcinterface:make_main_rpcinterface",
                Map.of("a", "foo", "b", "e"))), c.rpcinterfaces());
    }

    @Test
    void pluginErrors() {
        Fixture f = new Fixture(dir);
        assertEquals("section [rpcinterface:x] does not specify a supervisor.rpcinterface_factory",
                f.serverError("[supervisord]\n[rpcinterface:x]\n"));
        assertEquals("my.mod:fn cannot be resolved within [rpcinterface:x]",
                f.serverError("[supervisord]\n[rpcinterface:x]\nsupervisor.rpcinterface_factory=my.mod:fn\n"));
    }
}
