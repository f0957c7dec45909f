package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.PyText;
import static dev.jsupervisor.config.load.OptionReader.convert;

import dev.jsupervisor.config.model.HttpServerConfig;
import dev.jsupervisor.config.model.InetHttpServerConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.HostPort;
import dev.jsupervisor.config.value.ValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every section whose name starts with inet_http_server (first) or unix_http_server (then), in
 * file order; "[unix_http_server:foo]" is an extra server named foo.
 */
final class HttpServersLoader {
    static final String INET = "inet_http_server";
    static final String UNIX = "unix_http_server";

    private final OptionReader reader;
    private final LoadContext ctx;
    private final String here;

    HttpServersLoader(OptionReader reader, LoadContext ctx, String here) {
        this.reader = reader;
        this.ctx = ctx;
        this.here = here;
    }

    List<HttpServerConfig> load() throws ConfigException {
        List<HttpServerConfig> servers = new ArrayList<>();
        for (String section : reader.doc().sections()) {
            if (section.startsWith(INET)) {
                servers.add(inet(section));
            }
        }
        for (String section : reader.doc().sections()) {
            if (section.startsWith(UNIX)) {
                servers.add(unix(section));
            }
        }
        return servers;
    }

    private static String nameOf(String section) {
        int colon = section.indexOf(':');
        return colon < 0 ? null : section.substring(colon + 1);
    }

    private InetHttpServerConfig inet(String section) throws ConfigException {
        String[] auth = auth(section);
        String port = reader.get(section, "port", null);
        if (port == null) {
            throw new ConfigException(Messages.noServerValue(section, "port"));
        }
        HostPort address = convert(() -> Converters.inetAddress(port));
        return new InetHttpServerConfig(nameOf(section), section, address.host(), address.port(), auth[0], auth[1]);
    }

    private UnixHttpServerConfig unix(String section) throws ConfigException {
        String file = reader.get(section, "file", null, Map.of("here", here));
        if (file == null) {
            throw new ConfigException(Messages.noServerValue(section, "file"));
        }
        String path = Converters.normalizePath(PyText.strip(file), ctx.paths(), ctx.accounts());
        String[] auth = auth(section);
        int[] chown = {UnixHttpServerConfig.DEFAULT_CHOWN, UnixHttpServerConfig.DEFAULT_CHOWN};
        String chownText = reader.get(section, "chown", null);
        if (chownText != null) {
            try {
                chown = Converters.colonSeparatedUserGroup(chownText, ctx.accounts());
            } catch (ValueException e) {
                throw new ConfigException(Messages.badSockchown(chownText));
            }
        }
        int chmod = UnixHttpServerConfig.DEFAULT_CHMOD;
        String chmodText = reader.get(section, "chmod", null);
        if (chmodText != null) {
            try {
                chmod = Converters.octal(chmodText);
            } catch (ValueException e) {
                throw new ConfigException(Messages.badChmod(chmodText));
            }
        }
        return new UnixHttpServerConfig(nameOf(section), section, path, chmod, chown[0], chown[1], auth[0], auth[1]);
    }

    /** {username, password}: both or neither. */
    private String[] auth(String section) throws ConfigException {
        String username = reader.get(section, "username", null);
        String password = reader.get(section, "password", null);
        if ((username == null) != (password == null)) {
            throw new ConfigException(Messages.incompleteAuth(section));
        }
        return new String[] {username, password};
    }
}
