package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.launch.Console;
import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.value.InMemoryAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java [ctlplugin:x] actions, run one-shot and listed by help as 4.2.5 lists plugin commands. */
class PluginActionsTest {
    private static final String HELLO = "java:dev.jsupervisor.ctl.plugin.HelloPlugin";

    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String factory, String... action) throws IOException {
        Path conf = dir.resolve("ctl.conf");
        Files.writeString(conf, "[supervisorctl]\nserverurl=unix://" + dir.resolve("none.sock") + "\n"
                + "[ctlplugin:acme]\nsupervisor.ctl_factory = " + factory + "\ngreeting = hi\n");
        Invocation invocation = new Invocation(dir.resolve("bin/supervisorctl").toString(), Map.of("HOME", "/home/u"),
                dir.toString(), "node1", 1000, new InMemoryAccounts());
        List<String> argv = new ArrayList<>(List.of("-c", conf.toString()));
        argv.addAll(List.of(action));
        return SupervisorctlMain.run(argv, invocation, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void actionsRunOneShotWithTheSectionsOptions() throws IOException {
        assertEquals(0, run(HELLO, "hello", "x"));
        assertEquals("hello x hi\n", out());
        out.reset();
        assertEquals(7, run(HELLO, "bye"));
        assertEquals("bye\n", out());
    }

    @Test
    void builtInActionsWin() throws IOException {
        run(HELLO, "status");
        assertTrue(!out().contains("never"), out());
    }

    @Test
    void helpListsDocumentedActionsUnderTheSectionName() throws IOException {
        assertEquals(0, run(HELLO, "help"));
        assertEquals(Messages.ACTION_LIST + "\n"
                + "acme commands (type help <topic>):\n"
                + "==================================\n"
                + "bye  hello  status  version2\n"
                + "\n", out());
    }

    @Test
    void helpOnATopicAsksEveryPluginAsTheReferenceDoes() throws IOException {
        run(HELLO, "help", "hello");
        assertEquals("*** No help on hello\nhello <x>\tSay hello\n", out());
        out.reset();
        run(HELLO, "help", "zz");
        assertEquals("*** No help on zz\n*** No help on zz\n", out());
        out.reset();
        run(HELLO, "help", "help");
        assertEquals(Messages.ACTION_HELP.get("help") + "\n", out());
    }

    @Test
    void aTransportErrorTheActionLeavesIsReportedAsTheReferenceReportsAPluginsException() throws IOException {
        assertEquals(1, run(HELLO, "version2"));
        assertTrue(out().startsWith("error: <class 'FileNotFoundError'>, [Errno 2] No such file or directory"), out());
    }

    @Test
    void pythonFactoriesFailWithTheReferenceLine() throws IOException {
        assertEquals(2, run("supervisor_wildcards.controllerplugin:make_wildcards_controllerplugin", "status"));
        assertEquals("Error: supervisor_wildcards.controllerplugin:make_wildcards_controllerplugin cannot be resolved"
                + " within [ctlplugin:acme]\nFor help, use " + dir.resolve("bin/supervisorctl") + " -h\n", err());
    }

    @Test
    void aClassThatIsNoPluginIsNamed() throws IOException {
        assertEquals(2, run("java:java.lang.String", "status"));
        assertTrue(err().startsWith("Error: java:java.lang.String cannot be resolved within [ctlplugin:acme]"
                + " (java.lang.String is not a dev.jsupervisor.ctl.plugin.ControllerPlugin listed in"
                + " META-INF/services)\n"), err());
    }

    @Test
    void aFactoryThatThrowsEndsTheStartOnOneLine() throws IOException {
        assertEquals(2, run("java:dev.jsupervisor.ctl.plugin.FailingPlugin", "status"));
        assertTrue(err().startsWith("Error: Could not make acme ctl plugin: needs url=\n"), err());
        assertEquals("", out());
    }

    @Test
    void theDefaultControllerNamedInASectionAddsNothing() throws IOException {
        assertEquals(0, run("supervisor.supervisorctl:DefaultControllerPlugin", "help"));
        assertEquals(Messages.ACTION_LIST, out());
    }

    @Test
    void pluginActionsCompleteAfterTheBuiltInOnes() {
        Completion completion = new Completion(() -> null, List.of("zap", "helloworld"));
        assertEquals(List.of("help ", "helloworld "), completion.matches("hel", "hel"));
        assertEquals(List.of("zap "), completion.matches("z", "z"));
    }
}
