package dev.jsupervisor.daemon.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * logfile=syslog and stdout_syslog=true reach syslog(3) with the reference's ident, facility and
 * priority. The JDK cannot receive unix datagrams, so a small Python receiver stands in for the
 * system logger on /dev/log; the test only runs where no real logger owns that path.
 */
class SyslogTest {
    private static final Path DEV_LOG = Path.of("/dev/log");
    private static final String RECEIVER = String.join("\n",
            "import socket, os, sys",
            "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
            "s.bind('/dev/log')",
            "print('bound', flush=True)",
            "s.settimeout(30)",
            "try:",
            "    with open(sys.argv[1], 'w') as out:",
            "        while True:",
            "            data = s.recv(65536)",
            "            out.write(data.decode('utf-8', 'replace').replace('\\n', '\\\\n') + '\\n')",
            "            out.flush()",
            "            if b'stopped: hello' in data: break",
            "finally:",
            "    os.unlink('/dev/log')");

    @TempDir Path dir;

    @Test
    void mainLogAndChildLinesGoToSyslogAsTheReferenceSendsThem() throws Exception {
        assumeFalse(Files.exists(DEV_LOG), "a system logger owns /dev/log; not touching it");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 for the receiver");
        Path received = dir.resolve("received.txt");
        Process receiver = new ProcessBuilder("/usr/bin/python3", "-c", RECEIVER, received.toString())
                .redirectErrorStream(true).start();
        try (DaemonProcess d = new DaemonProcess(dir)) {
            assertEquals("bound", new String(receiver.getInputStream().readNBytes(5), StandardCharsets.UTF_8));
            Path config = d.config();
            Files.writeString(config, "[supervisord]\nlogfile=syslog\npidfile=" + d.pidfile() + "\nchildlogdir="
                    + dir + "\n[program:hello]\ncommand=/bin/sh -c 'echo hello-from-child; exec sleep 1000'\n"
                    + "stdout_syslog=true\nstartsecs=0\n");
            Process p = d.start(List.of(), "-n", "-c", config.toString());
            DaemonProcess.await(() -> DaemonProcess.read(received).contains("hello hello-from-child"), "child line");
            DaemonProcess.signal(p.pid(), "TERM");
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            assertTrue(receiver.waitFor(20, TimeUnit.SECONDS), "the receiver saw the last line");
            String lines = DaemonProcess.read(received);
            // <14> = LOG_USER | LOG_INFO for every line; the ident is the program name.
            assertTrue(lines.matches("(?s).*<14>\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d supervisord: "
                    + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO supervisord started with pid "
                    + p.pid() + "\\\\n\n.*"), lines);
            assertTrue(lines.contains(" supervisord: hello hello-from-child\n"), lines);
            assertTrue(lines.contains(" WARN stopped: hello (terminated by SIGTERM)\\n"), lines);
        } finally {
            receiver.destroyForcibly();
            receiver.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(DEV_LOG);
        }
    }
}
