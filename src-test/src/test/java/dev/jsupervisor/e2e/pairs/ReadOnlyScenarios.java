package dev.jsupervisor.e2e.pairs;

import java.util.List;

/**
 * Scenarios that change no process state (argument errors that never reach the daemon are left to
 * e2e.ctl.ReadOnlyCommandsTest), so each implementation's daemon is shared by all of
 * them (and by both supervisorctls) within {@link ReadOnlyPairsTest}.
 */
final class ReadOnlyScenarios {
    private ReadOnlyScenarios() {}

    /** RUNNING programs, a two-process program, a FATAL one, a never-started one, a group with a chatty program. */
    static final String PROGRAMS = "[program:cat]\ncommand=/bin/cat\n"
            + "[program:sleeper]\ncommand=/bin/sleep 1000\nnumprocs=2\n"
            + "process_name=%(program_name)s_%(process_num)02d\n"
            + "[program:failer]\ncommand=/bin/false\nstartretries=0\n"
            + "[program:manual]\ncommand=/bin/sleep 1000\nautostart=false\n"
            + "[program:talker]\ncommand=/bin/sh -c \"printf 'out-1\\nout-2\\nout-3\\n'; printf 'err-1\\nerr-2\\n' >&2; "
            + "exec /bin/sleep 1000\"\nstderr_logfile=AUTO\n"
            + "[group:grp]\nprograms=manual,talker\n";

    static List<Scenario> all() {
        return List.of(
                Scenario.named("status").run("status", "status all", "status cat", "status cat nosuch",
                        "status nosuch", "status grp:*", "status grp:", "status nosuchg:*", "status grp:manual cat",
                        "status sleeper:sleeper_00", "status sleeper:*", "status failer", "status cat:cat",
                        "status sleeper").build(),
                Scenario.named("pid").run("pid", "pid all", "pid cat", "pid nosuch", "pid grp:*",
                        "pid grp:manual", "pid cat grp:manual", "pid failer").build(),
                Scenario.named("version-and-help").run("version", "help").build(),
                Scenario.named("bad-auth").run("-s {INET} status", "-s {INET} -u user -p wrong status",
                        "-s {INET} -u nobody -p 123 pid", "-s {INET} -u user -p wrong version",
                        "-s {INET} -u user -p wrong shutdown", "-s {INET} -u user -p 123 status cat",
                        "-s {INET} -u user -p 123 version").build(),
                Scenario.named("avail").run("avail", "avail x").build(),
                Scenario.named("tail").run("tail grp:talker", "tail -5 grp:talker", "tail grp:talker stderr",
                        "tail -7 grp:talker stderr", "tail -0 grp:talker", "tail nosuch", "tail grp:manual",
                        "tail failer").build(),
                Scenario.named("maintail").run("maintail -1_0")
                        .runSorted("maintail -100000").build());
    }
}
