package dev.jsupervisor.daemon.rpc;

import dev.jsupervisor.daemon.process.Description;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ProcessInfo struct (spec 9.2): fourteen members in the reference's order, times as 32-bit
 * ints (the reference caps them), paths as '' when a channel has no log file.
 */
final class ProcessInfos {
    private ProcessInfos() {}

    static Map<String, Object> of(ProcessRecord p, String stdoutLog, String stderrLog, long nowEpochSeconds,
            ZoneId zone) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", p.name());
        info.put("group", p.groupName());
        info.put("start", capped(p.startEpochSeconds()));
        info.put("stop", capped(p.stopEpochSeconds()));
        info.put("now", capped(nowEpochSeconds));
        info.put("state", p.state().code());
        info.put("statename", p.state().name());
        info.put("spawnerr", p.spawnError());
        info.put("exitstatus", p.exitStatus());
        info.put("logfile", stdoutLog);
        info.put("stdout_logfile", stdoutLog);
        info.put("stderr_logfile", stderrLog);
        info.put("pid", p.pid());
        info.put("description", Description.of(p, nowEpochSeconds, zone));
        return info;
    }

    /** XML-RPC ints are 32-bit; the reference clamps rather than failing the whole call. */
    static int capped(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
