package dev.jsupervisor.config.load;

import static dev.jsupervisor.config.load.OptionReader.convert;

import dev.jsupervisor.config.model.EventListenerPoolConfig;
import dev.jsupervisor.config.model.EventType;
import dev.jsupervisor.config.model.FcgiGroupConfig;
import dev.jsupervisor.config.model.FcgiSocketConfig;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.ValueException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * [eventlistener:x] pools and [fcgi-program:x] groups. Their own options are checked before the
 * process options and their errors carry no section/file suffix, as in the reference.
 */
final class ListenerAndFcgiLoader {
    private static final Pattern TCP = Pattern.compile("tcp://([^\\s:]+):(\\d+)");

    private final OptionReader reader;
    private final ProcessSectionLoader processes;
    private final PluginResolver resolver;
    private final LoadContext ctx;
    private final String here;

    ListenerAndFcgiLoader(OptionReader reader, ProcessSectionLoader processes, PluginResolver resolver,
                          LoadContext ctx, String here) {
        this.reader = reader;
        this.processes = processes;
        this.resolver = resolver;
        this.ctx = ctx;
        this.here = here;
    }

    EventListenerPoolConfig listenerPool(String section) throws ConfigException {
        // The pool name is deliberately not checked with the name rules here (the reference
        // only checks it later, inside the process options, where the error gets the suffix).
        String name = section.substring(section.indexOf(':') + 1);
        int priority = integer(section, "priority", EventListenerPoolConfig.DEFAULT_PRIORITY);
        int bufferSize = integer(section, "buffer_size", EventListenerPoolConfig.DEFAULT_BUFFER_SIZE);
        if (bufferSize < 1) {
            throw new ConfigException(Messages.badBufferSize(section, bufferSize));
        }
        String handler = get(section, "result_handler", EventListenerPoolConfig.DEFAULT_RESULT_HANDLER);
        if (!resolver.resolves(handler, section)) {
            throw new ConfigException(resolver.unresolved(handler, section));
        }
        Set<EventType> events = events(section);
        if (convert(() -> Converters.bool(get(section, "redirect_stderr", "false")))) {
            throw new ConfigException(Messages.listenerRedirectsStderr(section));
        }
        return new EventListenerPoolConfig(name, priority, processes.load(section, name), bufferSize,
                events, handler);
    }

    private Set<EventType> events(String section) throws ConfigException {
        Set<String> names = new LinkedHashSet<>();
        for (String word : Converters.listOfStrings(get(section, "events", ""))) {
            names.add(word.toUpperCase(Locale.ROOT));
        }
        if (names.isEmpty()) {
            throw new ConfigException(Messages.noEvents(section));
        }
        Set<EventType> events = new LinkedHashSet<>();
        for (String name : names) {
            events.add(EventType.byName(name)
                    .orElseThrow(() -> new ConfigException(Messages.unknownEvent(name, section))));
        }
        return events;
    }

    FcgiGroupConfig fcgiGroup(String section) throws ConfigException {
        String name = convert(() -> Converters.processOrGroupName(section.substring(section.indexOf(':') + 1)));
        int priority = integer(section, "priority", FcgiGroupConfig.DEFAULT_PRIORITY);
        String user = get(section, "user", null);
        Integer procUid = user == null ? null : convert(() -> Converters.nameToUid(user, ctx.accounts()));
        String backlogText = get(section, "socket_backlog", null);
        Integer backlog = null;
        if (backlogText != null) {
            int value = convert(() -> Converters.integer(backlogText));
            if (value < 1 || value > 65535) {
                throw new ConfigException(Messages.badSocketBacklog(value));
            }
            backlog = value;
        }
        FcgiSocketConfig.Owner owner = socketOwner(get(section, "socket_owner", null));
        Integer mode = socketMode(get(section, "socket_mode", null));
        String socket = reader.get(section, "socket", null, Map.of("program_name", name, "here", here));
        if (socket == null || socket.isEmpty()) {
            throw new ConfigException(Messages.noSocket(section));
        }
        FcgiSocketConfig config;
        try {
            config = parseSocket(socket, procUid, owner, mode, backlog);
        } catch (ConfigException e) {
            throw new ConfigException(Messages.inSocket(e.getMessage(), section));
        }
        return new FcgiGroupConfig(name, priority, processes.load(section, name), config);
    }

    private FcgiSocketConfig.Owner socketOwner(String text) throws ConfigException {
        if (text == null) {
            return null;
        }
        try {
            int[] ids = Converters.colonSeparatedUserGroup(text, ctx.accounts());
            return new FcgiSocketConfig.Owner(ids[0], ids[1]);
        } catch (ValueException e) {
            throw new ConfigException(Messages.badSocketOwner(text));
        }
    }

    private static Integer socketMode(String text) throws ConfigException {
        if (text == null) {
            return null;
        }
        try {
            return Converters.octal(text);
        } catch (ValueException e) {
            throw new ConfigException(Messages.badSocketMode(text));
        }
    }

    private FcgiSocketConfig parseSocket(String socket, Integer procUid, FcgiSocketConfig.Owner owner,
                                         Integer mode, Integer backlog) throws ConfigException {
        if (socket.startsWith("unix://")) {
            String path = socket.substring("unix://".length());
            if (!path.startsWith("/")) {
                throw new ConfigException(Messages.socketPathNotAbsolute(path));
            }
            String normalized = Converters.normalizePath(path, ctx.paths(), ctx.accounts());
            if (owner == null && procUid != null && procUid != ctx.currentUid()) {
                int gid = ctx.accounts().primaryGidOf(procUid).orElse(-1);
                owner = new FcgiSocketConfig.Owner(procUid, gid);
            }
            int effectiveMode = mode == null ? FcgiSocketConfig.Unix.DEFAULT_MODE : mode;
            return new FcgiSocketConfig.Unix(normalized, backlog, effectiveMode, owner);
        }
        if (owner != null || mode != null) {
            throw new ConfigException(Messages.socketOwnerOrModeOnInet());
        }
        Matcher m = TCP.matcher(socket);
        if (m.matches()) {
            // Host lower-cased and port range-checked by the socket config itself in the reference.
            int port = convert(() -> Converters.portNumber(m.group(2)));
            return new FcgiSocketConfig.Tcp(m.group(1).toLowerCase(Locale.ROOT), port, backlog);
        }
        throw new ConfigException(Messages.badSocketFormat(socket));
    }

    private String get(String section, String option, String dflt) throws ConfigException {
        return reader.get(section, option, dflt, Map.of("here", here));
    }

    private int integer(String section, String option, String dflt) throws ConfigException {
        String value = get(section, option, dflt);
        return convert(() -> Converters.integer(value));
    }
}
