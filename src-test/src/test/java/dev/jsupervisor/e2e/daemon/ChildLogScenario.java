package dev.jsupervisor.e2e.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Child stdout/stderr capture (section 6.2): explicit files, redirect_stderr, AUTO, rotation. */
abstract class ChildLogScenario extends DaemonScenario {
    private static final String ROTATING = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> ("block " + i + "\n").repeat(75)).collect(Collectors.joining());
    private static final String BULK = IntStream.rangeClosed(1, 100_000)
            .mapToObj(i -> i + "\n").collect(Collectors.joining());

    @Test
    void childOutputLandsInItsFiles() throws Exception {
        observe(sv -> {
            sv.configure("childlogs.conf").start();
            for (String name : List.of("split", "merged", "auto", "rotating", "bulk")) {
                sv.awaitLog("exited: " + name + " ");
            }
            Path d = sv.dir();
            // every byte must arrive; waiting for the count (not a time) before the shutdown
            Poll.until(Poll.DEFAULT, "all of rot.log*", () -> total(rotated(d, "rot.log")) == ROTATING.length());
            Poll.until(Poll.DEFAULT, "all of bulk.log*", () -> total(rotated(d, "bulk.log")) == BULK.length());
            sv.stop();
            List<Path> bulk = rotated(d, "bulk.log");
            return new Observed(sv.mainLog())
                    .put("split.out", Files.readAllLines(d.resolve("split.out")))
                    .put("split.err", Files.readAllLines(d.resolve("split.err")))
                    .put("merged.log", Files.readAllLines(d.resolve("merged.log")))
                    .put("auto dir", listing(d.resolve("auto")))
                    .put("auto stdout", SpawnErrorScenario.childLog(d, "auto-stdout---"))
                    .put("auto stderr", SpawnErrorScenario.childLog(d, "auto-stderr---"))
                    .put("rotating files", sizes(rotated(d, "rot.log")))
                    .put("rotating intact", Boolean.toString(concat(rotated(d, "rot.log")).equals(ROTATING)))
                    .put("bulk intact", Boolean.toString(concat(bulk).equals(BULK)))
                    .put("bulk backups full", Boolean.toString(bulk.subList(0, bulk.size() - 1).stream()
                            .allMatch(f -> f.toFile().length() >= 64 * 1024)))
                    .put("bulk rotated", Boolean.toString(bulk.size() > 1));
        }, o -> {
            assertEquals(List.of("to-out"), o.get("split.out"));
            assertEquals(List.of("to-err"), o.get("split.err"));
            assertEquals(List.of("to-out", "to-err"), o.get("merged.log"));
            assertTrue(o.get("auto dir").contains("auto-stdout---supervisor-<AUTO>.log"));
            assertTrue(o.get("auto dir").contains("bulk-stderr---supervisor-<AUTO>.log"));
            assertTrue(o.get("auto dir").stream().noneMatch(f -> f.startsWith("merged-stderr")),
                    "redirect_stderr makes no stderr log");
            assertEquals(List.of("auto-out"), o.get("auto stdout"));
            assertEquals(List.of("auto-err"), o.get("auto stderr"));
            assertEquals(List.of("rot.log.2 1200", "rot.log.1 1200", "rot.log 600"), o.get("rotating files"));
            for (String fact : List.of("rotating intact", "bulk intact", "bulk backups full", "bulk rotated")) {
                assertEquals(List.of("true"), o.get(fact), fact);
            }
        });
    }

    /** {@code base} and its backups {@code base.1, base.2, ...} (contiguous), oldest first. */
    static List<Path> rotated(Path dir, String base) {
        List<Path> files = new ArrayList<>();
        for (int n = 1; Files.exists(dir.resolve(base + "." + n)); n++) {
            files.add(0, dir.resolve(base + "." + n));
        }
        if (Files.exists(dir.resolve(base))) {
            files.add(dir.resolve(base));
        }
        return files;
    }

    private static long total(List<Path> files) {
        return files.stream().mapToLong(f -> f.toFile().length()).sum();
    }

    private static List<String> sizes(List<Path> files) {
        return files.stream().map(f -> f.getFileName() + " " + f.toFile().length()).toList();
    }

    private static String concat(List<Path> files) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path f : files) {
            all.write(Files.readAllBytes(f));
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    static List<String> sortedLines(String text) {
        return Arrays.stream(text.split("\n")).sorted().toList();
    }
}
