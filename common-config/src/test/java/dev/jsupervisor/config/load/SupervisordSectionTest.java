package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jsupervisor.config.cli.ServerArgs;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.SupervisordConfig;
import dev.jsupervisor.config.value.LogLevel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisordSectionTest {
    @TempDir
    Path dir;

    @Test
    void defaults() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n");
        SupervisordConfig s = c.supervisord();
        assertEquals(dir + "/supervisord.log", s.logfile());
        assertEquals(50L * 1024 * 1024, s.logfileMaxbytes());
        assertEquals(10, s.logfileBackups());
        assertEquals(LogLevel.INFO, s.loglevel());
        assertEquals(dir + "/supervisord.pid", s.pidfile());
        assertEquals(022, s.umask());
        assertEquals(false, s.nodaemon());
        assertEquals(false, s.silent());
        assertEquals(1024, s.minfds());
        assertEquals(200, s.minprocs());
        assertEquals(false, s.nocleanup());
        assertEquals("/tmp", s.childlogdir());
        assertNull(s.user());
        assertNull(s.directory());
        assertEquals(false, s.stripAnsi());
        assertEquals(Map.of(), s.environment());
        assertEquals("supervisor", s.identifier());
        assertNull(s.profileOptions());
        assertNull(c.uid());
        assertNull(c.gid());
        assertNull(c.serverurl());
    }

    static final String FULL = """
            [supervisord]
            logfile=%(here)s/main.log
            logfile_maxbytes=1KB
            logfile_backups=3
            loglevel=debug
            pidfile=%(here)s/sd.pid
            umask=077
            nodaemon=true
            silent=yes
            minfds=5
            minprocs=6
            nocleanup=on
            childlogdir=%(here)s
            user=app
            directory=/
            strip_ansi=1
            environment=A="%(ENV_FOO)s",B=b
            identifier=me
            """;

    @Test
    void fullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        SupervisordConfig defaults = f.server("[supervisord]\n").supervisord();
        ServerConfig c = f.server(FULL);
        // profile_options comes from the command line only.
        FullMapping.assertEveryComponentDiffers(defaults, c.supervisord(), Set.of("profileOptions"));
        SupervisordConfig s = c.supervisord();
        assertEquals(dir + "/main.log", s.logfile());
        assertEquals(1024, s.logfileMaxbytes());
        assertEquals(LogLevel.DEBG, s.loglevel());
        assertEquals(077, s.umask());
        assertEquals(dir.toString(), s.childlogdir());
        assertEquals(Map.of("A", "foo", "B", "b"), s.environment());
        assertEquals(1000, c.uid());
        assertEquals(1001, c.gid());
    }

    @Test
    void commandLineBeatsFile() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("supervisord.conf", FULL);
        ServerArgs args = new ServerArgs("supervisord.conf", false, false, false, null, "nobody", 0,
                null, "/tmp/x.log", 7L, null, LogLevel.CRIT, null, "cli", null, null, null, null, null, "x");
        ServerConfig c = ServerConfigLoader.load(args, f.context());
        assertEquals(false, c.supervisord().nodaemon());
        assertEquals("nobody", c.supervisord().user());
        assertEquals(65534, c.uid());
        assertEquals(0, c.supervisord().umask());
        assertEquals("/tmp/x.log", c.supervisord().logfile());
        assertEquals(7L, c.supervisord().logfileMaxbytes());
        assertEquals(3, c.supervisord().logfileBackups());
        assertEquals(LogLevel.CRIT, c.supervisord().loglevel());
        assertEquals("cli", c.supervisord().identifier());
        assertEquals("x", c.supervisord().profileOptions());
    }

    @Test
    void syslogLogfileIsNotMadeAbsolute() throws Exception {
        assertEquals("syslog", new Fixture(dir).server("[supervisord]\nlogfile=syslog\n").supervisord().logfile());
    }

    @Test
    void environmentIsExpandedTwiceSoDoublePercentBreaks() throws Exception {
        String error = new Fixture(dir).serverError("[supervisord]\nenvironment=A=\"100%%(x)s\"\n");
        assertEquals("Format string 'A=\"100%(x)s\"' for 'environment' contains names ('x') which cannot be"
                + " expanded. Available names: ENV_FOO, ENV_HOME, ENV_PATH, here, host_node_name", error);
    }

    @Test
    void badUserIsReportedAfterEverythingElse() throws Exception {
        Fixture f = new Fixture(dir);
        assertEquals("Invalid user name nosuch", f.serverError("[supervisord]\nuser=nosuch\n"));
        assertEquals("program section program:x does not specify a command in section 'program:x'"
                + " (file: 'supervisord.conf')", f.serverError("[supervisord]\nuser=nosuch\n[program:x]\n"));
    }
}
