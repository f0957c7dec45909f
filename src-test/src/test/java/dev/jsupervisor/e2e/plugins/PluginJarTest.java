package dev.jsupervisor.e2e.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.e2e.dist.Dist;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar on JSUPERVISOR_CLASSPATH adds an XML-RPC namespace to the dist's supervisord and
 * actions to its supervisorctl; a Python factory still fails startup with the reference's line.
 */
class PluginJarTest {
    private static final String RPC_SPI = "dev.jsupervisor.daemon.plugin.RpcInterfacePlugin";
    private static final String CTL_SPI = "dev.jsupervisor.ctl.plugin.ControllerPlugin";

    @TempDir Path dir;

    @Test
    void aPluginJarAddsANamespaceAndActions() throws Exception {
        Path home = Dist.home();
        Path jar = pluginJar();
        Path conf = dir.resolve("sv.conf");
        Files.writeString(conf, "[supervisord]\nlogfile=" + dir + "/sv.log\npidfile=" + dir + "/sv.pid\n"
                + "[unix_http_server]\nfile=" + dir + "/sv.sock\n"
                + "[rpcinterface:supervisor]\n"
                + "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n"
                + "[rpcinterface:acme]\nsupervisor.rpcinterface_factory = java:" + EchoRpcPlugin.class.getName()
                + "\nprefix = hello-\n"
                + "[supervisorctl]\nserverurl=unix://" + dir + "/sv.sock\n"
                + "[ctlplugin:acme]\nsupervisor.ctl_factory = java:" + GreetCtlPlugin.class.getName() + "\n");
        ProcessBuilder daemon = new ProcessBuilder(home.resolve("bin/supervisord").toString(), "-n", "-c",
                conf.toString()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        daemon.environment().put("JSUPERVISOR_CLASSPATH", jar.toString());
        Process process = daemon.start();
        try {
            awaitSocket(process);
            assertEquals("exit 0\nhello-world\n", ctl(home, conf, jar, "greet", "world"));
            assertEquals("exit 0\nacme.echo\nacme.pid\n", ctl(home, conf, jar, "acmemethods"));
            assertTrue(ctl(home, conf, jar, "help").endsWith("\n\nacme commands (type help <topic>):\n"
                    + "==================================\nacmemethods  greet\n\n"));
            String log = Files.readString(dir.resolve("sv.log"));
            assertTrue(log.contains("INFO RPC interface 'acme' initialized\n"), log);
        } finally {
            stop(process);
        }
    }

    @Test
    void aPythonFactoryFailsStartupWithTheReferencesLine() throws Exception {
        Path conf = dir.resolve("py.conf");
        Files.writeString(conf, "[supervisord]\nlogfile=" + dir + "/py.log\npidfile=" + dir + "/py.pid\n"
                + "[rpcinterface:twiddler]\n"
                + "supervisor.rpcinterface_factory = supervisor_twiddler.rpcinterface:make_twiddler_rpcinterface\n");
        Process p = new ProcessBuilder(Dist.home().resolve("bin/supervisord").toString(), "-n", "-c", conf.toString())
                .redirectErrorStream(true).start();
        String out = finish(p);
        assertTrue(out.startsWith("exit 2\nError: supervisor_twiddler.rpcinterface:make_twiddler_rpcinterface"
                + " cannot be resolved within [rpcinterface:twiddler]\nFor help, use "), out);
    }

    @Test
    void aFactoryThatThrowsStopsStartupOnOneLine() throws Exception {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "[supervisord]\nlogfile=" + dir + "/bad.log\npidfile=" + dir + "/bad.pid\n"
                + "[unix_http_server]\nfile=" + dir + "/bad.sock\n"
                + "[rpcinterface:bad]\nsupervisor.rpcinterface_factory = java:" + FailingRpcPlugin.class.getName()
                + "\n");
        ProcessBuilder pb = new ProcessBuilder(Dist.home().resolve("bin/supervisord").toString(), "-n", "-c",
                conf.toString()).redirectErrorStream(true);
        pb.environment().put("JSUPERVISOR_CLASSPATH", pluginJar().toString());
        String out = finish(pb.start());
        assertTrue(out.startsWith("exit 1\n"), out);
        assertTrue(out.endsWith("Error: Could not make bad rpc interface: no url= given\n"), out);
    }

    /** The plugin classes and their META-INF/services entries, as a user's plugin jar would have them. */
    private Path pluginJar() throws IOException, URISyntaxException {
        Path classes = Path.of(EchoRpcPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("acme-plugins.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(EchoRpcPlugin.class, FailingRpcPlugin.class, GreetCtlPlugin.class)) {
                String path = c.getName().replace('.', '/') + ".class";
                entry(out, path, Files.readAllBytes(classes.resolve(path)));
            }
            entry(out, "META-INF/services/" + RPC_SPI, (EchoRpcPlugin.class.getName() + "\n"
                    + FailingRpcPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            entry(out, "META-INF/services/" + CTL_SPI, (GreetCtlPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void entry(JarOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(data);
        out.closeEntry();
    }

    private String ctl(Path home, Path conf, Path jar, String... action) throws Exception {
        List<String> argv = new ArrayList<>(List.of(home.resolve("bin/supervisorctl").toString(), "-c", conf.toString()));
        argv.addAll(List.of(action));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("JSUPERVISOR_CLASSPATH", jar.toString());
        return finish(pb.start());
    }

    private static String finish(Process p) throws Exception {
        try (OutputStream stdin = p.getOutputStream()) {
            // nothing to type
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running");
        }
        return "exit " + p.exitValue() + "\n" + out;
    }

    private void awaitSocket(Process process) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (!Files.exists(dir.resolve("sv.sock"))) {
            if (!process.isAlive() || System.currentTimeMillis() > until) {
                throw new AssertionError("supervisord did not start: " + Files.readString(dir.resolve("err.txt")));
            }
            Thread.sleep(100);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
