package dev.jsupervisor.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How GNU readline shows ambiguous matches after a second Tab: sorted, duplicates dropped,
 * laid out down the columns, each column as wide as the longest match plus two, as many
 * columns as fit the screen width, no padding after a row's last item. Also the common prefix
 * a first Tab inserts.
 */
final class CompletionList {
    private CompletionList() {}

    static String layout(List<String> matches, int screenWidth) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(matches));
        int width = 0;
        for (String match : sorted) {
            width = Math.max(width, match.length());
        }
        width += 2;
        int columns = screenWidth / width;
        if (columns != 1 && columns * width == screenWidth) {
            columns--;
        }
        columns = Math.max(columns, 1);
        int rows = (sorted.size() + columns - 1) / columns;
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int index = row + column * rows;
                if (index >= sorted.size()) {
                    break;
                }
                String match = sorted.get(index);
                text.append(match);
                if (column + 1 < columns && index + rows < sorted.size()) {
                    text.append(" ".repeat(width - match.length()));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The longest prefix all matches share. */
    static String commonPrefix(List<String> matches) {
        String prefix = matches.get(0);
        for (String match : matches) {
            int n = 0;
            while (n < prefix.length() && n < match.length() && prefix.charAt(n) == match.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix;
    }
}
