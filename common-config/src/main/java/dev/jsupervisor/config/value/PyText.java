package dev.jsupervisor.config.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Python 3 {@code str} operations whose meaning differs from Java's lookalikes: Python's idea of
 * whitespace (str.isspace / str.strip / regex \s) includes U+001C..U+001F, U+0085 and the
 * no-break spaces that {@link Character#isWhitespace} leaves out.
 */
public final class PyText {
    private PyText() {}

    /** Python str ordering: by code point (String.compareTo compares UTF-16 units). */
    public static final Comparator<String> CODE_POINT_ORDER = PyText::compareCodePoints;

    /** str.isspace() for one code point (bidi class WS, B or S, or category Zs). */
    public static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        switch (cp) {
            case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200a;
        }
    }

    /** str.strip() without arguments. */
    public static String strip(String s) {
        return rstrip(lstrip(s));
    }

    /** str.lstrip() without arguments. */
    public static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** str.rstrip() without arguments. */
    public static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }

    /** str.strip(chars): strips any of {@code chars} from both ends. */
    public static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && chars.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** str.lower(): full Unicode case mapping, never locale-sensitive. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** str.upper(): full Unicode case mapping, never locale-sensitive. */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** len(s): the number of code points. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** s[:n] counted in code points (n clipped to the length). */
    public static String head(String s, int codePoints) {
        if (codePoints >= length(s)) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, codePoints)));
    }

    /** True if {@code cp} is ASCII. */
    public static boolean isAscii(int cp) {
        return cp < 0x80;
    }

    /** str.split() without arguments: runs of Python whitespace separate words; no empty words. */
    public static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            boolean space = isSpace(s.codePointAt(i));
            if (space && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
