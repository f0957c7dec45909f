package dev.jsupervisor.daemon;

import dev.jsupervisor.config.launch.StartupErrors;
import dev.jsupervisor.config.launch.Invocation;
import dev.jsupervisor.config.launch.PythonLocale;
import dev.jsupervisor.config.launch.Console;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.InMemoryAccounts;
import dev.jsupervisor.daemon.loop.StartupFailure;
import dev.jsupervisor.daemon.loop.TestFailures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisordMainTest {
    private static final String ARGV0 = "/opt/js/bin/supervisord";

    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int uid = 1000;

    private int run(String... args) {
        Invocation invocation = new Invocation(ARGV0, Map.of("HOME", "/home/u"), dir.toString(), "node1", uid,
                new InMemoryAccounts().user("u", 1000, 1000, "/home/u"));
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        ServerStartup.Launch fake = (config, argv, child) -> {
            launched = config;
            return launchResult.get();
        };
        return new ServerStartup(invocation, console, fake).run(List.of(args));
    }

    /** What the fake daemon does with a valid configuration: a code, or a startup failure. */
    @FunctionalInterface
    private interface LaunchResult {
        int get() throws StartupFailure;
    }

    private ServerConfig launched;
    private LaunchResult launchResult = () -> 0;

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void shortVersionFlagPrintsTheReferenceVersion() {
        assertEquals(0, run("-v"));
        assertEquals("4.2.5\n", out());
        assertEquals("", err());
    }

    @Test
    void longVersionFlagPrintsTheReferenceVersion() {
        assertEquals(0, run("--version"));
        assertEquals("4.2.5\n", out());
    }

    @Test
    void helpNamesTheProgramAsInvokedAndEveryOption() {
        for (String flag : List.of("-h", "-?", "--help", "--he")) {
            out.reset();
            assertEquals(0, run(flag));
            assertTrue(out().contains("Usage: " + ARGV0 + " [options]\n"), out());
            for (String option : List.of("-c/--configuration FILENAME", "-n/--nodaemon", "-s/--silent",
                    "-h/--help", "-v/--version", "-u/--user USER", "-m/--umask UMASK",
                    "-d/--directory DIRECTORY", "-l/--logfile FILENAME", "-y/--logfile_maxbytes BYTES",
                    "-z/--logfile_backups NUM", "-e/--loglevel LEVEL", "-j/--pidfile FILENAME",
                    "-i/--identifier STR", "-q/--childlogdir DIRECTORY", "-k/--nocleanup", "-a/--minfds NUM",
                    "-t/--strip_ansi", "--minprocs NUM", "--profile_options OPTIONS")) {
                assertTrue(out().contains("\n" + option + " -- "), option);
            }
            assertTrue(out().endsWith("\n\n"));
            assertEquals("", err());
        }
    }

    @Test
    void usageErrorIsTwoLinesAndExitTwo() {
        assertEquals(2, run("-x"));
        assertEquals("", out());
        assertEquals("Error: option -x not recognized\nFor help, use " + ARGV0 + " -h\n", err());
    }

    @Test
    void configErrorIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("s.conf"), "[program:a]\ncommand=/bin/true\n");
        assertEquals(2, run("-c", "s.conf"));
        assertEquals("Error: .ini file does not include supervisord section\nFor help, use "
                + ARGV0 + " -h\n", err());
    }

    @Test
    void missingConfigFileIsAUsageError() {
        assertEquals(2, run("-c", "nope.conf"));
        assertEquals("Error: could not find config file nope.conf\nFor help, use " + ARGV0 + " -h\n", err());
    }

    @Test
    void validConfigIsHandedToTheDaemon() throws IOException {
        Files.writeString(dir.resolve("s.conf"), "[supervisord]\n");
        assertEquals(0, run("-n", "-c", "s.conf"));
        assertEquals("", out());
        assertEquals("", err());
        assertTrue(launched.supervisord().nodaemon());
    }

    @Test
    void usageFailureOfTheDaemonIsTwoLinesAndExitTwo() throws IOException {
        Files.writeString(dir.resolve("s.conf"), "[supervisord]\n");
        launchResult = () -> {
            throw TestFailures.usage("Can't drop privilege as nonroot user");
        };
        assertEquals(2, run("-n", "-c", "s.conf"));
        assertEquals("Error: Can't drop privilege as nonroot user\nFor help, use " + ARGV0 + " -h\n", err());
    }

    @Test
    void otherFailureOfTheDaemonIsOneLineAndExitOne() throws IOException {
        Files.writeString(dir.resolve("s.conf"), "[supervisord]\n");
        launchResult = () -> {
            throw TestFailures.fatal("cannot create\nthe log");
        };
        assertEquals(1, run("-n", "-c", "s.conf"));
        assertEquals("Error: cannot create the log\n", err());
    }

    @Test
    void rootWithoutConfigOptionIsWarnedBeforeTheSearch() throws IOException {
        uid = 0;
        Files.writeString(dir.resolve("supervisord.conf"), "[supervisord]\n");
        assertEquals(0, run());
        assertEquals(Messages.rootSearchWarning(), err());
    }

    @Test
    void rootWithConfigOptionIsNotWarned() throws IOException {
        uid = 0;
        Files.writeString(dir.resolve("s.conf"), "[supervisord]\n");
        assertEquals(0, run("-c", "s.conf"));
        assertEquals("", err());
    }

    @Test
    void crashLineIsOneLine() {
        assertEquals("Error: ParsingError: a b 'c\\n'\n", StartupErrors.crash("ParsingError", "a\nb\n'c\\n'"));
    }

    @Test
    void argv0FallsBackToTheToolName() {
        String saved = System.getProperty(Invocation.ARGV0_PROPERTY);
        String savedHome = System.getProperty(Invocation.HOME_PROPERTY);
        try {
            System.clearProperty(Invocation.ARGV0_PROPERTY);
            System.clearProperty(Invocation.HOME_PROPERTY);
            assertEquals("supervisord", Invocation.argv0For("supervisord"));
            System.setProperty(Invocation.HOME_PROPERTY, "/opt/js");
            assertEquals("/opt/js/bin/supervisord", Invocation.argv0For("supervisord"));
            System.setProperty(Invocation.ARGV0_PROPERTY, "./sd");
            assertEquals("./sd", Invocation.argv0For("supervisord"));
        } finally {
            restore(Invocation.ARGV0_PROPERTY, saved);
            restore(Invocation.HOME_PROPERTY, savedHome);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void pythonCoercesTheCLocale() {
        assertEquals("C.UTF-8", PythonLocale.coerce(Map.of("PATH", "/bin")).get("LC_CTYPE"));
        assertEquals("C.UTF-8", PythonLocale.coerce(Map.of("LANG", "POSIX")).get("LC_CTYPE"));
        assertEquals(Map.of("LANG", "C.UTF-8"), PythonLocale.coerce(Map.of("LANG", "C.UTF-8")));
        assertEquals(Map.of("LC_ALL", "C"), PythonLocale.coerce(Map.of("LC_ALL", "C")));
    }

    @Test
    void hostFactsComeFromTheKernel() {
        assertTrue(Invocation.realUid() >= 0);
        assertTrue(!Invocation.kernelHostname().isEmpty());
    }
}
