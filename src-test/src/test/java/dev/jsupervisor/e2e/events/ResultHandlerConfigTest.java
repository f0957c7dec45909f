package dev.jsupervisor.e2e.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Python result_handler we cannot run stops startup with the reference's own line and exit code. */
class ResultHandlerConfigTest {
    @TempDir Path dir;

    @Test
    void unknownPythonHandlerFailsLikeTheReference() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(EventsDifferentialTest.REFERENCE)), "reference not installed");
        Path conf = dir.resolve("sv.conf");
        Files.writeString(conf, """
                [supervisord]
                logfile=%(here)s/sv.log
                pidfile=%(here)s/sv.pid
                [eventlistener:out]
                command=/bin/cat
                events=PROCESS_LOG
                result_handler=supervisor_stdout:event_handler
                """);
        String reference = run(EventsDifferentialTest.REFERENCE, conf);
        String ours = run(Dist.home().resolve("bin/supervisord").toString(), conf);
        assertEquals("exit 2\nError: supervisor_stdout:event_handler cannot be resolved within [eventlistener:out]\n",
                reference.replaceAll("For help, use \\S+ -h\n", ""));
        assertEquals(reference.replaceAll("For help, use \\S+ -h\n", ""), ours.replaceAll("For help, use \\S+ -h\n", ""));
    }

    private static String run(String program, Path conf) throws Exception {
        Process p = new ProcessBuilder(program, "-n", "-c", conf.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running: " + program);
        }
        return "exit " + p.exitValue() + "\n" + out;
    }
}
