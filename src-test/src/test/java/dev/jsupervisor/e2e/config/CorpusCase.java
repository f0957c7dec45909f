package dev.jsupervisor.e2e.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One directory of the config corpus: a config file, optional {@code args}, the golden {@code expected.json}.
 *
 * <p>A case is a client (supervisorctl) case when it holds {@code supervisorctl.conf}, else a server case
 * reading {@code supervisord.conf}. The config is named by its bare file name, relative to {@link #dir()},
 * exactly as the oracle receives it after {@code -c} (error texts quote it as given).
 */
record CorpusCase(String name, Path dir, boolean client, List<String> args) {
    static final String SERVER_CONF = "supervisord.conf";
    static final String CLIENT_CONF = "supervisorctl.conf";
    static final String ARGS = "args";
    static final String EXPECTED = "expected.json";

    static CorpusCase load(Path dir) {
        boolean client = Files.isRegularFile(dir.resolve(CLIENT_CONF));
        if (!client && !Files.isRegularFile(dir.resolve(SERVER_CONF))) {
            throw new IllegalStateException(dir + " has neither " + SERVER_CONF + " nor " + CLIENT_CONF);
        }
        return new CorpusCase(dir.getFileName().toString(), dir, client, readArgs(dir.resolve(ARGS)));
    }

    /** One argument per line, verbatim (like bash's {@code mapfile -t}); no file = no arguments. */
    private static List<String> readArgs(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = read(file);
        List<String> args = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!args.isEmpty() && args.get(args.size() - 1).isEmpty()) {
            args.remove(args.size() - 1); // the final newline ends the last line, it is not an argument
        }
        return List.copyOf(args);
    }

    /** The config as passed after {@code -c}: a bare name, resolved against {@link #dir()} as cwd. */
    Path config() {
        return Path.of(client ? CLIENT_CONF : SERVER_CONF);
    }

    Path expectedFile() {
        return dir.resolve(EXPECTED);
    }

    String expected() {
        return read(expectedFile());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
