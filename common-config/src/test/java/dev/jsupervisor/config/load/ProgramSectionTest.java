package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.value.LogfileName;
import dev.jsupervisor.config.value.RestartPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramSectionTest {
    @TempDir
    Path dir;

    @Test
    void defaults() throws Exception {
        GroupConfig g = new Fixture(dir).onlyGroup("[supervisord]\n[program:cat]\ncommand=cat\n");
        assertEquals(new ProgramGroupConfig("cat", 999, g.processes()), g);
        ProcessConfig p = g.processes().get(0);
        assertEquals(new ProcessConfig("cat", null, "cat", null, null, 999, true, RestartPolicy.UNEXPECTED,
                1, 3, LogChannelConfig.defaults(), LogChannelConfig.defaults(), 15, 10, false, false,
                List.of(0), false, Map.of(), null), p);
    }

    static final String FULL = """
            [supervisord]
            environment=G=g
            [program:full]
            command=run %(ENV_G)s %(ENV_L)s
            process_name=p%(process_num)s
            numprocs=1
            numprocs_start=4
            priority=5
            autostart=false
            autorestart=true
            startsecs=0
            startretries=9
            stopsignal=INT
            stopwaitsecs=2
            stopasgroup=true
            killasgroup=true
            exitcodes=1,2
            user=app
            redirect_stderr=false
            stdout_logfile=%(here)s/out.log
            stdout_logfile_maxbytes=1KB
            stdout_logfile_backups=1
            stdout_capture_maxbytes=2
            stdout_events_enabled=true
            stdout_syslog=true
            stderr_logfile=NONE
            stderr_logfile_maxbytes=3
            stderr_logfile_backups=4
            stderr_capture_maxbytes=5
            stderr_events_enabled=true
            stderr_syslog=true
            environment=L="l%(process_num)s"
            directory=/tmp
            umask=002
            serverurl=http://h:1
            """;

    @Test
    void fullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        ProcessConfig defaults = f.onlyGroup("[supervisord]\n[program:cat]\ncommand=cat\n").processes().get(0);
        ServerConfig c = f.server(FULL);
        ProcessConfig p = c.groups().get(0).processes().get(0);
        // redirect_stderr=true would blank stderr_logfile, so it has its own test.
        FullMapping.assertEveryComponentDiffers(defaults, p, Set.of("redirectStderr"));
        assertEquals("p4", p.name());
        assertEquals("run g l4", p.command());
        assertEquals(Map.of("G", "g", "L", "l4"), p.environment());
        assertEquals(LogfileName.path(dir + "/out.log"), p.stdout().logfile());
        assertEquals(LogfileName.NONE, p.stderr().logfile());
        assertEquals(1000, p.uid());
        assertEquals(2, p.stopsignal());
        assertEquals(5, c.groups().get(0).priority());
    }

    @Test
    void redirectStderrDropsTheStderrFileWithAWarning() throws Exception {
        ServerConfig c = new Fixture(dir).server(
                "[supervisord]\n[program:x]\ncommand=x\nredirect_stderr=true\nstderr_logfile=/tmp/e.log\n");
        ProcessConfig p = c.groups().get(0).processes().get(0);
        assertEquals(true, p.redirectStderr());
        assertEquals(LogfileName.NONE, p.stderr().logfile());
        assertEquals(List.of("For [program:x], redirect_stderr=true but stderr_logfile has also been set to a"
                + " filename, the filename has been ignored"), c.messages().warnings());
    }

    @Test
    void numprocsNamesAndSortsProcesses() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n[program:n]\ncommand=c %(process_num)d/%(numprocs)d"
                + "\nprocess_name=n_%(process_num)s\nnumprocs=11\n");
        List<ProcessConfig> ps = c.groups().get(0).processes();
        assertEquals(11, ps.size());
        assertEquals(List.of("n_0", "n_1", "n_10", "n_2"), ps.subList(0, 4).stream().map(ProcessConfig::name).toList());
        assertEquals("c 10/11", ps.get(2).command());
    }

    @Test
    void processNumIsNotAvailableToSharedOptions() throws Exception {
        Fixture f = new Fixture(dir);
        // The group reads priority first, with only "here" and no section suffix.
        assertEquals("Format string '%(process_num)s' for 'program:x.priority' contains names ('process_num')"
                + " which cannot be expanded. Available names: ENV_FOO, ENV_HOME, ENV_PATH, here",
                f.serverError("[supervisord]\n[program:x]\ncommand=x\npriority=%(process_num)s\n"));
        assertEquals("Format string '%(process_num)s' for 'program:x.startsecs' contains names ('process_num')"
                + " which cannot be expanded. Available names: ENV_FOO, ENV_HOME, ENV_PATH, group_name,"
                + " here, host_node_name, program_name in section 'program:x' (file: 'supervisord.conf')",
                f.serverError("[supervisord]\n[program:x]\ncommand=x\nstartsecs=%(process_num)s\n"));
    }

    @Test
    void syslogLogfileAndAutoWithoutRolloverWarn() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n[program:x]\ncommand=x\n"
                + "stdout_logfile=syslog\nstderr_logfile_maxbytes=0\n");
        ProcessConfig p = c.groups().get(0).processes().get(0);
        assertEquals(LogfileName.NONE, p.stdout().logfile());
        assertEquals(true, p.stdout().syslog());
        assertEquals(List.of(
                "For [program:x], stdout_logfile=syslog but this is deprecated and will be removed.  Use"
                        + " stdout_syslog=true to enable syslog instead.",
                "For [program:x], AUTO logging used for stderr_logfile without rollover, set maxbytes > 0 to"
                        + " avoid filling up filesystem unintentionally"), c.messages().warnings());
    }

    @Test
    void hostNodeNameAndGroupName() throws Exception {
        ProcessConfig p = new Fixture(dir).onlyGroup("[supervisord]\n[program:x]\n"
                + "command=%(host_node_name)s %(group_name)s %(program_name)s\n").processes().get(0);
        assertNull(p.directory());
        assertEquals("testhost x x", p.command());
    }
}
