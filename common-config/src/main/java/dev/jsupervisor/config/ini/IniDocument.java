package dev.jsupervisor.config.ini;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * INI text as Supervisor's parser sees it: sections in first-seen order (names case-sensitive),
 * option names lower-cased, values raw (no expansion), duplicate sections and options merged
 * with the last value winning, {@code [DEFAULT]} options visible in every section.
 * Mutable only while files are being read into it (see {@link IniParser}).
 */
public final class IniDocument {
    /** The section whose options every other section inherits (ConfigParser's default_section). */
    public static final String DEFAULT_SECTION = "DEFAULT";

    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> sources = new HashMap<>();

    /** Section names in first-seen order, without DEFAULT. */
    public List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    public boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** Raw value of an option (DEFAULT consulted when the section lacks it); empty if absent. */
    public Optional<String> get(String section, String option) {
        String key = IniParser.optionKey(option);
        Map<String, String> own = ownOptions(section);
        if (own == null) {
            return Optional.empty();
        }
        String value = own.containsKey(key) ? own.get(key) : defaults.get(key);
        return Optional.ofNullable(value);
    }

    /** Option names of a section in first-seen order, DEFAULT's options after the section's own. */
    public List<String> options(String section) {
        Map<String, String> own = ownOptions(section);
        if (own == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(own.keySet());
        for (String name : defaults.keySet()) {
            if (!own.containsKey(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The section's options with DEFAULT merged in, in {@link #options} order. */
    public Map<String, String> items(String section) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String name : options(section)) {
            items.put(name, get(section, name).orElseThrow());
        }
        return items;
    }

    /** The [DEFAULT] section's own options, in first-seen order. */
    public Map<String, String> defaults() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /**
     * Replaces an option's raw value (used for the textual %(here)s substitution of [include]).
     * "DEFAULT" (or "") addresses the defaults, as in ConfigParser.set.
     *
     * @throws IllegalArgumentException if the section does not exist
     */
    public void set(String section, String option, String value) {
        Map<String, String> target = section.isEmpty() ? defaults : ownOptions(section);
        if (target == null) {
            throw new IllegalArgumentException("No section: " + section);
        }
        target.put(IniParser.optionKey(option), value);
    }

    /** The file that first defined the section (for error suffixes), if known. */
    public Optional<String> sourceOf(String section) {
        return Optional.ofNullable(sources.get(section));
    }

    /** The section's own option map or DEFAULT's; null when there is no such section. */
    private Map<String, String> ownOptions(String section) {
        if (sections.containsKey(section)) {
            return sections.get(section);
        }
        return DEFAULT_SECTION.equals(section) ? defaults : null;
    }

    /** The live option map a header line selects, creating the section (and its source) if new. */
    Map<String, String> openSection(String section, String sourceName) {
        if (sections.containsKey(section)) {
            return sections.get(section);
        }
        if (DEFAULT_SECTION.equals(section)) {
            return defaults;
        }
        Map<String, String> created = new LinkedHashMap<>();
        sections.put(section, created);
        sources.put(section, sourceName);
        return created;
    }
}
