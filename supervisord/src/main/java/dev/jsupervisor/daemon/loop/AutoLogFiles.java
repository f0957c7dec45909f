package dev.jsupervisor.daemon.loop;

import dev.jsupervisor.config.model.LogChannelConfig;
import dev.jsupervisor.config.value.LogfileName;
import dev.jsupervisor.daemon.log.AutoChildLogs;
import dev.jsupervisor.daemon.log.ChildLogSpec.OutputChannel;
import dev.jsupervisor.daemon.process.ProcessRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The files behind AUTO child logs. They are created when the groups are created, for every
 * process whether it will be started or not (spec section 6.2), and reused by every spawn of
 * that process until the next (re)start of the daemon.
 */
final class AutoLogFiles {
    private final Map<ProcessRecord, Map<OutputChannel, Path>> files = new IdentityHashMap<>();

    private AutoLogFiles() {}

    /** Creates the AUTO files of all {@code processes} in {@code childlogdir}. */
    static AutoLogFiles allocate(List<ProcessRecord> processes, String childlogdir, String identifier)
            throws IOException {
        AutoLogFiles auto = new AutoLogFiles();
        auto.add(processes, childlogdir, identifier);
        return auto;
    }

    /** Creates the AUTO files of processes added later (addProcessGroup). */
    void add(List<ProcessRecord> processes, String childlogdir, String identifier) throws IOException {
        RandomGenerator random = RandomGenerator.getDefault();
        for (ProcessRecord p : processes) {
            Map<OutputChannel, Path> mine = new EnumMap<>(OutputChannel.class);
            allocateOne(p, OutputChannel.STDOUT, p.config().stdout(), childlogdir, identifier, random, mine);
            allocateOne(p, OutputChannel.STDERR, p.config().stderr(), childlogdir, identifier, random, mine);
            files.put(p, mine);
        }
    }

    /** A removed process: its files stay on disk (the reference leaves them too) but are no longer ours. */
    void forget(ProcessRecord process) {
        files.remove(process);
    }

    /** {@link #forget} for every process of a group just removed (none of its name is active now). */
    void forgetGroup(String groupName) {
        files.keySet().removeIf(p -> p.groupName().equals(groupName));
    }

    private static void allocateOne(ProcessRecord p, OutputChannel channel, LogChannelConfig config,
            String childlogdir, String identifier, RandomGenerator random, Map<OutputChannel, Path> into)
            throws IOException {
        if (config.logfile().kind() == LogfileName.Kind.AUTO) {
            into.put(channel, AutoChildLogs.create(Path.of(childlogdir), p.name(), channel.label(), identifier, random));
        }
    }

    /** The AUTO file of one channel, if that channel logs to AUTO. */
    Optional<Path> file(ProcessRecord process, OutputChannel channel) {
        return Optional.ofNullable(files.getOrDefault(process, Map.of()).get(channel));
    }
}
