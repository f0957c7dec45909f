package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisorctlMainTest {
    @Test
    void saysNotImplementedOnStderrAndExitsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SupervisorctlMain.run(List.of("status"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(SupervisorctlMain.NOT_IMPLEMENTED + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }
}
