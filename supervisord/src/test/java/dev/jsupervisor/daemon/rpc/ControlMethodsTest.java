package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.process.WaitStatus;
import dev.jsupervisor.xmlrpc.MethodResponse;
import dev.jsupervisor.xmlrpc.ProcessState;
import dev.jsupervisor.xmlrpc.XmlRpcLimits;
import dev.jsupervisor.xmlrpc.XmlRpcParser;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control methods over the fake daemon: spawns succeed at once, time moves when the test says. */
class ControlMethodsTest {
    private final FakeDaemon daemon = new FakeDaemon();
    private final RpcDispatcher rpc = RpcDispatcher.forDaemon(daemon);

    private RpcReply call(String method, Object... params) {
        return rpc.handle(XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, List.of(params))));
    }

    private static MethodResponse parsed(RpcReply reply) throws Exception {
        assertFalse(reply.isPending());
        assertEquals(200, reply.httpStatus());
        return XmlRpcParser.parseResponse(reply.body(), XmlRpcLimits.ofMaxBytes(1 << 20));
    }

    private Object value(String method, Object... params) throws Exception {
        MethodResponse r = parsed(call(method, params));
        assertFalse(r.isFault(), () -> method + ": " + r.faultString());
        return r.value();
    }

    private String fault(String method, Object... params) throws Exception {
        MethodResponse r = parsed(call(method, params));
        assertTrue(r.isFault(), method);
        return r.faultCode() + " " + r.faultString();
    }

    private ProcessRecord process(String group, String name) {
        return daemon.supervision.process(group, name).orElseThrow();
    }

    /** One loop pass after {@code millis}: every process ticks. */
    private void pass(long millis) {
        daemon.clock = daemon.clock.plusMillis(millis);
        daemon.perform(daemon.supervision.transitionAll(daemon.clock));
    }

    private void exits(ProcessRecord p, int code) {
        daemon.perform(daemon.supervision.reaped(p.pid(), WaitStatus.exited(code), daemon.clock));
    }

    @Test
    void startWithoutWaitAnswersAtOnce() throws Exception {
        assertEquals(Boolean.TRUE, value("supervisor.startProcess", "cat", false));
        assertEquals(ProcessState.STARTING, process("cat", "cat").state());
        assertEquals("60 ALREADY_STARTED: cat", fault("supervisor.startProcess", "cat"));
        assertEquals("60 ALREADY_STARTED: cat:cat", fault("supervisor.startProcess", "cat:cat"));
    }

    @Test
    void startWithWaitIsPendingUntilRunning() throws Exception {
        RpcReply reply = call("supervisor.startProcess", "cat");
        assertTrue(reply.isPending());
        assertTrue(reply.poll().isEmpty());
        pass(500);
        assertTrue(reply.poll().isEmpty(), "startsecs=1 not over yet");
        pass(600);
        assertEquals(Boolean.TRUE, parsed(reply.poll().orElseThrow()).value());
    }

    @Test
    void aStartThatFailsWhileWaitedForIsASpawnError() throws Exception {
        RpcReply reply = call("supervisor.startProcess", "web:a", 1);
        exits(process("web", "a"), 1);
        assertEquals("SPAWN_ERROR: web:a", parsed(reply.poll().orElseThrow()).faultString());
    }

    @Test
    void refusalsComeInTheReferencesOrder() throws Exception {
        daemon.missingCommands.add("cat");
        assertEquals("20 NO_FILE: can't find command '/bin/cat'", fault("supervisor.startProcess", "cat"));
        assertEquals("10 BAD_NAME: nosuch", fault("supervisor.startProcess", "nosuch"));
        assertEquals("10 BAD_NAME: ", fault("supervisor.startProcess", ""));
        assertEquals(500, call("supervisor.startProcess", 5).httpStatus());
        assertEquals("2 INCORRECT_PARAMETERS", fault("supervisor.startProcess"));
        daemon.failSpawns = true;
        assertEquals("50 SPAWN_ERROR: web:b", fault("supervisor.startProcess", "web:b"));
        assertEquals("70 NOT_RUNNING: web:a", fault("supervisor.stopProcess", "web:a"));
        assertEquals("11 BAD_SIGNAL: BOGUS", fault("supervisor.signalProcess", "web:a", "BOGUS"));
        assertEquals("70 NOT_RUNNING: web:a", fault("supervisor.signalProcess", "web:a", "HUP"));
    }

    @Test
    void groupStartResultsComeAsEachCompletes() throws Exception {
        RpcReply reply = call("supervisor.startProcess", "web:*");
        assertTrue(reply.isPending());
        assertTrue(reply.poll().isEmpty());
        exits(process("web", "b"), 1);
        assertTrue(reply.poll().isEmpty(), "a is still starting");
        pass(1100);
        List<?> results = (List<?>) parsed(reply.poll().orElseThrow()).value();
        assertEquals(List.of(
                Map.of("name", "b", "group", "web", "status", 50, "description", "SPAWN_ERROR: web:b"),
                Map.of("name", "a", "group", "web", "status", 80, "description", "OK")), results);
    }

    @Test
    void stopWithWaitIsPendingUntilReaped() throws Exception {
        value("supervisor.startProcess", "cat", false);
        RpcReply reply = call("supervisor.stopProcess", "cat");
        assertTrue(reply.isPending());
        assertTrue(reply.poll().isEmpty());
        exits(process("cat", "cat"), 0);
        assertEquals(Boolean.TRUE, parsed(reply.poll().orElseThrow()).value());
        assertEquals("70 NOT_RUNNING: cat", fault("supervisor.stopProcess", "cat"));
    }

    @Test
    void multicallWaitsForACallBeforeTheNextOne() throws Exception {
        RpcReply reply = call("system.multicall", List.of(
                Map.of("methodName", "supervisor.startProcess", "params", List.of("cat")),
                Map.of("methodName", "supervisor.startProcess", "params", List.of("web:a", false))));
        assertTrue(reply.isPending());
        assertEquals(ProcessState.STOPPED, process("web", "a").state(), "the second call waits for the first");
        pass(1100);
        assertEquals(List.of(true, true), parsed(reply.poll().orElseThrow()).value());
        assertEquals(ProcessState.STARTING, process("web", "a").state());
    }

    @Test
    void signalGroupAnswersAtOnceWithOneResultPerSignallableProcess() throws Exception {
        value("supervisor.startProcess", "web:a", false);
        assertEquals(List.of(Map.of("name", "a", "group", "web", "status", 80, "description", "OK")),
                value("supervisor.signalProcessGroup", "web", "USR1"));
        assertEquals(List.of(Map.of("name", "a", "group", "web", "status", 11, "description", "BAD_SIGNAL: 99")),
                value("supervisor.signalProcess", "web:", 99));
        assertEquals("10 BAD_NAME: 7", fault("supervisor.signalProcessGroup", 7, "HUP"));
        assertEquals("2 INCORRECT_PARAMETERS", fault("supervisor.signalProcessGroup", List.of(), "HUP"));
    }

    @Test
    void stdinNeedsARunningChildThatReads() throws Exception {
        assertEquals("2 INCORRECT_PARAMETERS: [1, 'x']", fault("supervisor.sendProcessStdin", "cat", List.of(1, "x")));
        assertEquals("70 NOT_RUNNING: cat", fault("supervisor.sendProcessStdin", "cat", "hi"));
        value("supervisor.startProcess", "cat", false);
        assertEquals(Boolean.TRUE, value("supervisor.sendProcessStdin", "cat", "h\u00e9"));
        assertEquals("h\u00e9", daemon.stdin.toString(StandardCharsets.UTF_8));
        daemon.stdinBroken = true;
        assertEquals("20 NO_FILE: cat", fault("supervisor.sendProcessStdin", "cat", "x"));
    }

    @Test
    void restartThenEveryControlMethodRefuses() throws Exception {
        assertEquals(Boolean.TRUE, value("supervisor.restart"));
        assertEquals(1, daemon.restartRequests);
        assertEquals("6 SHUTDOWN_STATE", fault("supervisor.startProcess", "cat"));
        assertEquals("6 SHUTDOWN_STATE", fault("supervisor.signalAllProcesses", "HUP"));
        assertEquals("6 SHUTDOWN_STATE", fault("supervisor.restart"));
    }
}
