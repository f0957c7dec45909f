package dev.jsupervisor.config.model;

import dev.jsupervisor.config.value.RestartPolicy;
import java.util.List;
import java.util.Map;

/**
 * One process of a program-like section ({@code [program:x]}, {@code [fcgi-program:x]},
 * {@code [eventlistener:x]}); a section with numprocs=N yields N of these. Values are final:
 * expansions done, [supervisord] environment already merged under the program's own.
 */
public record ProcessConfig(
        String name,                     // process_name: %(program_name)s
        Integer uid,                     // user=: null = do not switch
        String command,                  // command: required
        String directory,                // directory: null = inherit
        Integer umask,                   // umask: null = inherit
        int priority,                    // priority: 999
        boolean autostart,               // autostart: true
        RestartPolicy autorestart,       // autorestart: unexpected
        int startsecs,                   // startsecs: 1
        int startretries,                // startretries: 3
        LogChannelConfig stdout,         // stdout_*
        LogChannelConfig stderr,         // stderr_*
        int stopsignal,                  // stopsignal: TERM (15)
        int stopwaitsecs,                // stopwaitsecs: 10
        boolean stopasgroup,             // stopasgroup: false
        boolean killasgroup,             // killasgroup: = stopasgroup
        List<Integer> exitcodes,         // exitcodes: 0
        boolean redirectStderr,          // redirect_stderr: false
        Map<String, String> environment, // environment: none (+ [supervisord] environment)
        String serverurl) {              // serverurl: AUTO (null)

    public static final String DEFAULT_PROCESS_NAME = "%(program_name)s";
    public static final String DEFAULT_NUMPROCS = "1";
    public static final String DEFAULT_NUMPROCS_START = "0";
    public static final String DEFAULT_PRIORITY = "999";
    public static final String DEFAULT_AUTOSTART = "true";
    public static final String DEFAULT_AUTORESTART = "unexpected";
    public static final String DEFAULT_STARTSECS = "1";
    public static final String DEFAULT_STARTRETRIES = "3";
    public static final String DEFAULT_STOPSIGNAL = "TERM";
    public static final String DEFAULT_STOPWAITSECS = "10";
    public static final String DEFAULT_STOPASGROUP = "false";
    public static final String DEFAULT_EXITCODES = "0";
    public static final String DEFAULT_REDIRECT_STDERR = "false";
    public static final String DEFAULT_ENVIRONMENT = "";
    /** serverurl=AUTO means "use supervisord's own fallback URL". */
    public static final String SERVERURL_AUTO = "AUTO";

    public ProcessConfig {
        exitcodes = List.copyOf(exitcodes);
        environment = ReadOnly.map(environment);
    }

    /** The same process with a different environment (used to merge the global one in). */
    public ProcessConfig withEnvironment(Map<String, String> env) {
        return new ProcessConfig(name, uid, command, directory, umask, priority, autostart,
                autorestart, startsecs, startretries, stdout, stderr, stopsignal, stopwaitsecs,
                stopasgroup, killasgroup, exitcodes, redirectStderr, env, serverurl);
    }
}
