package dev.jsupervisor.e2e.echoconf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies every line of a sample configuration. This is the contract both samples (ours and the
 * reference's) must follow, so that "same options" can be checked textually:
 *
 * <ul>
 *   <li>{@link Kind#BLANK}: only whitespace.
 *   <li>{@link Kind#SECTION}: {@code [name]} at column 0, optionally followed by a remark.
 *   <li>{@link Kind#COMMENTED_SECTION}: {@code ;[name]}, i.e. a header disabled by one leading {@code ;}.
 *   <li>{@link Kind#OPTION}: {@code key=value} at column 0.
 *   <li>{@link Kind#COMMENTED_OPTION}: {@code ;key=value} where the {@code ;} is <em>immediately</em>
 *       followed by the key (no space). Deleting that one {@code ;} enables the option.
 *   <li>{@link Kind#PROSE}: {@code ;} alone or {@code ;} followed by whitespace, then free text.
 *   <li>{@link Kind#INVALID}: anything else (indented/continuation lines, {@code #} comments,
 *       {@code ;word} without {@code =}, {@code key: value}). A sample containing one fails the
 *       structure test, which keeps the classification unambiguous.
 * </ul>
 *
 * <p>Keys match {@code [A-Za-z_][A-Za-z0-9_.]*} (dots for {@code supervisor.rpcinterface_factory}),
 * may have spaces around {@code =}, and are compared as written. A value is the text after
 * {@code =} up to the first {@code ;} or {@code #} preceded by whitespace (the inline-remark rule of
 * the reference's parser), trimmed; the part from there on is the line's remark.
 */
final class SampleLines {
    enum Kind { BLANK, SECTION, COMMENTED_SECTION, OPTION, COMMENTED_OPTION, PROSE, INVALID }

    /** One classified line. {@code section} is the nearest header above, enabled or not ("" before any). */
    record Line(int number, String raw, Kind kind, String section, String key, String value, String remark) {
        boolean isOption() {
            return kind == Kind.OPTION || kind == Kind.COMMENTED_OPTION;
        }

        boolean isHeader() {
            return kind == Kind.SECTION || kind == Kind.COMMENTED_SECTION;
        }
    }

    private static final Pattern HEADER = Pattern.compile("^(;?)\\[([^\\]]+)\\](.*)$");
    private static final Pattern OPTION = Pattern.compile("^(;?)([A-Za-z_][A-Za-z0-9_.]*)\\s*=(.*)$");

    private SampleLines() {}

    static List<Line> classify(String text) {
        List<Line> out = new ArrayList<>();
        String section = "";
        String[] raw = text.split("\n", -1);
        int count = text.endsWith("\n") ? raw.length - 1 : raw.length; // no phantom line after the final newline
        for (int i = 0; i < count; i++) {
            Line line = classifyOne(i + 1, raw[i], section);
            if (line.isHeader()) {
                section = line.section();
            }
            out.add(line);
        }
        return out;
    }

    private static Line classifyOne(int number, String raw, String section) {
        if (raw.isBlank()) {
            return new Line(number, raw, Kind.BLANK, section, null, null, null);
        }
        Matcher h = HEADER.matcher(raw);
        if (h.matches()) {
            String rest = h.group(3);
            // After "]" only whitespace and an optional remark may follow.
            if (rest.isBlank() || rest.matches("\\s+[;#].*")) {
                Kind kind = h.group(1).isEmpty() ? Kind.SECTION : Kind.COMMENTED_SECTION;
                return new Line(number, raw, kind, h.group(2), null, null, remarkOf(rest));
            }
            return invalid(number, raw, section);
        }
        Matcher o = OPTION.matcher(raw);
        if (o.matches()) {
            Kind kind = o.group(1).isEmpty() ? Kind.OPTION : Kind.COMMENTED_OPTION;
            String valueAndRemark = o.group(3);
            int cut = remarkStart(valueAndRemark);
            String value = (cut < 0 ? valueAndRemark : valueAndRemark.substring(0, cut)).strip();
            String remark = cut < 0 ? null : valueAndRemark.substring(cut + 1).strip();
            return new Line(number, raw, kind, section, o.group(2), value, remark);
        }
        if (raw.equals(";") || raw.matches(";\\s.*")) {
            return new Line(number, raw, Kind.PROSE, section, null, null, raw.substring(1).strip());
        }
        return invalid(number, raw, section);
    }

    private static Line invalid(int number, String raw, String section) {
        return new Line(number, raw, Kind.INVALID, section, null, null, null);
    }

    /** Index of the ';' or '#' that starts an inline remark (must follow whitespace), or -1. */
    static int remarkStart(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ';' || c == '#') && Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static String remarkOf(String rest) {
        String t = rest.strip();
        return t.isEmpty() ? null : t.substring(1).strip();
    }

    /**
     * The structure that must be identical between samples, one readable string per entry, in file
     * order: section headers (enabled or not) and options (enabled or not) with their section and value.
     */
    static List<String> structure(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            switch (l.kind()) {
                case SECTION -> out.add("[" + l.section() + "]");
                case COMMENTED_SECTION -> out.add(";[" + l.section() + "]");
                case OPTION -> out.add("[" + l.section() + "] " + l.key() + "=" + l.value());
                case COMMENTED_OPTION -> out.add("[" + l.section() + "] ;" + l.key() + "=" + l.value());
                default -> { }
            }
        }
        return out;
    }
}
