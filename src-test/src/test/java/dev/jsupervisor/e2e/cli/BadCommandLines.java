package dev.jsupervisor.e2e.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command lines that must fail (or, for -v, stop) before any daemon could start. Every
 * supervisord line names a config file that is missing or broken, so that the reference can
 * never fall back to the system's configuration. They run in {@code dir}, which holds:
 * {@value #BROKEN} (no [supervisord] section), {@value #BROKEN_CTL} (no [supervisorctl]
 * section); {@value #MISSING} does not exist.
 */
final class BadCommandLines {
    static final String MISSING = "missing.conf";
    static final String BROKEN = "broken.conf";
    static final String BROKEN_CTL = "broken-ctl.conf";

    private BadCommandLines() {}

    /** Writes the two broken configs into {@code dir}. */
    static void prepare(Path dir) {
        try {
            Files.writeString(dir.resolve(BROKEN), "[program:x]\ncommand=/bin/true\n");
            Files.writeString(dir.resolve(BROKEN_CTL), "[supervisord]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CliCase> all(Path dir, Map<String, String> env) {
        List<CliCase> cases = new ArrayList<>();
        serverLines().forEach(args -> cases.add(server(dir, env, args, false)));
        cases.add(server(dir, env, List.of("-c", MISSING, "-v"), true));
        cases.add(server(dir, env, List.of("-c", MISSING, "-v", "-e", "nosuch"), true));
        cases.add(server(dir, env, List.of("-c", BROKEN, "--version"), true));
        clientLines().forEach(args -> cases.add(
                new CliCase("bad-cmdline", Program.SUPERVISORCTL, dir, env, args, false)));
        return cases;
    }

    private static CliCase server(Path dir, Map<String, String> env, List<String> args, boolean zero) {
        return new CliCase("bad-cmdline", Program.SUPERVISORD, dir, env, args, zero);
    }

    private static List<List<String>> serverLines() {
        String m = MISSING;
        return List.of(
                List.of("-c", m, "-x"),
                List.of("-c", m, "--nosuch"),
                List.of("-c"),
                List.of("--configuration"),
                List.of("-c", m, "-e"),
                List.of("-c", m, "--loglevel"),
                List.of("-c", m, "-e", "nosuch"),
                List.of("-c", m, "--loglevel=warning"),
                List.of("-c", m, "-ex"),
                List.of("-c", m, "-e", "\u00e9t\u00e9"),
                List.of("-c", m, "-m", "999"),
                List.of("-c", m, "--umask=abc"),
                List.of("-c", m, "-m", "0o22"),
                List.of("-c", m, "-a", "lots"),
                List.of("-c", m, "-a", ""),
                List.of("-c", m, "--minprocs=1.5"),
                List.of("-c", m, "-y", "10K"),
                List.of("-c", m, "-y", "1.5MB"),
                List.of("-c", m, "-z", "x"),
                List.of("-c", m, "-d", "/nonexistent"),
                List.of("-c", m, "-q", "/nonexistent"),
                List.of("-c", m, "-l", "/nonexistent/x.log"),
                List.of("-c", m, "-j", "/nonexistent/x.pid"),
                List.of("-c", m, "-e", "debug", "-e", "info"),
                List.of("-c", m, "-n", "-n"),
                List.of("-c", m, "--nodaemon=yes"),
                List.of("-c", m, "--log=x"),
                List.of("-c", m, "--logfile_max=1MB"),
                List.of("-c", m, "--profile_options"),
                List.of("-c", m, "-nk", "-e"),
                List.of("-c", m, "extra"),
                List.of("-c", m, "-n", "extra", "more"),
                List.of("-c", m, "--", "-n"),
                List.of("-c", m, "-c", BROKEN),
                List.of("-c", m, "-e", "nosuch", "-v"),
                List.of("-c", m),
                List.of("-c", "/"),
                List.of("-c", BROKEN),
                List.of("-c", BROKEN, "-u", "nosuchuser"),
                List.of("--configuration=" + BROKEN, "-n", "-e", "TRACE"));
    }

    private static List<List<String>> clientLines() {
        String m = MISSING;
        return List.of(
                List.of("-x"),
                List.of("--nosuch", "status"),
                List.of("-c"),
                List.of("-s"),
                List.of("-c", m, "-s", "foo"),
                List.of("-c", m, "-s", "unix://"),
                List.of("-c", m, "--serverurl=http://"),
                List.of("-c", m, "-s", "\u00fc"),
                List.of("-c", m, "--history-file=x"),
                List.of("-c", m, "--history-file", "x", "status"),
                List.of("-c", m, "-r"),
                List.of("-c", m, "--history_file"),
                List.of("-c", m, "-u"),
                List.of("-c", m, "-p"),
                List.of("-c", m, "-c", BROKEN_CTL),
                List.of("-c", m, "-s", "http://a", "-s", "http://b"),
                List.of("-c", m, "-s", "http://localhost:9001", "-s", "x"),
                List.of("-c", m, "-i", "-i"),
                List.of("-c", m, "--interactive=yes"),
                List.of("-c", m, "--h"),
                List.of("-c", m, "--se=http://x", "status"),
                List.of("-c", m, "status"),
                List.of("-c", m, "status", "-x"),
                List.of("-c", "/", "status"),
                List.of("-c", BROKEN_CTL, "status"),
                List.of("--configuration=" + BROKEN_CTL, "-i"),
                List.of("-c", BROKEN, "-u", "bob", "-p", "secret", "-r", "/tmp/h", "version"));
    }
}
