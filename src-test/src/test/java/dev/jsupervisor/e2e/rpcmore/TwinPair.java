package dev.jsupervisor.e2e.rpcmore;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reference supervisord and ours, each on the same configuration in its own temp dir, and
 * the comparisons made between them: every difference is collected and reported at once.
 */
final class TwinPair implements AutoCloseable {
    static final String REFERENCE = "/usr/bin/supervisord";

    /** Programs whose states settle quickly: cat and talk run, quick exits, grp:manual and quiet (no log files) wait. */
    static final String CONFIG = """
            [unix_http_server]
            file=${DIR}/sv.sock
            [supervisord]
            logfile=${DIR}/sv.log
            pidfile=${DIR}/sv.pid
            childlogdir=${DIR}
            identifier=twin
            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
            [supervisorctl]
            serverurl=unix://${DIR}/sv.sock
            [program:cat]
            command=/bin/cat
            [program:talk]
            command=/bin/sh -c "echo hello; echo oops >&2; exec sleep 1000"
            stdout_logfile=${DIR}/talk.out
            [program:quick]
            command=/bin/sh -c "echo hello; exit 0"
            startsecs=0
            autorestart=false
            [program:manual]
            command=/bin/sleep 1000
            autostart=false
            directory=/tmp
            [group:grp]
            programs=manual
            [program:quiet]
            command=/bin/sleep 1000
            autostart=false
            stdout_logfile=NONE
            redirect_stderr=true
            """;

    final Twin reference;
    final Twin ours;
    private final List<String> differences = new ArrayList<>();
    private int identical;

    private TwinPair(Twin reference, Twin ours) {
        this.reference = reference;
        this.ours = ours;
    }

    /** Starts both and waits until talk is RUNNING and quick EXITED in each. */
    static TwinPair start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(REFERENCE)), "reference supervisord not installed");
        assumeTrue(Files.isExecutable(Path.of(Drivers.PYTHON)), "no /usr/bin/python3");
        String ours = Dist.home().resolve("bin/supervisord").toString();
        Twin ref = new Twin("reference", REFERENCE, CONFIG);
        TwinPair pair;
        try {
            pair = new TwinPair(ref, new Twin("ours", ours, CONFIG));
        } catch (Exception e) {
            ref.close();
            throw e;
        }
        try {
            for (Twin t : pair.both()) {
                t.awaitStarted();
                awaitAnswer(t, "('supervisor.getProcessInfo', ('talk',))", a -> a.contains("<string>RUNNING</string>"));
                awaitAnswer(t, "('supervisor.getProcessInfo', ('quick',))", a -> a.contains("<string>EXITED</string>"));
                t.recordChildren();
            }
        } catch (Exception | AssertionError e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    List<Twin> both() {
        return List.of(reference, ours);
    }

    static void awaitAnswer(Twin twin, String call, Predicate<String> done) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        String last = "";
        while (System.currentTimeMillis() < until) {
            last = Drivers.rpc(twin, call);
            if (done.test(last)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(twin.name + ": " + call + " never settled:\n" + last);
    }

    /** Waits until both main logs contain {@code text}. */
    void awaitLog(String text) throws Exception {
        for (Twin t : both()) {
            long until = System.currentTimeMillis() + 30_000;
            while (!t.mainLog().contains(text)) {
                if (System.currentTimeMillis() > until) {
                    throw new AssertionError(t.name + " never logged " + text + ":\n" + t.mainLog());
                }
                Thread.sleep(100);
            }
        }
    }

    /** Records whether the two outputs agree. */
    void same(String what, String referenceOutput, String ourOutput) {
        if (Boolean.getBoolean("rpcmore.show")) {   // -Drpcmore.show=true prints every reference answer
            System.out.println("### " + what + "\n" + referenceOutput);
        }
        if (referenceOutput.equals(ourOutput)) {
            identical++;
        } else {
            differences.add("### " + what + "\n--- reference ---\n" + referenceOutput + "\n--- ours ---\n" + ourOutput);
        }
    }

    /** The same XML-RPC calls against both. */
    void sameRpc(String... calls) throws Exception {
        String ref = Drivers.rpc(reference, calls);
        if (!ref.startsWith("exit 0\n>>> ")) {
            differences.add("### the driver failed on the reference for " + String.join(" ; ", calls) + ":\n" + ref);
            return;
        }
        same(String.join(" ; ", calls), ref, Drivers.rpc(ours, calls));
    }

    /** The same supervisorctl command line against both. */
    void sameCtl(String... args) throws Exception {
        same("supervisorctl " + String.join(" ", args), Drivers.ctl(reference, args), Drivers.ctl(ours, args));
    }

    /** Writes the same config text (with ${DIR}) for both. */
    void configure(String template) throws Exception {
        reference.writeConfig(template);
        ours.writeConfig(template);
    }

    /** Fails with every difference; prints the count of identical comparisons. */
    void verify(String suite) {
        System.out.println("[rpcmore-differential] " + suite + ": " + identical + " identical, "
                + differences.size() + " different");
        org.junit.jupiter.api.Assertions.assertEquals("", String.join("\n", differences), suite);
    }

    @Override
    public void close() throws Exception {
        try {
            ours.close();
        } finally {
            reference.close();
        }
    }
}
