package dev.jsupervisor.config.cli;

import java.util.List;

/** supervisorctl's command line; a null field was not given. */
public record ClientArgs(
        String configFile,      // -c / --configuration
        boolean help,           // -h / --help
        boolean interactive,    // -i / --interactive
        String serverurl,       // -s / --serverurl (validated as a URL)
        String username,        // -u / --username
        String password,        // -p / --password
        String historyFile,     // -r / --history_file
        List<String> action) {  // positional words: the one-shot command, empty for the shell
}
