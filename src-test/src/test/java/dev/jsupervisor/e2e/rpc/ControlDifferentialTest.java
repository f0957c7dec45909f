package dev.jsupervisor.e2e.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The process-control methods against the reference supervisord and ours, the same steps on two
 * daemons with the same programs: every raw response body (faults, results, result structs, HTTP
 * errors) must be the same once pids and times are masked. "await" steps keep both daemons in the
 * same state where their timing may differ (the reference answers a failed start with wait later
 * than we do, after the retries, with the same fault).
 */
class ControlDifferentialTest {
    /** Faults and immediate answers: the order of the checks, argument types, group forms. */
    static final String[] CHECKS = {
        "[\"supervisor.startProcess\", [\"cat\"]]",
        "[\"supervisor.startProcess\", [\"nofile\"]]",
        "[\"supervisor.startProcess\", [\"notexec\"]]",
        "[\"supervisor.startProcess\", [\"nosuch\"]]",
        "[\"supervisor.startProcess\", [\"grp:nosuch\"]]",
        "[\"supervisor.startProcess\", [\"manual\"]]",
        "[\"supervisor.startProcess\", [\"\"]]",
        "[\"supervisor.startProcess\", [\"nosuchgrp:*\"]]",
        "[\"supervisor.startProcess\", [5]]",
        "[\"supervisor.startProcess\", []]",
        "[\"supervisor.startProcess\", [\"cat\", true, 3]]",
        "[\"supervisor.startProcessGroup\", [\"grp:\"]]",
        "[\"supervisor.startProcessGroup\", [\"nosuch\", false]]",
        "[\"supervisor.startProcessGroup\", [7]]",
        "[\"supervisor.startProcessGroup\", [{\"a\": 1}]]",
        "[\"supervisor.startAllProcesses\", [1, 2]]",
        "[\"supervisor.stopProcess\", [\"grp:manual\"]]",
        "[\"supervisor.stopProcess\", [\"nofile\", false]]",
        "[\"supervisor.stopProcess\", [\"grp:\"]]",
        "[\"supervisor.stopProcessGroup\", [\"nosuch\"]]",
        "[\"supervisor.stopProcessGroup\", [\"grp\"]]",
        "[\"supervisor.stopAllProcesses\", [1, 2]]",
        "[\"supervisor.signalProcess\", [\"cat\", \"BOGUS\"]]",
        "[\"supervisor.signalProcess\", [\"cat\", 99]]",
        "[\"supervisor.signalProcess\", [\"cat\", 99.5]]",
        "[\"supervisor.signalProcess\", [\"cat\", [1]]]",
        "[\"supervisor.signalProcess\", [\"grp:manual\", \"HUP\"]]",
        "[\"supervisor.signalProcess\", [\"nosuch\", \"HUP\"]]",
        "[\"supervisor.signalProcess\", [\"cat\", \"CONT\"]]",
        "[\"supervisor.signalProcess\", [\"cat\", 18]]",
        "[\"supervisor.signalProcess\", [\"cat\", \" sigcont \"]]",
        "[\"supervisor.signalProcess\", [\"grp:*\", \"CONT\"]]",
        "[\"supervisor.signalProcess\", [\"cat\"]]",
        "[\"supervisor.signalProcessGroup\", [\"grp\", \"BOGUS\"]]",
        "[\"supervisor.signalProcessGroup\", [\"cat\", \"BOGUS\"]]",
        "[\"supervisor.signalProcessGroup\", [\"cat\", \"CONT\"]]",
        "[\"supervisor.signalProcessGroup\", [5, \"CONT\"]]",
        "[\"supervisor.signalProcessGroup\", [[5], \"CONT\"]]",
        "[\"supervisor.signalAllProcesses\", [\"BOGUS\"]]",
        "[\"supervisor.signalAllProcesses\", [\"CONT\"]]",
        "[\"supervisor.sendProcessStdin\", [\"cat\", 5]]",
        "[\"supervisor.sendProcessStdin\", [\"cat\", {\"a\": 1}]]",
        "[\"supervisor.sendProcessStdin\", [\"cat\", [1, \"x\", 2.5, true]]]",
        "[\"supervisor.sendProcessStdin\", [\"nosuch\", 5]]",
        "[\"supervisor.sendProcessStdin\", [\"grp:*\", \"x\"]]",
        "[\"supervisor.sendProcessStdin\", [\"grp:manual\", \"x\"]]",
        "[\"supervisor.sendProcessStdin\", [\"cat\", \"h\\u00e9llo\\n\"]]",
        "[\"supervisor.sendProcessStdin\", [\"cat\", \"\"]]",
        "[\"supervisor.restart\", [1]]",
        "[\"system.multicall\", [{\"a\": 1}]]",
        "[\"system.multicall\", [5]]",
        "[\"system.multicall\", [\"ab\"]]",
        "[\"system.multicall\", [[1]]]",
        "[\"system.multicall\", [[]]]",
        "[\"system.multicall\", []]",
        "[\"system.multicall\", [[{\"params\": []}, {\"methodName\": \"system.multicall\"},"
                + " {\"methodName\": \"supervisor.getProcessInfo\", \"params\": \"x\"},"
                + " {\"methodName\": \"supervisor.stopProcess\", \"params\": [\"cat\", true, 1]},"
                + " {\"methodName\": 5}, {\"methodName\": \"supervisor.nosuch\"},"
                + " {\"methodName\": \"supervisor.getPID\", \"params\": 5},"
                + " {\"methodName\": \"supervisor.startProcess\", \"params\": [\"nofile\"]}]]]",
    };

    /** Calls that wait, and what they leave behind. */
    static final String[] WAITS = {
        "[\"supervisor.startProcess\", [\"failer\"]]",
        "[\"await\", \"failer\", \"FATAL\"]",
        "[\"supervisor.startProcess\", [\"grp:*\", false]]",
        "[\"supervisor.startProcess\", [\"grp:*\"]]",
        "[\"await\", \"grp:stubborn\", \"RUNNING\"]",
        "[\"await\", \"grp:manual\", \"RUNNING\"]",
        "[\"supervisor.stopProcess\", [\"grp:stubborn\", false]]",
        "[\"supervisor.startProcess\", [\"grp:stubborn\"]]",
        "[\"supervisor.startProcess\", [\"grp:stubborn\", false]]",
        "[\"supervisor.signalProcess\", [\"grp:stubborn\", \"CONT\"]]",
        "[\"supervisor.sendProcessStdin\", [\"grp:stubborn\", \"x\"]]",
        "[\"supervisor.stopProcess\", [\"grp:stubborn\"]]",
        "[\"await\", \"grp:stubborn\", \"STOPPED\"]",
        "[\"supervisor.startProcess\", [\"grp:stubborn\"]]",
        "[\"supervisor.stopProcess\", [\"grp:stubborn\"]]",
        "[\"supervisor.getProcessInfo\", [\"grp:stubborn\"]]",
        "[\"supervisor.stopProcess\", [\"grp:\"]]",
        "[\"supervisor.startProcess\", [\"grp:\"], \"unordered\"]",
        "[\"supervisor.stopProcessGroup\", [\"grp\", \"\"]]",
        "[\"await\", \"grp:stubborn\", \"STOPPED\"]",
        "[\"supervisor.startProcess\", [\"grp:manual\", 1]]",
        "[\"supervisor.getProcessInfo\", [\"grp:manual\"]]",
        "[\"supervisor.stopProcess\", [\"grp:manual\", 0]]",
        "[\"await\", \"grp:manual\", \"STOPPED\"]",
        "[\"supervisor.startProcess\", [\"closed\"]]",
        "[\"sleep\", 0.5]",
        "[\"supervisor.sendProcessStdin\", [\"closed\", \"x\"]]",
        "[\"supervisor.sendProcessStdin\", [\"closed\", \"x\"]]",
        "[\"supervisor.stopProcess\", [\"closed\"]]",
        "[\"supervisor.startProcess\", [\"mute\"]]",
        "[\"supervisor.sendProcessStdin\", [\"mute\", \"still reading\\n\"]]",
        "[\"supervisor.stopProcess\", [\"mute\"]]",
        "[\"supervisor.sendProcessStdin\", [\"mute\", \"x\"]]",
        "[\"supervisor.stopProcess\", [\"cat\", false]]",
        "[\"await\", \"cat\", \"STOPPED\"]",
        "[\"system.multicall\", [[{\"methodName\": \"supervisor.startProcess\", \"params\": [\"cat\"]},"
                + " {\"methodName\": \"supervisor.getProcessInfo\", \"params\": [\"cat\"]},"
                + " {\"methodName\": \"supervisor.stopProcess\", \"params\": [\"cat\"]},"
                + " {\"methodName\": \"supervisor.startProcess\", \"params\": [\"failer\"]}]]]",
        "[\"await\", \"failer\", \"FATAL\"]",
        "[\"supervisor.startAllProcesses\", [], \"unordered\"]",
        "[\"await\", \"failer\", \"FATAL\"]",
        "[\"supervisor.stopAllProcesses\", [], \"unordered\"]",
        "[\"supervisor.startAllProcesses\", [\"\"], \"unordered\"]",
        "[\"await\", \"failer\", \"FATAL\"]",
        "[\"await\", \"grp:stubborn\", \"RUNNING\"]",
        "[\"await\", \"cat\", \"RUNNING\"]",
        "[\"supervisor.stopAllProcesses\", [false], \"unordered\"]",
        "[\"await\", \"grp:stubborn\", \"STOPPED\"]",
        "[\"supervisor.stopAllProcesses\", []]",
        "[\"supervisor.restart\", []]",
        "[\"await\", \"cat\", \"RUNNING\"]",
        "[\"supervisor.startProcess\", [\"cat\"]]",
        "[\"supervisor.signalAllProcesses\", [\"BOGUS\"]]",
    };

    @Test
    void everyControlAnswerMatchesTheReference() throws Exception {
        assumeTrue(Files.isExecutable(RpcDaemon.REFERENCE), "reference supervisord not installed");
        List<String> differences = new ArrayList<>();
        int compared;
        try (RpcDaemon ref = RpcDaemon.reference(); RpcDaemon ours = RpcDaemon.ours()) {
            ref.awaitReady();
            ours.awaitReady();
            compared = compare(CHECKS, ref, ours, differences) + compare(WAITS, ref, ours, differences);
        }
        System.out.println("[rpc-differential] control: " + compared + " answers compared, "
                + differences.size() + " different");
        assertEquals("", String.join("\n", differences));
    }

    private static int compare(String[] steps, RpcDaemon ref, RpcDaemon ours, List<String> differences)
            throws Exception {
        List<RpcScript.Answer> expected = RpcScript.run(ref, steps);
        List<RpcScript.Answer> actual = RpcScript.run(ours, steps);
        assertEquals(expected.size(), actual.size(), "answer count");
        for (int i = 0; i < expected.size(); i++) {
            String want = Answers.normalised(expected.get(i), ref.dir);
            String got = Answers.normalised(actual.get(i), ours.dir);
            if (!want.equals(got)) {
                differences.add("### " + expected.get(i).step() + "\n--- reference\n" + want + "--- ours\n" + got);
            }
        }
        return expected.size();
    }
}
