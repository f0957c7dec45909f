package dev.jsupervisor.config.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.value.InMemoryAccounts;
import dev.jsupervisor.config.value.LogLevel;
import dev.jsupervisor.config.value.PathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every expected text was printed by /usr/bin/supervisord (after "Error: ") for the same arguments. */
class ServerCommandLineTest {
    @TempDir
    Path dir;
    private PathContext paths;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("logs"));
        paths = new PathContext(dir.toString(), "/root");
    }

    private ServerArgs parse(String... args) throws UsageException {
        return ServerCommandLine.parse(List.of(args), paths, new InMemoryAccounts());
    }

    private String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void noArgumentsMeansNothingGiven() throws Exception {
        assertEquals(ServerArgs.none(), parse());
    }

    @Test
    void everyOptionConverted() throws Exception {
        ServerArgs a = parse("-c", "s.conf", "-n", "-s", "-u", "app", "-m", "0o27", "-d", "logs", "-l", "logs/x.log",
                "-y", "10kb", "-z", " 3", "-e", "DEBUG", "-j", "~/p.pid", "-i", "", "-q", "logs", "-k", "-a", "99",
                "-t", "--minprocs=7", "--profile_options", "cumulative,callers");
        assertEquals(new ServerArgs("s.conf", false, false, true, true, "app", 23, "logs", "logs/x.log", 10240L, 3,
                LogLevel.DEBG, "/root/p.pid", "", "logs", true, 99, true, 7, "cumulative,callers"), a);
    }

    @Test
    void longFormsAndUniquePrefixes() throws Exception {
        ServerArgs a = parse("--conf=x", "--nod", "--logl", "warn", "--strip", "--nocleanup", "--silent");
        assertEquals("x", a.configFile());
        assertEquals(LogLevel.WARN, a.loglevel());
        assertTrue(a.nodaemon() && a.stripAnsi() && a.nocleanup() && a.silent());
        assertNull(a.user());
    }

    @Test
    void getoptErrors() {
        assertEquals("option --bogus not recognized", error("--bogus"));
        assertEquals("option -x not recognized", error("-x"));
        assertEquals("option -c requires argument", error("-c"));
        assertEquals("option --nodaemon must not have an argument", error("--nodaemon=1"));
        assertEquals("option --configuration requires argument", error("--con"));
        assertEquals("option --help must not have an argument", error("--help=1"));
        assertEquals("option -- not a unique prefix", error("--=x"));
        assertEquals("option -: not recognized", error("-:"));
        assertEquals("option --m not a unique prefix", error("--m=1"));
        assertEquals("option --bogus not recognized", error("-h", "--bogus"));
    }

    @Test
    void positionalArguments() {
        assertEquals("positional arguments are not supported: ['x']", error("x"));
        assertEquals("positional arguments are not supported: ['x', 'y']", error("-n", "x", "y"));
        assertEquals("positional arguments are not supported: ['x']", error("--", "x"));
        assertEquals("positional arguments are not supported: ['-']", error("-"));
    }

    @Test
    void conflicts() {
        assertEquals("conflicting command line option '-n'", error("-n", "-n"));
        assertEquals("conflicting command line option '-c'", error("-ncfoo", "-c", "bar"));
        assertEquals("conflicting command line option '--user'", error("--user=x", "--user", "y"));
        assertEquals("conflicting command line option '-i'", error("-i", "", "-i", "x"));
        assertEquals("conflicting command line option '-a'", error("--minfds", "5", "-a", "6"));
        assertEquals("conflicting command line option '-k'", error("-k", "-k"));
    }

    @Test
    void invalidValues() {
        assertEquals("invalid value for -e 'nosuch': bad logging level name 'nosuch'", error("-e", "nosuch"));
        assertEquals("invalid value for --loglevel 'Nope': bad logging level name 'Nope'", error("--loglevel=Nope"));
        assertEquals("invalid value for -e 'crit': bad logging level name 'crit'", error("-e", "crit"));
        assertEquals("invalid value for -m '9': 9 can not be converted to an octal type", error("-m", "9"));
        assertEquals("invalid value for -d '/nonexist': /nonexist is not an existing directory", error("-d", "/nonexist"));
        assertEquals("invalid value for -l '/no/such/x': The directory named as part of the path /no/such/x does not exist",
                error("-l", "/no/such/x"));
        assertEquals("invalid value for -y '5x': invalid literal for int() with base 10: '5x'", error("-y", "5x"));
        assertEquals("invalid value for -z ' 3x': invalid literal for int() with base 10: ' 3x'", error("-z", " 3x"));
        assertEquals("invalid value for -a '1.5': invalid literal for int() with base 10: '1.5'", error("-a", "1.5"));
        assertEquals("invalid value for --minprocs 'x': invalid literal for int() with base 10: 'x'", error("--minp=x"));
        assertEquals("invalid value for -e '\"x\\'': bad logging level name '\"x\\''", error("-e", "\"x'"));
        assertEquals("option -a requires argument", error("-a"));
    }

    @Test
    void optionsActInOrderSoHelpAndVersionStopProcessing() throws Exception {
        assertEquals("invalid value for -e 'bad': bad logging level name 'bad'", error("-e", "bad", "-h"));
        assertTrue(parse("-h", "-e", "bad").help());
        assertTrue(parse("-?").help());
        assertTrue(parse("--h").help());
        ServerArgs v = parse("-ve", "bad");
        assertTrue(v.version());
        assertFalse(v.help());
        assertNull(v.loglevel());
        assertEquals("invalid value for -e 'bad': bad logging level name 'bad'", error("-e", "bad", "-v"));
        assertFalse(parse("-v", "-h").help());
        assertEquals("option -x not recognized", error("-v", "-x"));
    }
}
