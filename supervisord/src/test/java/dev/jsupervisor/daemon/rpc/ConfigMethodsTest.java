package dev.jsupervisor.daemon.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ParseMessages;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.xmlrpc.MethodResponse;
import dev.jsupervisor.xmlrpc.XmlRpcLimits;
import dev.jsupervisor.xmlrpc.XmlRpcParser;
import dev.jsupervisor.xmlrpc.XmlRpcWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** reloadConfig, add/removeProcessGroup and getAllConfigInfo over a fake daemon. */
class ConfigMethodsTest {
    /** The fake daemon's configuration hooks: scripted rereads, activations recorded. */
    static final class Configs implements ConfigControl {
        List<GroupConfig> next = List.of();
        RereadFailure failure;
        final List<String> activated = new ArrayList<>();
        final List<String> cleared = new ArrayList<>();
        final List<List<Object>> remote = new ArrayList<>();
        FakeDaemon daemon;

        @Override
        public ServerConfig reread() throws RereadFailure {
            if (failure != null) {
                throw failure;
            }
            return new ServerConfig("sv.conf", "/", null, null, null, null, List.of(), List.of(), next,
                    (ParseMessages) null);
        }

        @Override
        public void activate(GroupConfig group) {
            daemon.supervision.addGroup(group);
            activated.add(group.name());
        }

        @Override
        public void deactivate(GroupConfig group) {
        }

        @Override
        public void clearLogs(ProcessRecord process) throws IOException {
            if (process.name().equals("b")) {
                throw new IOException("cannot");
            }
            cleared.add(process.name());
        }

        @Override
        public void remoteCommunication(Object type, Object data) {
            remote.add(List.of(type, data));
        }
    }

    /** {@link FakeDaemon} with {@link Configs} as its configuration hooks. */
    record WithConfigs(FakeDaemon d, Configs c) implements DaemonControl {
        @Override public int pid() { return d.pid(); }
        @Override public String identifier() { return d.identifier(); }
        @Override public dev.jsupervisor.daemon.process.Supervision supervision() { return d.supervision(); }
        @Override public dev.jsupervisor.daemon.log.MainLog mainLog() { return d.mainLog(); }
        @Override public String mainLogName() { return d.mainLogName(); }
        @Override public boolean isShuttingDown() { return d.isShuttingDown(); }
        @Override public void requestShutdown() { d.requestShutdown(); }
        @Override public java.util.Optional<String> logfile(ProcessRecord p, boolean stderr) {
            return d.logfile(p, stderr);
        }
        @Override public ConfigControl configs() { return c; }
        @Override public dev.jsupervisor.daemon.process.Now now() { return d.now(); }
        @Override public void perform(List<dev.jsupervisor.daemon.process.Effect> effects) { d.perform(effects); }
        @Override public void reap() { d.reap(); }
        @Override public void checkCommand(ProcessRecord p) throws dev.jsupervisor.daemon.os.BadCommandException {
            d.checkCommand(p);
        }
        @Override public boolean writeStdin(ProcessRecord p, byte[] data) { return d.writeStdin(p, data); }
        @Override public void requestRestart() { d.requestRestart(); }
    }

    private final Configs configs = new Configs();
    private final FakeDaemon daemon = new FakeDaemon();
    private final RpcDispatcher rpc;

    ConfigMethodsTest() {
        configs.daemon = daemon;
        rpc = RpcDispatcher.forDaemon(new WithConfigs(daemon, configs));
    }

    private MethodResponse call(String method, Object... params) throws Exception {
        RpcReply reply = rpc.handle(XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, List.of(params))));
        assertEquals(200, reply.httpStatus(), method);
        return XmlRpcParser.parseResponse(reply.body(), XmlRpcLimits.ofMaxBytes(1 << 20));
    }

    @Test
    void rereadFailuresAreCantRereadOrServerErrors() throws Exception {
        configs.failure = new ConfigControl.RereadFailure("could not find config file sv.conf", false);
        assertEquals("CANT_REREAD: could not find config file sv.conf", call("supervisor.reloadConfig").faultString());
        configs.failure = new ConfigControl.RereadFailure("boom", true);
        assertEquals(500, rpc.handle(XmlRpcWriter.utf8(XmlRpcWriter.methodCall("supervisor.reloadConfig",
                List.of()))).httpStatus());
    }

    @Test
    void addsOnlyGroupsOfTheLastRead() throws Exception {
        assertEquals("ALREADY_ADDED: cat", call("supervisor.addProcessGroup", "cat").faultString());
        assertEquals("BAD_NAME: new", call("supervisor.addProcessGroup", "new").faultString());
        configs.next = List.of(FakeDaemon.group("new", "n"), FakeDaemon.group("cat", "cat"));
        assertEquals(List.of(List.of(List.of("new"), List.of(), List.of("web"))),
                call("supervisor.reloadConfig").value());
        assertEquals(true, call("supervisor.addProcessGroup", "new").value());
        assertEquals(List.of("new"), configs.activated);
        assertEquals("BAD_NAME: web", call("supervisor.addProcessGroup", "web").faultString());
    }

    @Test
    void removesStoppedGroups() throws Exception {
        assertEquals("BAD_NAME: nosuch", call("supervisor.removeProcessGroup", "nosuch").faultString());
        assertEquals(true, call("supervisor.removeProcessGroup", "web").value());
        assertTrue(daemon.supervision.group("web").isEmpty());
        assertEquals("BAD_NAME: web", call("supervisor.removeProcessGroup", "web").faultString());
        Object diff = reloadWith(FakeDaemon.group("web", "b", "a"), FakeDaemon.group("cat", "cat"));
        assertEquals(List.of(List.of(List.of("web"), List.of(), List.of())), diff);
    }

    private Object reloadWith(GroupConfig... groups) throws Exception {
        configs.next = List.of(groups);
        return call("supervisor.reloadConfig").value();
    }

    @Test
    void configInfoDescribesTheLastReadConfiguration() throws Exception {
        List<?> infos = (List<?>) call("supervisor.getAllConfigInfo").value();
        assertEquals(List.of("a", "b", "cat"), infos.stream().map(i -> ((Map<?, ?>) i).get("name")).toList());
        Map<?, ?> a = (Map<?, ?>) infos.get(0);
        assertEquals(29, a.size());
        assertEquals("none", a.get("directory"));
        assertEquals("none", a.get("uid"));
        assertEquals("none", a.get("serverurl"));
        assertEquals("/logs/a.log", a.get("stdout_logfile"), "active from this very config: the real AUTO file");
        assertEquals(true, a.get("inuse"));
        reloadWith(FakeDaemon.group("web", "b", "a"));
        infos = (List<?>) call("supervisor.getAllConfigInfo").value();
        assertEquals("auto", ((Map<?, ?>) infos.get(0)).get("stdout_logfile"));
    }

    @Test
    void clearAllReportsEachProcess() throws Exception {
        List<?> results = (List<?>) call("supervisor.clearAllProcessLogs").value();
        assertEquals(3, results.size());
        assertEquals(Map.of("name", "b", "group", "web", "status", 30, "description", "FAILED: web:b"),
                results.stream().filter(r -> ((Map<?, ?>) r).get("name").equals("b")).findFirst().orElseThrow());
        assertEquals(List.of("a", "cat"), configs.cleared, "priority order, the failed one left out");
    }

    @Test
    void whileShuttingDownOnlySystemMethodsAndRemoteEventsAnswer() throws Exception {
        daemon.requestShutdown();
        for (String method : List.of("supervisor.reloadConfig", "supervisor.getAllConfigInfo",
                "supervisor.clearAllProcessLogs", "supervisor.clearLog")) {
            assertEquals("SHUTDOWN_STATE", call(method).faultString(), method);
        }
        assertEquals("SHUTDOWN_STATE", call("supervisor.addProcessGroup", "cat").faultString());
        assertEquals("SHUTDOWN_STATE", call("supervisor.removeProcessGroup", "nosuch").faultString());
        assertEquals("SHUTDOWN_STATE", call("supervisor.readProcessStdoutLog", "nosuch", 0, 0).faultString());
        assertEquals("SHUTDOWN_STATE", call("supervisor.tailProcessStderrLog", "cat", 0, 0).faultString());
        assertEquals("SHUTDOWN_STATE", call("supervisor.clearProcessLogs", "cat").faultString());
        assertEquals(true, call("supervisor.sendRemoteCommEvent", "type", "data").value());
        assertEquals(true, call("supervisor.sendRemoteCommEvent", 1, true).value());
        assertEquals(List.of(List.of("type", "data"), List.of(1, true)), configs.remote, "passed on as sent");
        assertEquals(41, ((List<?>) call("system.listMethods").value()).size());
    }
}
