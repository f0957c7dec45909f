package dev.jsupervisor.e2e.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * supervisorctl's start, stop, restart and signal (a name, group:*, all, and the error cases):
 * one client, Debian's or ours, runs the same commands against the reference daemon and against
 * ours, and must print the same and exit the same. "await" lines keep the two daemons in step.
 */
class CtlAgainstBothTest {
    static final String[] COMMANDS = {
        "status", "start cat", "start nosuch", "start nofile", "start notexec", "start nosuchgrp:*",
        "start grp:nosuch", "start failer", "await failer FATAL", "start failer nofile", "await failer FATAL",
        "start grp:*", "status grp:*", "start grp:manual", "stop grp:stubborn", "stop grp:stubborn",
        "stop grp:*", "start grp:", "stop grp:manual cat", "start grp:manual cat", "restart grp:manual",
        "restart cat", "restart grp:*", "signal CONT cat", "signal CONT grp:*", "signal CONT all",
        "signal BOGUS cat", "signal 99 all", "signal HUP nosuch", "signal HUP nosuchgrp:*",
        "signal CONT nofile", "signal", "signal HUP", "start", "stop", "restart", "stop nosuch",
        "stop all", "status", "start all", "await failer FATAL", "await grp:stubborn RUNNING",
        "restart all", "await failer FATAL", "await grp:stubborn RUNNING", "stop all", "status",
    };

    @ParameterizedTest(name = "{0} supervisorctl")
    @ValueSource(strings = {"reference", "ours"})
    void sameOutputAgainstBothDaemons(String client) throws Exception {
        assumeTrue(Files.isExecutable(RpcDaemon.REFERENCE), "reference supervisord not installed");
        String ctl = client.equals("ours") ? Dist.home().resolve("bin/supervisorctl").toString()
                : "/usr/bin/supervisorctl";
        List<String> differences = new ArrayList<>();
        try (RpcDaemon ref = RpcDaemon.reference(); RpcDaemon ours = RpcDaemon.ours()) {
            ref.awaitReady();
            ours.awaitReady();
            for (String command : COMMANDS) {
                String[] words = command.split(" ");
                if (words[0].equals("await")) {
                    String step = "[\"await\", \"" + words[1] + "\", \"" + words[2] + "\"]";
                    RpcScript.run(ref, step);
                    RpcScript.run(ours, step);
                    continue;
                }
                String want = run(ctl, ref, words, command);
                String got = run(ctl, ours, words, command);
                if (!want.equals(got)) {
                    differences.add("$ supervisorctl " + command + "\n--- reference daemon\n" + want
                            + "--- our daemon\n" + got);
                }
            }
        }
        System.out.println("[rpc-differential] " + client + " supervisorctl: " + COMMANDS.length + " steps, "
                + differences.size() + " different");
        assertEquals("", String.join("\n", differences));
    }

    /** Exit code and stdout; result lines sorted, since "all" and group results come in completion order. */
    private static String run(String ctl, RpcDaemon daemon, String[] words, String command) throws Exception {
        List<String> argv = new ArrayList<>(List.of(ctl, "-c", daemon.conf.toString()));
        argv.addAll(List.of(words));
        Path out = Files.createTempFile(daemon.dir, "ctl", ".txt");
        Process p = new ProcessBuilder(argv).redirectInput(new File("/dev/null")).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8).replace(daemon.dir.toString(), "<DIR>")
                .replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid PID, uptime UPTIME")
                .replaceAll("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "DATE")
                .replace("quick: ERROR (abnormal termination)", "quick: <started or ended>")
                .replace("quick: started", "quick: <started or ended>");
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.sort(null);
        return "exit " + p.exitValue() + "\n" + String.join("\n", lines) + "\n";
    }
}
