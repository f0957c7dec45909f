package dev.jsupervisor.e2e.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input given to both sides: program, working directory, complete environment, arguments.
 * {@code mayExitZero} marks the few command lines that legitimately end with exit 0 before any
 * config is read (-v); every other case must fail on both sides.
 */
record CliCase(String name, Program program, Path cwd, Map<String, String> env, List<String> args,
               boolean mayExitZero) {

    CliCase {
        env = withPwd(env, cwd);
        args = List.copyOf(args);
    }

    /**
     * {@code env} plus PWD = the working directory, as a calling shell would export it. Our
     * launcher is a shell script, and /bin/sh always exports PWD to the JVM, while the reference
     * (a Python script exec'd directly) sees only what it was given. Giving both sides the PWD a
     * shell caller would give keeps %(ENV_PWD)s and the "Available names" lists comparable; the
     * remaining difference (no PWD from a non-shell caller such as systemd) is documented.
     */
    private static Map<String, String> withPwd(Map<String, String> env, Path cwd) {
        Map<String, String> out = new LinkedHashMap<>(env);
        out.put("PWD", cwd.toAbsolutePath().normalize().toString());
        return Map.copyOf(out);
    }

    @Override
    public String toString() {
        return program.tool() + " " + name + " " + args;
    }
}
