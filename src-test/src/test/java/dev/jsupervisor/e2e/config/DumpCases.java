package dev.jsupervisor.e2e.config;

/** Config texts for DumpDifferentialTest. */
final class DumpCases {
    private DumpCases() {}

    static final String FULL_PROGRAM = """
            [supervisord]
            environment=GLOBAL="g",SHARED="from-global"
            [program:full]
            command=/bin/cat %(program_name)s %(ENV_FOO)s %(ENV_GLOBAL)s %(ENV_LOCAL)s
            process_name=%(program_name)s_%(process_num)02d
            numprocs=2
            numprocs_start=3
            priority=5
            autostart=false
            startsecs=0
            startretries=7
            autorestart=true
            exitcodes=0,2,255
            stopsignal=KILL
            stopwaitsecs=3
            stopasgroup=true
            killasgroup=true
            user=nobody
            redirect_stderr=true
            stdout_logfile=%(here)s/out-%(process_num)d.log
            stdout_logfile_maxbytes=1KB
            stdout_logfile_backups=2
            stdout_capture_maxbytes=1MB
            stdout_events_enabled=true
            stdout_syslog=true
            stderr_logfile=%(here)s/err.log
            stderr_logfile_maxbytes=0
            stderr_logfile_backups=0
            stderr_capture_maxbytes=5
            stderr_events_enabled=yes
            stderr_syslog=on
            environment=LOCAL="l%(process_num)s",SHARED="mine"
            directory=/tmp/%(group_name)s
            umask=002
            serverurl=http://x:1
            """;

    static final String NUMPROCS = """
            [supervisord]
            [program:n]
            command=echo %(process_num)s of %(numprocs)s on %(host_node_name)s
            process_name=n_%(process_num)s
            numprocs=11
            stdout_logfile_maxbytes=0
            stderr_logfile=syslog
            """;

    static final String SERVERS = """
            [supervisord]
            [inet_http_server]
            port=127.0.0.1:9001
            username=u
            password=p
            [unix_http_server]
            file=%(here)s/a.sock
            chmod=0777
            chown=nobody:nogroup
            [unix_http_server:extra]
            file=  ./b.sock
            [inet_http_server:two]
            port=*:9002
            """;

    static final String GROUPS = """
            [supervisord]
            [program:b]
            command=b
            priority=3
            [program:a]
            command=a
            [fcgi-program:f]
            command=f
            socket=tcp://localhost:9000
            [group:g]
            programs=b,a,f
            priority=1
            [program:z]
            command=z
            priority=1
            [program:y]
            command=y
            priority=1
            """;

    static final String LISTENER_FCGI = """
            [supervisord]
            [eventlistener:lst]
            command=listen
            events=process_state,TICK_60 , PROCESS_LOG_STDERR
            buffer_size=3
            [fcgi-program:web]
            command=web
            socket=unix://%(here)s/%(program_name)s.sock
            socket_backlog=12
            socket_mode=0600
            socket_owner=nobody:nogroup
            numprocs=2
            process_name=web%(process_num)s
            """;

    static final String SUPERVISORD_FULL = """
            [supervisord]
            logfile=%(here)s/main.log
            logfile_maxbytes=1GB
            logfile_backups=0
            loglevel=blather
            pidfile=~/sd.pid
            umask=0
            nodaemon=true
            silent=true
            minfds=10
            minprocs=20
            nocleanup=true
            childlogdir=%(here)s
            user=nobody
            directory=/tmp
            strip_ansi=true
            environment=A="1",B="%(ENV_FOO)s"
            identifier=ident
            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
            retries = %(ENV_A)s
            """;

    static final String TWO_ERRORS = """
            [supervisord]
            [program:x]
            command=x
            startsecs=abc
            priority=xyz
            """;

    static final String GROUP_UNKNOWN_SECOND = """
            [supervisord]
            [program:a]
            command=a
            [group:g]
            programs=a,missing
            """;

    static final String CTL_FULL = """
            [supervisorctl]
            serverurl=unix://%(here)s/../x/./s.sock
            username=%(ENV_FOO)s
            password=secret
            prompt=mine
            history_file=%(here)s/hist
            [ctlplugin:p]
            supervisor.ctl_factory=supervisor.rpcinterface:make_main_rpcinterface
            key=%(ENV_FOO)s
            """;
}
