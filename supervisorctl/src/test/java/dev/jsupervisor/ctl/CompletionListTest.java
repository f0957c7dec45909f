package dev.jsupervisor.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** readline's list of ambiguous matches; the expected texts were captured from the reference in tmux (120 columns). */
class CompletionListTest {
    @Test
    void actionsStartingWithS() {
        assertEquals("shutdown   signal     start      status     stop \n",
                CompletionList.layout(List.of("shutdown ", "signal ", "start ", "status ", "stop "), 120));
    }

    @Test
    void processesFillColumnsTopToBottom() {
        List<String> matches = List.of("cat ", "echoer ", "grp:manual ", "grp:* ", "quick ", "sleeper:sleeper_00 ",
                "sleeper:* ", "sleeper:sleeper_01 ");
        assertEquals("cat                  grp:*                quick                sleeper:sleeper_00 \n"
                + "echoer               grp:manual           sleeper:*            sleeper:sleeper_01 \n",
                CompletionList.layout(matches, 120));
    }

    @Test
    void narrowScreensGetOneColumn() {
        assertEquals("aaaa \nbbbb \n", CompletionList.layout(List.of("bbbb ", "aaaa ", "aaaa "), 8));
    }

    @Test
    void anExactFitLeavesTheLastColumnOut() {
        // width 4 + 2 = 6, 12 / 6 = 2 columns would touch the margin: readline uses one
        assertEquals("ab  \ncd  \n", CompletionList.layout(List.of("ab  ", "cd  "), 12));
    }

    @Test
    void commonPrefix() {
        assertEquals("sleeper:", CompletionList.commonPrefix(List.of("sleeper:sleeper_00 ", "sleeper:* ")));
        assertEquals("cat ", CompletionList.commonPrefix(List.of("cat ")));
        assertEquals("", CompletionList.commonPrefix(List.of("a ", "b ")));
    }
}
