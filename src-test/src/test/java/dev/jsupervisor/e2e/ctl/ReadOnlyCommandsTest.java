package dev.jsupervisor.e2e.ctl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Actions that change nothing (and every argument error), both clients against one reference daemon. */
class ReadOnlyCommandsTest {
    static final String[][] COMMANDS = {
        {"status"}, {"status", "all"}, {"status", "cat"}, {"status", "cat", "nosuch"}, {"status", "nosuch"},
        {"status", "grp:*"}, {"status", "grp:"}, {"status", "nosuchg:*"}, {"status", "manual"},
        {"status", "grp:manual", "cat"}, {"status", "sleeper:sleeper_00"}, {"status", "cat", "all"},
        {"status", "nosuch", "grp:manual"}, {"status", "cat:cat"},
        {"pid"}, {"pid", "all"}, {"pid", "cat"}, {"pid", "nosuch"}, {"pid", "grp:*"}, {"pid", "grp:manual"},
        {"pid", "cat", "grp:manual"},
        {"avail"}, {"avail", "x"}, {"reread", "x"}, {"version"}, {"version", "x"},
        {"tail", "quick"}, {"tail", "-5", "quick"}, {"tail", "quick", "stderr"}, {"tail", "quick", "STDERR"},
        {"tail", "quick", "bogus"}, {"tail", "-x", "quick"}, {"tail"}, {"tail", "a", "b", "c", "d"},
        {"tail", "-f"}, {"tail", "nosuch"}, {"tail", "-100", "quick", "stdout"}, {"tail", "-0", "quick"},
        {"maintail", "-x"}, {"maintail", "a", "b"}, {"maintail", "x"}, {"maintail", "-1_0"},
        {"signal"}, {"signal", "HUP"}, {"signal", "BOGUS", "cat"}, {"signal", "HUP", "nosuch"},
        {"signal", "HUP", "nosuchg:*"}, {"signal", "HUP", "grp:manual"},
        {"start", "cat"}, {"start", "nosuch"}, {"start", "nosuchgrp:*"}, {"start", "grp:nosuch"}, {"start"},
        {"stop"}, {"restart"}, {"clear"}, {"stop", "grp:manual"}, {"stop", "nosuch"}, {"stop", "nosuchg:"},
        {"clear", "grp:*"}, {"clear", "nosuch"}, {"clear", "quick"},
        {"bogus"}, {"bogus", "arg"}, {"status-x"}, {"!ls"}, {"?"}, {"?", "status"}, {"quit"}, {"exit"}, {"EOF"},
        {"help"}, {"help", "help"}, {"help", "nosuch"}, {"help", "EOF"}, {"help", "foo", "bar"},
        {"add", "nosuch"}, {"remove", "nosuch"}, {"add", "cat"}, {"remove", "cat"}, {"add"}, {"remove"},
        {"update", "nosuch"}, {"open", "foo://x"}, {"open", "x"}, {"shutdown", "x"}, {"reload", "x"},
        {"fg"}, {"fg", "a", "b"},
    };

    static final String[] HELP_TOPICS = {"tail", "maintail", "quit", "exit", "status", "pid", "start", "stop",
        "signal", "restart", "shutdown", "reload", "avail", "reread", "add", "remove", "update", "clear", "open",
        "version", "fg"};

    @Test
    void everyReadOnlyCommandMatches() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CtlDaemon.REFERENCE)), "reference supervisord not installed");
        CtlRun.oursPath();
        try (CtlDaemon daemon = new CtlDaemon("")) {
            daemon.awaitSettled();
            Comparison c = new Comparison(daemon, daemon);
            for (String[] command : COMMANDS) {
                c.same(command);
            }
            for (String topic : HELP_TOPICS) {
                c.same("help", topic);
            }
            c.same("open", "unix://" + daemon.dir + "/sv.sock");
            c.same("open", "unix://" + daemon.dir + "/nosuch.sock");
            c.verify("read-only");
        }
    }
}
