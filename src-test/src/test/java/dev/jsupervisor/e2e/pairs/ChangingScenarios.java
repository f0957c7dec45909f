package dev.jsupervisor.e2e.pairs;

import java.util.List;

/** Scenarios that change state: each pairing runs each of them on a fresh daemon of its own. */
final class ChangingScenarios {
    private ChangingScenarios() {}

    /** startsecs=0 where the wait adds nothing (the reference's start waits startsecs per call). */
    private static final String CAT = "[program:cat]\ncommand=/bin/cat\nstartsecs=0\n";
    private static final String MANUAL = "[program:manual]\ncommand=/bin/sleep 1000\nautostart=false\n";
    private static final String SLEEPERS = "[program:sleeper]\ncommand=/bin/sleep 1000\nnumprocs=2\n"
            + "process_name=%(program_name)s_%(process_num)02d\nstartsecs=0\n";
    private static final String GROUP = "[program:one]\ncommand=/bin/sleep 1000\nautostart=false\nstartsecs=0\n"
            + "[program:two]\ncommand=/bin/sleep 1000\nautostart=false\nstartsecs=0\n"
            + "[group:grp]\nprograms=one,two\n";

    static List<Scenario> all() {
        return List.of(startStop(), signal(), configEdits(), clear(), spawnErrors(), shutdown());
    }

    static Scenario startStop() {
        return Scenario.named("start-stop-restart").programs(CAT + MANUAL + SLEEPERS + GROUP).settle()
                .run("start manual", "start manual", "status manual", "stop manual", "stop manual",
                        "start nosuch", "stop nosuch", "restart nosuch", "start nosuchg:*")
                .runSorted("start grp:*").run("status grp:").runSorted("stop grp:", "start grp:").run("stop grp:one")
                .runSorted("restart grp:*").run("restart cat").runSorted("stop sleeper:*")
                .run("start sleeper:sleeper_01", "status")
                .runSorted("stop all").run("status", "stop all").runSorted("start all").run("status")
                .runSorted("restart all").run("status").build();
    }

    static Scenario signal() {
        return Scenario.named("signal").programs(CAT + MANUAL + SLEEPERS
                        + "[program:victim]\ncommand=/bin/sleep 1000\nautorestart=false\n").settle()
                .run("signal CONT cat", "signal cont cat", "signal 18 cat", "signal BOGUS cat", "signal HUP nosuch",
                        "signal CONT manual")
                .runSorted("signal CONT sleeper:*", "signal CONT all")
                .run("signal TERM victim").await("victim", "EXITED")
                .run("status victim", "signal TERM victim").build();
    }

    static Scenario configEdits() {
        return Scenario.named("reread-update-add-remove").programs(CAT + MANUAL
                        + "[program:quick]\ncommand=/bin/sleep 1000\n").settle()
                .run("reread", "update", "avail")
                .edit(c -> c.replace("command=/bin/cat\n", "command=/bin/cat -u\n")
                        .replace("[program:quick]\n", "[program:quick_gone]\nautostart=false\n")
                        + "[program:newone]\ncommand=/bin/sleep 1000\n[program:later]\ncommand=/bin/sleep 1000\n")
                .run("reread", "avail", "update nosuch", "update newone").settle().run("status", "reread")
                .runSorted("update").settle().run("status", "avail", "remove newone", "stop newone", "remove newone",
                        "remove newone", "add newone", "add newone", "add nosuch").settle()
                .run("status", "reread", "update all").settle().run("status").build();
    }

    static Scenario clear() {
        return Scenario.named("clear").programs(CAT
                        + "[program:talker]\ncommand=/bin/sh -c \"echo out-1; echo err-1 >&2; exec /bin/sleep 1000\"\n"
                        + "stderr_logfile=AUTO\n").settle()
                .run("tail talker", "tail talker stderr", "clear talker", "tail talker", "tail talker stderr",
                        "clear nosuch", "clear talker nosuch").runSorted("clear all").build();
    }

    static Scenario spawnErrors() {
        return Scenario.named("spawn-errors").programs(CAT
                        + "[program:nofile]\ncommand=/nonexistent/prog\nautostart=false\n"
                        + "[program:noexec]\ncommand=/etc/hostname\nautostart=false\nstartretries=0\n"
                        + "[program:failer]\ncommand=/bin/false\nautostart=false\nstartretries=1\n")
                .settle().run("start nofile", "status nofile", "start noexec").await("noexec", "FATAL")
                .run("status noexec", "start failer").await("failer", "FATAL")
                .run("status failer", "start failer").await("failer", "FATAL").run("status").build();
    }

    static Scenario shutdown() {
        return Scenario.named("shutdown").programs(CAT).settle().run("shutdown").awaitExit()
                .run("shutdown", "status", "version", "pid", "maintail").build();
    }
}
