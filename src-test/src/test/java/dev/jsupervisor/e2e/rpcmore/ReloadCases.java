package dev.jsupervisor.e2e.rpcmore;

/** Configurations that reloadConfig reads in the differential tests. */
final class ReloadCases {
    private ReloadCases() {}

    /** Appended to the base config, each makes the reread fail with CANT_REREAD (or not, like the reference). */
    static final String[] BROKEN = {
        "[program:x]\ncommand=/bin/true\nstartsecs=abc\n",
        "[program:x]\n",
        "garbage line\n",
        "[program:y]\ncommand=/bin/true\nnumprocs=2\n",
        "[include]\nfiles=/nonexistent/*.conf\n",
        "[program:z]\ncommand=/bin/true\nuser=nosuchuser\n",
        "[program:cat]\ncommand=/bin/true\n",
        "[eventlistener:l]\ncommand=/bin/cat\n",
        "[program:w]\ncommand=/bin/true\nautorestart=ture\n",
    };

    /** cat's command changed, quick gone, talk's stderr from AUTO to a path, two new groups. */
    static String changed(String base) {
        String text = base.replace("command=/bin/cat\n", "command=/bin/cat -u\n")
                .replace("[program:quick]\ncommand=/bin/sh -c \"echo hello; exit 0\"\nstartsecs=0\nautorestart=false\n",
                        "")
                .replace("[program:talk]\n", "[program:talk]\nstderr_logfile=${DIR}/talk.err\n");
        return text + "[program:newone]\ncommand=/bin/sleep 1000\npriority=5\n"
                + "[program:zzz]\ncommand=/bin/sleep 1000\nautostart=false\npriority=1\n";
    }

    /** talk's stdout from a path to AUTO: the reference's equality does not see it. */
    static String autoBack(String base) {
        return base.replace("stdout_logfile=${DIR}/talk.out\n", "stdout_logfile=AUTO\n");
    }

    /** Edits of the base config, each compared by one reloadConfig (nothing is applied). */
    static String[] variants(String base) {
        return new String[] {
            base.replace("programs=manual\n", "programs=manual,cat\n"),
            base.replace("[group:grp]\n", "[group:grp]\npriority=5\n"),
            base.replace("[program:cat]\n", "[program:cat]\nnumprocs=2\nprocess_name=%(program_name)s_%(process_num)d\n"),
            base.replace("[program:cat]\n", "[program:cat]\nenvironment=A=\"1\"\n"),
            base.replace("[program:cat]\n", "[program:cat]\nexitcodes=0,2\n"),
            base.replace("[program:cat]\n", "[program:cat]\nexitcodes=0\nstopsignal=TERM\nstartsecs=1\n"),
            base.replace("[program:cat]\n", "[program:cat]\nstopsignal=INT\n"),
            base.replace("[program:cat]\n", "[program:cat]\nuser=root\n"),
            base.replace("[program:cat]\n", "[program:cat]\nstdout_logfile_maxbytes=1MB\n"),
            base.replace("[program:quiet]\n", "[program:quiet]\nstderr_logfile=NONE\n"),
            base.replace("[program:quiet]\n", "[program:quiet]\nstdout_logfile=AUTO\n"),
            base.replace("[supervisord]\n", "[supervisord]\nenvironment=B=\"2\"\n"),
            base.replace("[program:manual]\n", "[program:manual]\npriority=3\n"),
            base.replace("[program:talk]\n", "[eventlistener:talk]\nevents=TICK_60\n"),
        };
    }
}
