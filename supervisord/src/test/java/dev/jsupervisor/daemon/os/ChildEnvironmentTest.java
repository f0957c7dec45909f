package dev.jsupervisor.daemon.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.value.RestartPolicy;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    static ProcessConfig process(String name, Map<String, String> env, String serverurl) {
        RestartPolicy policy = RestartPolicy.values()[0];
        return new ProcessConfig(name, null, "/usr/bin/env", null, null, 999, true, policy, 1, 3,
                null, null, 15, 10, false, false, List.of(0), false, env, serverurl);
    }

    @Test
    void supervisorVariablesOnTopOfTheDaemonsEnvironment() {
        ChildEnvironment ce = new ChildEnvironment(Map.of("HOME", "/root", "PATH", "/bin"), "unix:///tmp/s.sock");
        Map<String, String> env = ce.build(process("web_00", Map.of(), null), "web");
        assertEquals("/root", env.get("HOME"));
        assertEquals("1", env.get("SUPERVISOR_ENABLED"));
        assertEquals("unix:///tmp/s.sock", env.get("SUPERVISOR_SERVER_URL"));
        assertEquals("web_00", env.get("SUPERVISOR_PROCESS_NAME"));
        assertEquals("web", env.get("SUPERVISOR_GROUP_NAME"));
    }

    @Test
    void programServerUrlWinsAndNoServerMeansNoVariable() {
        ChildEnvironment ce = new ChildEnvironment(Map.of(), "http://localhost:9001");
        assertEquals("http://h:1", ce.build(process("p", Map.of(), "http://h:1"), "p").get("SUPERVISOR_SERVER_URL"));
        assertFalse(new ChildEnvironment(Map.of(), null).build(process("p", Map.of(), null), "p")
                .containsKey("SUPERVISOR_SERVER_URL"));
    }

    @Test
    void environmentIsAppliedLastAndCanOverrideEverything() {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("PATH", "/opt/bin");
        own.put("SUPERVISOR_PROCESS_NAME", "renamed");
        Map<String, String> env = new ChildEnvironment(Map.of("PATH", "/bin"), null)
                .build(process("p", own, null), "p");
        assertEquals("/opt/bin", env.get("PATH"));
        assertEquals("renamed", env.get("SUPERVISOR_PROCESS_NAME"));
    }

    @Test
    void aRealChildSeesExactlyThoseVariables() throws IOException {
        Map<String, String> env = new ChildEnvironment(Map.of("LC_ALL", "C"), "unix:///x.sock")
                .build(process("p", Map.of("FOO", "a=b c"), null), "g");
        SpawnSpec spec = new SpawnSpec("/usr/bin/env", List.of("env"), ChildEnvironment.envp(env),
                null, null, null, -1, -1, -1);
        String out = Children.run(Children.spawner(), spec, false).stdout();
        assertEquals("LC_ALL=C\nSUPERVISOR_ENABLED=1\nSUPERVISOR_SERVER_URL=unix:///x.sock\n"
                + "SUPERVISOR_PROCESS_NAME=p\nSUPERVISOR_GROUP_NAME=g\nFOO=a=b c\n", out);
    }
}
