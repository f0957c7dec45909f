package dev.jsupervisor.config.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expected values and texts below were produced by RawConfigParser under Debian's Python 3.11. */
class IniParserTest {

    private static IniDocument parse(String text) throws IniParseException {
        IniDocument doc = IniParser.newDocument();
        IniParser.read(text, "x.conf", doc);
        return doc;
    }

    private static String error(String text) {
        return assertThrows(IniParseException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsBothDelimitersFirstOneWins() throws Exception {
        IniDocument doc = parse("[s]\na:b=c\nd=e:f\ng : h\n");
        assertEquals(Map.of("a", "b=c", "d", "e:f", "g", "h"), doc.items("s"));
        assertEquals(List.of("a", "d", "g"), doc.options("s"));
    }

    @Test
    void inlineCommentsNeedWhitespaceBefore() throws Exception {
        IniDocument doc = parse("[s]\na=b ;c\nb=b;c\nc=b #c\nd=b#c\ne=#x\nf = ;\n");
        assertEquals(Optional.of("b"), doc.get("s", "a"));
        assertEquals(Optional.of("b;c"), doc.get("s", "b"));
        assertEquals(Optional.of("b"), doc.get("s", "c"));
        assertEquals(Optional.of("b#c"), doc.get("s", "d"));
        assertEquals(Optional.of("#x"), doc.get("s", "e"));
        assertEquals(Optional.of(""), doc.get("s", "f"));
    }

    @Test
    void commentSearchAdvancesPrefixesInRounds() throws Exception {
        // The second ';' qualifies in round two, before the third '#' (which is further left) does.
        assertEquals(Optional.of("1#2#3 #4 x;y"), parse("[s]\na=1#2#3 #4 x;y ;z").get("s", "a"));
        assertEquals(Optional.of("1;2;3 ;4 x#y"), parse("[s]\na=1;2;3 ;4 x#y #z").get("s", "a"));
        assertEquals(Optional.of("x;y;z"), parse("[s]\na=x;y;z #w ;q").get("s", "a"));
    }

    @Test
    void commandWithQuotedSemicolonIsTruncated() throws Exception {
        assertEquals(Optional.of("bash -c 'foo"), parse("[s]\ncommand=bash -c 'foo ; bar'\n").get("s", "command"));
    }

    @Test
    void continuationLinesKeepInnerBlankLinesAndDropTrailingOnes() throws Exception {
        assertEquals(Optional.of("1\n\n2"), parse("[s]\na=1\n\n  2\n\n\n").get("s", "a"));
        assertEquals(Optional.of("1\n2"), parse("[s]\na=1\n ;c\n  2").get("s", "a"));
        assertEquals(Optional.of("\nd"), parse("[s]\n#a=1\n;b=2\n  #c\nc=\n\td").get("s", "c"));
    }

    @Test
    void continuationIsRelativeToTheOptionLinesIndent() throws Exception {
        IniDocument doc = parse("[s]\n  a = 1\n  b = 2\n c=3\n");
        assertEquals(Map.of("a", "1", "b", "2", "c", "3"), doc.items("s"));
    }

    @Test
    void sectionHeadersAreCaseSensitiveAndPermissive() throws Exception {
        IniDocument doc = parse("[a]b]\nx=1\n[a] junk\ny=2\n[ s ]\nz=3\n[A]\n");
        assertEquals(List.of("a]b", "a", " s ", "A"), doc.sections());
        assertTrue(doc.hasSection(" s "));
        assertFalse(doc.hasSection("s"));
    }

    @Test
    void optionNamesAreLowerCasedWithoutLocale() throws Exception {
        IniDocument doc = parse("[s]\nA\u00c9=1\nK=2\nINFO=3\n");
        assertEquals(List.of("a\u00e9", "k", "info"), doc.options("s"));
        assertEquals(Optional.of("3"), doc.get("s", "Info"));
    }

    @Test
    void duplicatesMergeLastValueWinsFirstPositionKept() throws Exception {
        IniDocument doc = parse("[DEFAULT]\nx=1\n[s]\ny=2\n[t]\n[s]\nx=3\ny=4\n");
        assertEquals(List.of("s", "t"), doc.sections());
        assertEquals(List.of("y", "x"), doc.options("s"));
        assertEquals(Optional.of("4"), doc.get("s", "y"));
        assertEquals(Map.of("x", "1"), doc.items("t"));
        assertEquals(Map.of("x", "1"), doc.defaults());
        assertFalse(doc.hasSection("DEFAULT"));
    }

    @Test
    void defaultOptionsFollowTheSectionsOwn() throws Exception {
        IniDocument doc = parse("[DEFAULT]\nd=0\nz=9\n[s]\nz=1\na=2\n");
        assertEquals(List.of("z", "a", "d"), doc.options("s"));
        assertEquals(Optional.of("0"), doc.get("s", "d"));
        assertEquals(Optional.of("0"), doc.get("DEFAULT", "d"));
        assertEquals(Optional.empty(), doc.get("nosuch", "d"));
        assertEquals(List.of(), doc.options("nosuch"));
    }

    @Test
    void missingSectionHeaderText() {
        assertEquals("File contains no section headers.\nfile: 'x.conf', line: 1\n'foo\\n'", error("foo\n[s]\n"));
        assertEquals("File contains no section headers.\nfile: 'x.conf', line: 4\n'foo'", error("\n\n  ;c\nfoo"));
        assertEquals("File contains no section headers.\nfile: 'x.conf', line: 1\n'[]\\n'", error("[]\nx=1"));
    }

    @Test
    void allBadLinesReportedTogether() {
        assertEquals("Source contains parsing errors: 'x.conf'\n\t[line  2]: 'bad line\\n'\n\t[line  3]: '=x\\n'"
                + "\n\t[line  4]: '  cont\\n'\n\t[line  6]: 'bad2\\n'",
                error("[s]\nbad line\n=x\n  cont\nok=1\nbad2\n"));
    }

    @Test
    void lineNumbersPadToTwoPlacesAndReprQuotesFileNames() {
        String text = "[s]\n" + "a=1\n".repeat(10) + "oops\t\u00e9\n";
        IniParseException e = assertThrows(IniParseException.class,
                () -> IniParser.read(text, "it's.conf", IniParser.newDocument()));
        assertEquals("Source contains parsing errors: \"it's.conf\"\n\t[line 12]: 'oops\\t\u00e9\\n'", e.getMessage());
    }

    @Test
    void badLineKeepsTheOpenOptionSoDeeperLinesStillContinueIt() throws Exception {
        assertEquals("Source contains parsing errors: 'x.conf'\n\t[line  4]: 'b'", error("[s]\na=1\n bad\nb"));
        assertEquals(Optional.of("1\nbad"), parse("[s]\na=1\n bad\n").get("s", "a"));
    }

    @Test
    void universalNewlines() throws Exception {
        IniDocument doc = parse("[s]\r\na=1\r\nb=2\rc=3\r");
        assertEquals(Map.of("a", "1", "b", "2", "c", "3"), doc.items("s"));
    }

    @Test
    void otherLineBreakCharactersStayInsideTheLine() throws Exception {
        assertEquals(Optional.of("1\u000b2"), parse("[s]\na=1\u000b2\n").get("s", "a"));
    }

    @Test
    void pythonWhitespaceIsStripped() throws Exception {
        assertEquals(Optional.of("y"), parse("[s]\nx\u001c=\u001cy\u00a0\n").get("s", "x"));
    }

    @Test
    void laterFilesMergeAndSourceIsTheFirstDefiner() throws Exception {
        IniDocument doc = IniParser.newDocument();
        IniParser.read("[a]\nx=1\n", "main.conf", doc);
        IniParser.read("[b]\ny=2\n[a]\nx=3\n", "inc.conf", doc);
        assertEquals(List.of("a", "b"), doc.sections());
        assertEquals(Optional.of("3"), doc.get("a", "x"));
        assertEquals(Optional.of("main.conf"), doc.sourceOf("a"));
        assertEquals(Optional.of("inc.conf"), doc.sourceOf("b"));
        assertEquals(Optional.empty(), doc.sourceOf("c"));
    }

    @Test
    void setReplacesRawValues() throws Exception {
        IniDocument doc = parse("[s]\na=%(here)s/x\n");
        doc.set("s", "A", "/etc/x");
        assertEquals(Optional.of("/etc/x"), doc.get("s", "a"));
        assertThrows(IllegalArgumentException.class, () -> doc.set("nosuch", "a", "b"));
    }

    @Test
    void emptyOptionNameIsAnError() {
        assertEquals("Source contains parsing errors: 'x.conf'\n\t[line  2]: '=x'", error("[s]\n=x"));
    }
}
