package dev.jsupervisor.ctl;

import java.util.List;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * Tab as GNU readline does it (JLine's own completion menus look and act differently): one
 * match is inserted whole; several insert their common prefix, or ring the bell when there
 * is nothing more to insert; a Tab right after a Tab that inserted nothing prints the matches
 * under the line typed, then the prompt again.
 */
final class ReadlineCompleteWidget implements Widget {
    private final LineReader reader;
    private final Completion completion;
    private final String prompt;
    /** The line and cursor our previous Tab left, to tell a second Tab in a row. */
    private String lastLine;
    private int lastCursor = -1;
    /** Whether that Tab changed the line: then the next Tab completes again instead of listing. */
    private boolean lastChanged;

    ReadlineCompleteWidget(LineReader reader, Completion completion, String prompt) {
        this.reader = reader;
        this.completion = completion;
        this.prompt = prompt;
    }

    @Override
    public boolean apply() {
        Buffer buffer = reader.getBuffer();
        String line = buffer.toString();
        int cursor = buffer.cursor();
        boolean again = line.equals(lastLine) && cursor == lastCursor && !lastChanged;
        int start = Completion.wordStart(line, cursor);
        String text = line.substring(start, cursor);
        List<String> matches = completion.matches(line, text);
        if (matches.isEmpty()) {
            reader.callWidget(LineReader.BEEP);
        } else {
            String insert = matches.size() == 1 ? matches.get(0) : CompletionList.commonPrefix(matches);
            if (insert.length() > text.length()) {
                buffer.backspace(text.length());
                buffer.write(insert);
            } else if (again) {
                reader.printAbove(prompt + line + "\n"
                        + CompletionList.layout(matches, reader.getTerminal().getWidth()).stripTrailing());
            } else {
                reader.callWidget(LineReader.BEEP);
            }
        }
        lastChanged = !buffer.toString().equals(line);
        lastLine = buffer.toString();
        lastCursor = buffer.cursor();
        return true;
    }
}
