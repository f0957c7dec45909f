package dev.jsupervisor.config.cli;

import dev.jsupervisor.config.value.Converters;
import java.util.List;

/**
 * supervisorctl's options (getopt rules, the reference's error texts). Positional words are the
 * action. {@code interactive} is only what -i said: the reference also enters the shell when no
 * action is given, and runs the action (ignoring -i) when there is one.
 */
public final class ClientCommandLine {
    private ClientCommandLine() {}

    public static ClientArgs parse(List<String> args) throws UsageException {
        OptionProcessor.Parsed p = OptionProcessor.process(args, specs(), true);
        return new ClientArgs(p.get("configfile", String.class), p.isSet("help"), p.isSet("interactive"),
                p.get("serverurl", String.class), p.get("username", String.class), p.get("password", String.class),
                p.get("history_file", String.class), p.positional());
    }

    private static List<OptionSpec> specs() {
        OptionSpec.Conversion raw = value -> value;
        return List.of(
                OptionSpec.immediate("h", "help", "help"),
                OptionSpec.immediate("?", null, "help"),
                OptionSpec.valued("c", "configuration", "configfile", raw),
                OptionSpec.flag("i", "interactive", "interactive"),
                OptionSpec.valued("s", "serverurl", "serverurl", Converters::url),
                OptionSpec.valued("u", "username", "username", raw),
                OptionSpec.valued("p", "password", "password", raw),
                OptionSpec.valued("r", "history_file", "history_file", raw));
    }
}
