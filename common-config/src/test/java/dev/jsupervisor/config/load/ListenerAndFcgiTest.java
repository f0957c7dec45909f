package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.FcgiSocketConfig;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerAndFcgiTest {
    @TempDir
    Path dir;

    @Test
    void listenerDefaults() throws Exception {
        EventListenerPoolConfig pool = (EventListenerPoolConfig) new Fixture(dir).onlyGroup(
                "[supervisord]\n[eventlistener:l]\ncommand=x\nevents=tick_5\n");
        assertEquals(-1, pool.priority());
        assertEquals(10, pool.bufferSize());
        assertEquals(Set.of(EventType.TICK_5), pool.events());
        assertEquals("supervisor.dispatchers:default_handler", pool.resultHandler());
        assertEquals(999, pool.processes().get(0).priority());
    }

    @Test
    void listenerFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        EventListenerPoolConfig defaults = (EventListenerPoolConfig) f.onlyGroup(
                "[supervisord]\n[eventlistener:l]\ncommand=x\nevents=TICK_5\n");
        f.write("supervisord.conf", "[supervisord]\n[eventlistener:m]\n"
                + "command=y\nevents=PROCESS_STATE, TICK_60\nbuffer_size=2\npriority=3\n"
                + "result_handler=custom:handler\n");
        // Only built-in handlers resolve by default; a resolver is the plugin seam.
        EventListenerPoolConfig full = (EventListenerPoolConfig) ServerConfigLoader.load(
                Fixture.serverArgs("supervisord.conf"), f.context(), spec -> true).groups().get(0);
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of());
    }

    @Test
    void listenerResultHandlerGoesThroughTheResolver() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("supervisord.conf", "[supervisord]\n[eventlistener:m]\ncommand=y\nevents=TICK\nresult_handler=a:b\n");
        assertEquals("a:b cannot be resolved within [eventlistener:m]", f.serverError(
                "[supervisord]\n[eventlistener:m]\ncommand=y\nevents=TICK\nresult_handler=a:b\n"));
        EventListenerPoolConfig pool = (EventListenerPoolConfig) ServerConfigLoader.load(
                Fixture.serverArgs("supervisord.conf"), f.context(), spec -> true).groups().get(0);
        assertEquals("a:b", pool.resultHandler());
    }

    @Test
    void listenerErrors() {
        Fixture f = new Fixture(dir);
        assertEquals("[eventlistener:l] section requires an \"events\" line",
                f.serverError("[supervisord]\n[eventlistener:l]\ncommand=x\n"));
        assertEquals("Unknown event type NOPE in [eventlistener:l] events",
                f.serverError("[supervisord]\n[eventlistener:l]\ncommand=x\nevents=nope\n"));
        assertEquals("[eventlistener:l] section sets invalid buffer_size (0)",
                f.serverError("[supervisord]\n[eventlistener:l]\ncommand=x\nevents=TICK\nbuffer_size=0\n"));
        assertEquals("[eventlistener:l] section sets redirect_stderr=true but this is not allowed because it"
                + " will interfere with the eventlistener protocol", f.serverError(
                "[supervisord]\n[eventlistener:l]\ncommand=x\nevents=TICK\nredirect_stderr=true\n"));
    }

    @Test
    void fcgiDefaults() throws Exception {
        FcgiGroupConfig g = (FcgiGroupConfig) new Fixture(dir).onlyGroup(
                "[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=unix://%(here)s/%(program_name)s.sock\n");
        assertEquals(new FcgiSocketConfig.Unix(dir + "/f.sock", null, 0700, null), g.socket());
        assertEquals(999, g.priority());
    }

    @Test
    void fcgiFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        FcgiGroupConfig defaults = (FcgiGroupConfig) f.onlyGroup(
                "[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=unix:///tmp/f.sock\n");
        FcgiGroupConfig full = (FcgiGroupConfig) f.onlyGroup("[supervisord]\n[fcgi-program:g]\ncommand=y\n"
                + "socket=unix:///tmp/g.sock\nsocket_backlog=5\nsocket_mode=0666\nsocket_owner=app\npriority=1\n");
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of());
        assertEquals(new FcgiSocketConfig.Owner(1000, -1), ((FcgiSocketConfig.Unix) full.socket()).owner());
        FcgiGroupConfig tcp = (FcgiGroupConfig) f.onlyGroup(
                "[supervisord]\n[fcgi-program:t]\ncommand=y\nsocket=tcp://localhost:0099\n");
        assertEquals("tcp://localhost:99", tcp.socket().url());
    }

    @Test
    void fcgiSocketOwnerFollowsTheProgramUser() throws Exception {
        FcgiGroupConfig g = (FcgiGroupConfig) new Fixture(dir).onlyGroup(
                "[supervisord]\n[fcgi-program:f]\ncommand=x\nuser=app\nsocket=unix:///tmp/f.sock\n");
        assertEquals(new FcgiSocketConfig.Owner(1000, 1001), ((FcgiSocketConfig.Unix) g.socket()).owner());
    }

    @Test
    void fcgiErrors() {
        Fixture f = new Fixture(dir);
        assertEquals("[fcgi-program:f] section requires a \"socket\" line",
                f.serverError("[supervisord]\n[fcgi-program:f]\ncommand=x\n"));
        assertEquals("('Unix socket path %s is not an absolute path', 'rel') in [fcgi-program:f] socket",
                f.serverError("[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=unix://rel\n"));
        assertEquals("('Bad socket format %s', 'tcp://x') in [fcgi-program:f] socket",
                f.serverError("[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=tcp://x\n"));
        assertEquals("socket_owner and socket_mode params should only be used with a Unix domain socket in"
                + " [fcgi-program:f] socket",
                f.serverError("[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=tcp://x:1\nsocket_mode=0600\n"));
        assertEquals("Invalid socket_backlog value 0",
                f.serverError("[supervisord]\n[fcgi-program:f]\ncommand=x\nsocket=tcp://x:1\nsocket_backlog=0\n"));
    }
}
