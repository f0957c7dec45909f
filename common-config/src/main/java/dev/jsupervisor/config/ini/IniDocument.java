package dev.jsupervisor.config.ini;

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
    /** Section names in first-seen order, without DEFAULT. */
    public List<String> sections() { throw new UnsupportedOperationException("stub"); }

    public boolean hasSection(String section) { throw new UnsupportedOperationException("stub"); }

    /** Raw value of an option (DEFAULT consulted when the section lacks it); empty if absent. */
    public Optional<String> get(String section, String option) { throw new UnsupportedOperationException("stub"); }

    /** Option names of a section in first-seen order, DEFAULT's options after the section's own. */
    public List<String> options(String section) { throw new UnsupportedOperationException("stub"); }

    /** The section's options with DEFAULT merged in, in {@link #options} order. */
    public Map<String, String> items(String section) { throw new UnsupportedOperationException("stub"); }

    /** Replaces an option's raw value (used for the textual %(here)s substitution of [include]). */
    public void set(String section, String option, String value) { throw new UnsupportedOperationException("stub"); }

    /** The file that first defined the section (for error suffixes), if known. */
    public Optional<String> sourceOf(String section) { throw new UnsupportedOperationException("stub"); }
}
