package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.PyText;
import static dev.jsupervisor.config.load.OptionReader.convert;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.GroupSection;
import dev.jsupervisor.config.model.ProcessConfig;
import dev.jsupervisor.config.model.ProgramGroupConfig;
import dev.jsupervisor.config.value.Converters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All process groups, built in the reference's order ([group:x] sections, then programs not in
 * a group, then event listeners, then fcgi-programs not in a group) so that the first error is
 * the same; the result is sorted by (priority, name).
 */
final class GroupsLoader {
    static final String GROUP = "group:";
    static final String PROGRAM = "program:";
    static final String FCGI = "fcgi-program:";
    static final String LISTENER = "eventlistener:";

    private final OptionReader reader;
    private final ProcessSectionLoader processes;
    private final ListenerAndFcgiLoader specialised;
    private final Map<String, Object> local;

    GroupsLoader(OptionReader reader, ProcessSectionLoader processes, ListenerAndFcgiLoader specialised,
                 String here) {
        this.reader = reader;
        this.processes = processes;
        this.specialised = specialised;
        this.local = Map.of("here", here);
    }

    List<GroupConfig> load() throws ConfigException {
        List<String> sections = reader.doc().sections();
        Set<String> grouped = new HashSet<>();
        List<GroupConfig> groups = new ArrayList<>();
        for (String section : sections) {
            if (section.startsWith(GROUP)) {
                groups.add(heterogeneous(section, sections, grouped));
            }
        }
        for (String section : sections) {
            if (section.startsWith(PROGRAM) && !grouped.contains(section)) {
                groups.add(homogeneous(section));
            }
        }
        for (String section : sections) {
            if (section.startsWith(LISTENER)) {
                groups.add(specialised.listenerPool(section));
            }
        }
        for (String section : sections) {
            if (section.startsWith(FCGI) && !grouped.contains(section)) {
                groups.add(specialised.fcgiGroup(section));
            }
        }
        groups.sort(Comparator.comparingInt(GroupConfig::priority)
                .thenComparing(GroupConfig::name, PyText.CODE_POINT_ORDER));
        return groups;
    }

    private GroupConfig heterogeneous(String section, List<String> sections, Set<String> grouped)
            throws ConfigException {
        GroupSection group = readGroupSection(section);
        List<ProcessConfig> members = new ArrayList<>();
        // The reference reuses one variable for the group section and the member section, so a
        // member error after the first member names that member's section, not the group's.
        String named = section;
        for (String program : group.programs()) {
            String programSection = PROGRAM + program;
            String fcgiSection = FCGI + program;
            boolean isProgram = sections.contains(programSection);
            boolean isFcgi = sections.contains(fcgiSection);
            if (!isProgram && !isFcgi) {
                throw new ConfigException(Messages.groupUnknownProgram(named, program));
            }
            if (isProgram && isFcgi) {
                throw new ConfigException(Messages.groupAmbiguousProgram(named, program));
            }
            named = isProgram ? programSection : fcgiSection;
            grouped.add(named);
            members.addAll(processes.load(named, group.name()));
        }
        return new ProgramGroupConfig(group.name(), group.priority(), members);
    }

    private GroupSection readGroupSection(String section) throws ConfigException {
        String name = convert(() -> Converters.processOrGroupName(section.substring(GROUP.length())));
        String programsText = reader.get(section, "programs", null, local);
        List<String> programs = Converters.listOfStrings(programsText);
        String priorityText = reader.get(section, "priority", GroupSection.DEFAULT_PRIORITY, local);
        int priority = convert(() -> Converters.integer(priorityText));
        return new GroupSection(name, programs, priority);
    }

    private GroupConfig homogeneous(String section) throws ConfigException {
        String name = convert(() -> Converters.processOrGroupName(section.substring(PROGRAM.length())));
        String priorityText = reader.get(section, "priority", ProgramGroupConfig.DEFAULT_PRIORITY, local);
        int priority = convert(() -> Converters.integer(priorityText));
        return new ProgramGroupConfig(name, priority, processes.load(section, name));
    }
}
