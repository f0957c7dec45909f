package dev.jsupervisor.e2e.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.ini.IniParseException;
import dev.jsupervisor.config.ini.IniParser;
import dev.jsupervisor.config.value.PyRepr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random INI files, read by our {@link IniParser} and by the reference's own parser class
 * (supervisor.options.UnhosedConfigParser, i.e. RawConfigParser with Supervisor's settings) in one
 * Python process. Both sides describe the outcome as one line built from Python reprs: sections
 * with their source file and items, or the error text.
 */
class IniDifferentialTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final int CASES = 400;
    private static final long SEED = 20240425L;

    private static final String ORACLE = """
            import os, sys
            os.chdir('/')
            from supervisor.options import UnhosedConfigParser
            def describe(paths):
                p = UnhosedConfigParser()
                try:
                    for path in paths:
                        with open(path, encoding='utf-8') as f:
                            before = set(p._sections)
                            p.read_file(f, path)
                            for s in set(p._sections) - before:
                                p.section_to_file[s] = path
                except Exception as e:
                    return 'ERR ' + repr(str(e))
                out = ['OK']
                for s in p.sections():
                    items = ' '.join(repr(o) + '=' + repr(p.get(s, o)) for o in p.options(s))
                    out.append('[' + repr(s) + ' ' + repr(p.section_to_file.get(s)) + ' ' + items + ']')
                out.append('{' + ' '.join(repr(k) + '=' + repr(v) for k, v in p.defaults().items()) + '}')
                return ' '.join(out)
            for line in open(sys.argv[1], encoding='utf-8'):
                name, *paths = line.rstrip('\\n').split('\\t')
                print(name + '\\t' + describe(paths))
            """;

    private static final String[] HEADERS = {"[s]", "[S]", "[DEFAULT]", "[ s ]", "[a]b]", "[x] ; c", "[x]junk",
        "[program:cat]", "[\u00e9]", "  [s]", "[s] #c", "[s];c", "[]]", "[[x]]", "[DEFAULT] ;d"};
    private static final String[] OPTIONS = {"key = value", "Key: value", "k=v ;c", "k=v;c", "k=v #c", "k=v#c",
        "k = ", "k:", "a:b=c", "a=b:c", "KEY=\u00dcn\u00ef", "\u0130x=1", "k = v \t", "k=1#2#3 #4 x;y ;z",
        "k=1;2;3 ;4 x#y #z", "K = V", "\u00a0k=v", "k\u00a0= v\u00a0", "\u3000x=y", "x\u001c=\u001cy\u001c",
        "key=%(here)s", "k=\"q ; r\"", "k = a=b", "k==", "command=bash -c 'a ; b'", "\u03a3\u03a3=final sigma",
        "k=v\u000b", "\u000bk=v", "k=\u2028", "k\t=\tv", "k = ;", "k = #", "  k2 = indented", "x=1", "y: 2"};
    private static final String[] CONTINUATIONS = {"  cont", "\tcont", "   ; comment", "  # c", "   ", "",
        "    deeper", " x = y", "  [s]", "\u00a0nbsp", "  cont ;c", "  cont;c", "", "  more"};
    private static final String[] COMMENTS = {"# c", "; c", "  ;c", "#", ";", "\t# tab"};
    /** Lines the parser refuses (or that only make sense as continuations); rarer, so many files parse. */
    private static final String[] BAD = {"bad line", "=x", ": x", "rem x", "[]", "[s", "  bad", "\u00a0bad"};
    private static final String[] ENDINGS = {"\n", "\n", "\n", "\n", "\r\n", "\r"};

    @Test
    void ourParserAgreesWithTheReference(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "reference interpreter missing");
        Random random = new Random(SEED);
        Map<String, List<Path>> cases = new LinkedHashMap<>();
        for (int i = 0; i < CASES; i++) {
            cases.put("case" + i, writeCase(dir, i, random));
        }
        Map<String, String> reference = runOracle(dir, cases);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Path>> c : cases.entrySet()) {
            String ours = describe(c.getValue());
            String theirs = reference.get(c.getKey());
            if (!ours.equals(theirs)) {
                mismatches.add(c.getKey() + " " + contents(c.getValue()) + "\n  ours:   " + ours + "\n  theirs: " + theirs);
            }
        }
        assertEquals(CASES, reference.size(), "oracle answered every case");
        assertEquals(List.of(), mismatches);
        long errors = reference.values().stream().filter(v -> v.startsWith("ERR ")).count();
        assertTrue(errors > CASES / 10 && errors < CASES * 9 / 10, "a useful mix of good and bad files: " + errors);
        if (Boolean.getBoolean("ini.diff.dump")) {
            reference.values().forEach(System.out::println);
        }
    }

    private static List<Path> writeCase(Path dir, int index, Random random) throws IOException {
        int files = random.nextInt(4) == 0 ? 2 : 1;
        List<Path> paths = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            Path path = dir.resolve("case" + index + "-" + f + ".conf");
            Files.writeString(path, randomText(random), StandardCharsets.UTF_8);
            paths.add(path);
        }
        return paths;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(6) != 0) {
            text.append(pick(random, HEADERS)).append('\n').append(pick(random, OPTIONS)).append('\n');
        }
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            String line = randomLine(random);
            text.append(line).append(pick(random, ENDINGS));
            if (line.startsWith("[") && random.nextInt(5) != 0) {
                // most sections start with an option, so continuation lines have something to continue
                text.append(pick(random, OPTIONS)).append('\n');
            }
        }
        if (random.nextInt(3) == 0) {
            text.append(randomLine(random)); // last line without a terminator
        }
        return text.toString();
    }

    private static String randomLine(Random random) {
        int kind = random.nextInt(10);
        if (random.nextInt(18) == 0) {
            return pick(random, BAD);
        } else if (kind < 2) {
            return pick(random, HEADERS);
        } else if (kind < 6) {
            return pick(random, OPTIONS);
        } else if (kind < 9) {
            return pick(random, CONTINUATIONS);
        }
        return pick(random, COMMENTS);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String describe(List<Path> paths) throws IOException {
        IniDocument doc = IniParser.newDocument();
        try {
            for (Path path : paths) {
                IniParser.readFile(path, path.toString(), doc);
            }
        } catch (IniParseException e) {
            return "ERR " + PyRepr.of(e.getMessage());
        }
        StringBuilder out = new StringBuilder("OK");
        for (String s : doc.sections()) {
            out.append(" [").append(PyRepr.of(s)).append(' ').append(PyRepr.of(doc.sourceOf(s).orElseThrow()))
                    .append(' ').append(pairs(doc.items(s))).append(']');
        }
        return out.append(" {").append(pairs(doc.defaults())).append('}').toString();
    }

    private static String pairs(Map<String, String> items) {
        List<String> pairs = new ArrayList<>();
        items.forEach((k, v) -> pairs.add(PyRepr.of(k) + "=" + PyRepr.of(v)));
        return String.join(" ", pairs);
    }

    private static Map<String, String> runOracle(Path dir, Map<String, List<Path>> cases) throws Exception {
        Path script = Files.writeString(dir.resolve("oracle.py"), ORACLE);
        List<String> manifest = new ArrayList<>();
        cases.forEach((name, paths) -> {
            List<String> fields = new ArrayList<>(List.of(name));
            paths.forEach(p -> fields.add(p.toString()));
            manifest.add(String.join("\t", fields));
        });
        Path manifestFile = Files.write(dir.resolve("manifest.txt"), manifest, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), script.toString(), manifestFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process python = builder.start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        python.waitFor(60, TimeUnit.SECONDS);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                answers.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return answers;
    }

    private static String contents(List<Path> paths) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : paths) {
            texts.add(PyRepr.of(Files.readString(p)));
        }
        return String.join(" + ", texts);
    }
}
