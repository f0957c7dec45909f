package dev.jsupervisor.e2e.rpc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes two daemons' raw answers comparable: their temp dirs, pids, times, uptimes, AUTO log
 * names and dates are masked. A step marked "unordered" has the result structs of its array
 * sorted, since the reference lists the results of calls that wait in completion order; in such a
 * list the struct for quick (startsecs=0, exits at once: "OK" or ABNORMAL_TERMINATION by a race on
 * both sides) is masked as a whole.
 */
final class Answers {
    private static final Pattern STRUCT = Pattern.compile("<value><struct>\\n.*?</struct></value>\\n",
            Pattern.DOTALL);

    private Answers() {}

    static String normalised(RpcScript.Answer answer, Path dir) {
        String body = answer.body().replace(dir.toString(), "<DIR>")
                .replaceAll("<int>1\\d{9}</int>", "<int>TIME</int>")
                .replaceAll("(<name>pid</name>\\n<value><int>)\\d+", "$1PID")
                .replaceAll("pid \\d+, uptime \\d+:\\d\\d:\\d\\d", "pid PID, uptime UPTIME")
                .replaceAll("---supervisor-[\\w]+\\.log", "---supervisor-AUTO.log")
                .replaceAll("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "DATE");
        if (answer.step().contains("\"unordered\"")) {
            body = sortStructs(body);
        }
        return "status " + answer.status() + "\n" + body;
    }

    private static String sortStructs(String body) {
        Matcher m = STRUCT.matcher(body);
        List<String> structs = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String struct = m.group();
            structs.add(struct.contains("<string>quick</string>") ? "<quick's result>\n" : struct);
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        structs.sort(null);
        return rest + "\n(structs, sorted)\n" + String.join("", structs);
    }
}
