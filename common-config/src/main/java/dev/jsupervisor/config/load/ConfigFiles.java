package dev.jsupervisor.config.load;

import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.ini.IniParseException;
import dev.jsupervisor.config.ini.IniParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading config files from disk into an {@link IniDocument}, with the reference's errors. */
final class ConfigFiles {
    private ConfigFiles() {}

    /** The path a (possibly relative) name refers to from {@code cwd}. */
    static Path resolve(String cwd, String name) {
        return Path.of(cwd).resolve(name);
    }

    /** Python's os.path.abspath: absolute and normalized, without resolving symlinks. */
    static String absolute(String cwd, String name) {
        return resolve(cwd, name).normalize().toString();
    }

    /** Python's os.path.dirname. */
    static String dirname(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String head = path.substring(0, slash + 1);
        return head.matches("/+") ? head : head.replaceAll("/+$", "");
    }

    /** Python's os.path.join of two parts. */
    static String join(String dir, String name) {
        if (name.startsWith("/") || dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** The main config file's text, or the reference's not-found / unreadable error. */
    static String readMain(String cwd, String file) throws ConfigException {
        Path path = resolve(cwd, file);
        if (!Files.exists(path)) {
            throw new ConfigException(Messages.configNotFound(file));
        }
        try {
            return read(path);
        } catch (IOException e) {
            throw new ConfigException(Messages.configUnreadable(file));
        }
    }

    /** Text as Python's text mode reads it: UTF-8, universal newlines. */
    static String read(Path path) throws IOException {
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Parses into {@code doc}; INI syntax errors become config errors with the parser's text. */
    static void parse(String text, String sourceName, IniDocument doc) throws ConfigException {
        try {
            IniParser.read(text, sourceName, doc);
        } catch (IniParseException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
