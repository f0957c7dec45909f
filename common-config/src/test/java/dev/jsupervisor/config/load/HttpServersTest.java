package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.InetHttpServerConfig;
import dev.jsupervisor.config.model.ServerConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServersTest {
    @TempDir
    Path dir;

    @Test
    void unixDefaults() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n[unix_http_server]\nfile=%(here)s/s.sock\n");
        assertEquals(List.of(new UnixHttpServerConfig(null, "unix_http_server", dir + "/s.sock", 0700, -1, -1,
                null, null)), c.servers());
        assertEquals("unix://" + dir + "/s.sock", c.serverurl());
    }

    @Test
    void unixFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        UnixHttpServerConfig defaults = (UnixHttpServerConfig) f.server(
                "[supervisord]\n[unix_http_server]\nfile=/tmp/a.sock\n").servers().get(0);
        UnixHttpServerConfig full = (UnixHttpServerConfig) f.server("[supervisord]\n[unix_http_server:x]\n"
                + "file=/tmp/b.sock\nchmod=0777\nchown=app:root\nusername=u\npassword=%(ENV_FOO)s\n").servers().get(0);
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of());
        assertEquals(new UnixHttpServerConfig("x", "unix_http_server:x", "/tmp/b.sock", 0777, 1000, 0, "u", "foo"), full);
    }

    @Test
    void inetDefaultsAndFullMapping() throws Exception {
        Fixture f = new Fixture(dir);
        InetHttpServerConfig defaults = (InetHttpServerConfig) f.server(
                "[supervisord]\n[inet_http_server]\nport=9001\n").servers().get(0);
        assertEquals(new InetHttpServerConfig(null, "inet_http_server", "", 9001, null, null), defaults);
        InetHttpServerConfig full = (InetHttpServerConfig) f.server(
                "[supervisord]\n[inet_http_server:i]\nport=LocalHost:9002\nusername=u\npassword=p\n").servers().get(0);
        FullMapping.assertEveryComponentDiffers(defaults, full, Set.of());
        assertEquals("localhost", full.host());
    }

    @Test
    void inetServersComeFirstAndTheLastOneIsTheFallbackUrl() throws Exception {
        ServerConfig c = new Fixture(dir).server("[supervisord]\n[inet_http_server]\nport=1\n"
                + "[inet_http_server:b]\nport=h:2\n");
        assertEquals("http://h:2", c.serverurl());
        ServerConfig mixed = new Fixture(dir).server("[supervisord]\n[unix_http_server]\nfile=/tmp/u.sock\n"
                + "[inet_http_server]\nport=1\n");
        assertEquals("inet_http_server", mixed.servers().get(0).section());
        assertEquals("unix:///tmp/u.sock", mixed.serverurl());
    }

    @Test
    void errors() {
        Fixture f = new Fixture(dir);
        assertEquals("section [unix_http_server] has no file value", f.serverError("[supervisord]\n[unix_http_server]\n"));
        assertEquals("Section [inet_http_server] contains incomplete authentication: If a username or a password"
                + " is specified, both the username and password must be specified",
                f.serverError("[supervisord]\n[inet_http_server]\nusername=u\n"));
        assertEquals("Invalid sockchown value nosuch", f.serverError(
                "[supervisord]\n[unix_http_server]\nfile=/tmp/s\nchown=nosuch\n"));
        assertEquals("Invalid chmod value 9", f.serverError("[supervisord]\n[unix_http_server]\nfile=/tmp/s\nchmod=9\n"));
    }
}
