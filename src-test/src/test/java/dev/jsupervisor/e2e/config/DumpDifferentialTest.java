package dev.jsupervisor.e2e.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Development-time differential checks: small configs written to a temp dir, dumped by the
 * oracle and by OurConfigDump, compared byte for byte. (The broad corpus is ConfigCorpusTest.)
 */
class DumpDifferentialTest {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "HOME", "/root", "LANG", "C.UTF-8",
            "FOO", "foo-value");

    @TempDir
    Path dir;

    static Stream<Arguments> serverCases() {
        return Stream.of(
                Arguments.of("minimal", "[supervisord]\n", List.of()),
                Arguments.of("no-supervisord", "[program:x]\ncommand=x\n", List.of()),
                Arguments.of("full-program", DumpCases.FULL_PROGRAM, List.of()),
                Arguments.of("numprocs", DumpCases.NUMPROCS, List.of()),
                Arguments.of("servers", DumpCases.SERVERS, List.of()),
                Arguments.of("groups", DumpCases.GROUPS, List.of()),
                Arguments.of("listener-fcgi", DumpCases.LISTENER_FCGI, List.of()),
                Arguments.of("cli-overrides", DumpCases.SUPERVISORD_FULL, List.of("-n", "-m", "077", "-e", "debug", "-i", "cli")),
                Arguments.of("supervisord-full", DumpCases.SUPERVISORD_FULL, List.of()),
                Arguments.of("two-errors-program", DumpCases.TWO_ERRORS, List.of()),
                Arguments.of("group-unknown-second", DumpCases.GROUP_UNKNOWN_SECOND, List.of()),
                Arguments.of("fcgi-bad-socket", "[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=unix://rel/x\n", List.of()),
                Arguments.of("listener-bad-event", "[supervisord]\n[eventlistener:l]\ncommand=x\nevents=NOPE\n", List.of()),
                Arguments.of("bad-plugin", "[supervisord]\n[rpcinterface:x]\nsupervisor.rpcinterface_factory=a.b:c\n", List.of()),
                Arguments.of("expansion-error", "[supervisord]\n[program:x]\ncommand=%(nope)s\n", List.of()),
                Arguments.of("version", "[supervisord]\n", List.of("-v")),
                Arguments.of("order-supervisord-before-program", "[program:x]\ncommand=x\nstartsecs=a\n[supervisord]\nminfds=b\n", List.of()),
                Arguments.of("order-rpc-before-program", "[supervisord]\n[program:x]\ncommand=x\nstartsecs=a\n[rpcinterface:r]\n", List.of()),
                Arguments.of("order-program-before-server", "[supervisord]\n[unix_http_server]\n[program:x]\ncommand=x\nstartsecs=a\n", List.of()),
                Arguments.of("order-group-before-program", "[supervisord]\n[program:x]\ncommand=x\nstartsecs=a\n[group:g]\nprograms=nope\n", List.of()),
                Arguments.of("order-program-listener-fcgi", "[supervisord]\n[fcgi-program:f]\ncommand=f\n[eventlistener:l]\ncommand=l\n[program:x]\ncommand=x\nstartsecs=a\n", List.of()),
                Arguments.of("order-listener-before-fcgi", "[supervisord]\n[fcgi-program:f]\ncommand=f\n[eventlistener:l]\ncommand=l\n", List.of()),
                Arguments.of("order-inet-before-unix", "[supervisord]\n[unix_http_server]\n[inet_http_server]\n", List.of()),
                Arguments.of("order-server-before-user", "[supervisord]\nuser=nosuchuser\n[inet_http_server]\n", List.of()),
                Arguments.of("order-cli-user-last", "[supervisord]\n[program:x]\ncommand=x\nstartsecs=a\n", List.of("-u", "nosuchuser")),
                Arguments.of("order-auth-before-port", "[supervisord]\n[inet_http_server]\nusername=u\n", List.of()),
                Arguments.of("order-file-before-auth", "[supervisord]\n[unix_http_server]\nusername=u\n", List.of()),
                Arguments.of("order-listener-name-suffix", "[supervisord]\n[eventlistener:a b]\ncommand=l\nevents=TICK\n", List.of()),
                Arguments.of("order-fcgi-user-unsuffixed", "[supervisord]\n[fcgi-program:f]\ncommand=f\nuser=nosuchuser\nsocket=tcp://h:1\n", List.of()),
                Arguments.of("fcgi-port-range", "[supervisord]\n[fcgi-program:f]\ncommand=f\nsocket=tcp://h:0\n", List.of()),
                Arguments.of("numprocs-zero-no-command", "[supervisord]\n[program:x]\nnumprocs=0\n", List.of()),
                Arguments.of("group-empty-member", "[supervisord]\n[program:a]\ncommand=a\n[group:g]\nprograms=a,,\n", List.of()),
                Arguments.of("default-section", "[DEFAULT]\nstartsecs=7\n[supervisord]\n[program:a]\ncommand=a\n[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory=supervisor.rpcinterface:make_main_rpcinterface\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverCases")
    void serverDumpMatchesOracle(String name, String conf, List<String> args) throws Exception {
        Oracle.assumeAvailable();
        Files.writeString(dir.resolve("supervisord.conf"), conf);
        Files.createDirectories(dir.resolve("conf.d"));
        String expected = Oracle.run(false, "supervisord.conf", args, ENV, dir);
        assertEquals(expected, OurConfigDump.dumpServer(Path.of("supervisord.conf"), args, ENV, dir), name);
    }

    @ParameterizedTest(name = "include {0}")
    @MethodSource("includeCases")
    void includeDumpMatchesOracle(String name, String main, Map<String, String> extra) throws Exception {
        Oracle.assumeAvailable();
        Files.writeString(dir.resolve("supervisord.conf"), main);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        String expected = Oracle.run(false, "supervisord.conf", List.of(), ENV, dir);
        assertEquals(expected, OurConfigDump.dumpServer(Path.of("supervisord.conf"), List.of(), ENV, dir), name);
    }

    static Stream<Arguments> includeCases() {
        return Stream.of(
                Arguments.of("glob", "[supervisord]\n[include]\nfiles=conf.d/*.conf nomatch/*.ini\n",
                        Map.of("conf.d/b.conf", "[program:b]\ncommand=%(here)s/b\n",
                                "conf.d/a.conf", "[program:a]\ncommand=%(here)s/a\n")),
                Arguments.of("error-in-included", "[supervisord]\n[include]\nfiles=sub/x.conf\n",
                        Map.of("sub/x.conf", "[program:a]\ncommand=a\npriority=high\n")),
                Arguments.of("no-files", "[supervisord]\n[include]\n", Map.of()),
                Arguments.of("here-per-file", "[supervisord]\nenvironment=X=\"%(here)s\"\n[include]\nfiles=a/*.conf\n",
                        Map.of("a/one.conf", "[program:one]\ncommand=%(here)s/one\nenvironment=H=\"%(here)s\"\n")),
                Arguments.of("include-redefines-section", "[supervisord]\n[program:a]\ncommand=a\n[include]\nfiles=b.conf\n",
                        Map.of("b.conf", "[program:a]\nstartsecs=bad\n")),
                Arguments.of("include-parse-error", "[supervisord]\n[include]\nfiles=b.conf\n", Map.of("b.conf", "junk\n")));
    }

    @ParameterizedTest(name = "path {0}")
    @MethodSource("pathCases")
    void configPathsAndBareEnvironment(String config, Map<String, String> env) throws Exception {
        Oracle.assumeAvailable();
        // "/abs/..." means an absolute -c path inside the temp dir.
        Path file = dir.resolve(config.startsWith("/") ? config.substring(1) : config);
        Files.createDirectories(file.getParent());
        Files.writeString(file, DumpCases.NUMPROCS + "[include]\nfiles=*.ini\n[program:e]\ncommand=%(ENV_LC_CTYPE)s\n");
        String given = config.startsWith("/") ? file.toString() : config;
        String expected = Oracle.run(false, given, List.of(), env, dir);
        assertEquals(expected, OurConfigDump.dumpServer(Path.of(given), List.of(), env, dir), config);
    }

    static Stream<Arguments> pathCases() {
        Map<String, String> bare = Map.of("PATH", "/usr/bin:/bin");
        return Stream.of(
                Arguments.of("sub/dir/s.conf", bare),
                Arguments.of("/abs/s.conf", bare),
                Arguments.of("./s.conf", Map.of("PATH", "/bin", "LANG", "C.UTF-8", "LC_CTYPE", "C.UTF-8")));
    }

    @ParameterizedTest(name = "ctl {0}")
    @MethodSource("clientCases")
    void clientDumpMatchesOracle(String name, String conf, List<String> args) throws Exception {
        Oracle.assumeAvailable();
        Files.writeString(dir.resolve("c.conf"), conf);
        String expected = Oracle.run(true, "c.conf", args, ENV, dir);
        assertEquals(expected, OurConfigDump.dumpClient(Path.of("c.conf"), args, ENV, dir), name);
    }

    static Stream<Arguments> clientCases() {
        return Stream.of(
                Arguments.of("minimal", "[supervisorctl]\n", List.of()),
                Arguments.of("no-section", "[supervisord]\n", List.of()),
                Arguments.of("full", DumpCases.CTL_FULL, List.of("status", "all")),
                Arguments.of("overrides", DumpCases.CTL_FULL, List.of("-s", "http://h:1", "-u", "u", "-p", "p", "-r", "/x")),
                Arguments.of("parse-crash", "no header\n", List.of()),
                Arguments.of("help", "[supervisorctl]\n", List.of("-h")));
    }
}
