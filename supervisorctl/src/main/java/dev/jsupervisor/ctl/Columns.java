package dev.jsupervisor.ctl;

import java.util.ArrayList;
import java.util.List;

/**
 * Words in columns, filled top to bottom, in as few rows as fit the width, two blanks between
 * columns and every cell but a row's last padded: the layout of the reference's help lists
 * (Python's cmd module), which users see for plugin commands.
 */
final class Columns {
    private static final String GAP = "  ";

    private Columns() {}

    /** The rows, each ending in a newline. */
    static String layout(List<String> words, int width) {
        if (words.isEmpty()) {
            return "<empty>\n";
        }
        if (words.size() == 1) {
            return words.get(0) + "\n";
        }
        int rows = 1;
        List<Integer> widths = null;
        for (; rows < words.size(); rows++) {
            widths = widths(words, rows);
            if (total(widths) <= width) {
                break;
            }
        }
        if (rows == words.size()) {
            widths = List.of(0);
        }
        return render(words, rows, widths);
    }

    private static List<Integer> widths(List<String> words, int rows) {
        int cols = (words.size() + rows - 1) / rows;
        List<Integer> widths = new ArrayList<>();
        for (int col = 0; col < cols; col++) {
            int w = 0;
            for (int row = 0; row < rows && row + rows * col < words.size(); row++) {
                w = Math.max(w, words.get(row + rows * col).length());
            }
            widths.add(w);
        }
        return widths;
    }

    private static int total(List<Integer> widths) {
        return widths.stream().mapToInt(w -> w + GAP.length()).sum() - GAP.length();
    }

    private static String render(List<String> words, int rows, List<Integer> widths) {
        StringBuilder out = new StringBuilder();
        int cols = (words.size() + rows - 1) / rows;
        for (int row = 0; row < rows; row++) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < cols; col++) {
                int i = row + rows * col;
                cells.add(i < words.size() ? words.get(i) : "");
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            for (int col = 0; col < cells.size(); col++) {
                int w = col < widths.size() ? widths.get(col) : 0;
                cells.set(col, pad(cells.get(col), w));
            }
            out.append(String.join(GAP, cells)).append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
