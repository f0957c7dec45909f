package dev.jsupervisor.config.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Python str/int behaviours the converters build on, and the places Java's limits show. */
class PyValuesTest {
    @Test
    void intParsingIsUnboundedButJavaNarrowingIsReported() throws Exception {
        assertEquals(new BigInteger("99999999999999999999"), PyInt.parse("99999999999999999999"));
        assertEquals(-8, PyInt.parse("-0o10", 8).intValue());
        assertEquals("integer value out of supported range: '2147483648'",
                assertThrows(ValueException.class, () -> Converters.integer("2147483648")).getMessage());
        assertEquals("byte size out of supported range: '9999999999GB'",
                assertThrows(ValueException.class, () -> Converters.byteSize("9999999999GB")).getMessage());
    }

    @Test
    void intErrorTruncatesTheReprTo200Characters() {
        String message = assertThrows(ValueException.class, () -> PyInt.parse("x".repeat(300))).getMessage();
        assertEquals("invalid literal for int() with base 10: '" + "x".repeat(199), message);
    }

    @Test
    void reprOfOtherValues() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1);
        dict.put("b", "it's");
        assertEquals("{'a': 1, 'b': \"it's\"}", PyRepr.ofValue(dict));
        assertEquals("True", PyRepr.ofValue(true));
        assertEquals("None", PyRepr.ofValue(null));
        assertEquals("x", PyRepr.strOf("x"));
    }

    @Test
    void pythonWhitespaceAndCase() {
        assertEquals("x", PyText.strip("\u001c\u00a0x\u2003\u0085"));
        assertEquals("\u200bx", PyText.strip("\u200bx"));
        assertEquals("i\u0307x", PyText.lower("\u0130X"));
        assertEquals("SIGTERM", PyText.upper("\u017figterm"));
        assertEquals("'a'", PyText.strip("\"'a'\"", "\""));
    }

    @Test
    void shlexSplitForCommands() throws Exception {
        assertEquals(List.of("sh", "-c", "echo $HOME; ls"), Shlex.split("sh -c \"echo $HOME; ls\""));
        assertEquals(List.of("a b", "c"), Shlex.split("a\\ b c"));
        assertEquals("No escaped character", assertThrows(ValueException.class, () -> Shlex.split("a\\")).getMessage());
    }

    @Test
    void listOfStringsKeepsEmptyPiecesAndTreatsMissingAsEmpty() {
        assertEquals(List.of("a", "", "b", ""), Converters.listOfStrings(" a , ,b,"));
        assertEquals(List.of(), Converters.listOfStrings(null));
    }

    @Test
    void splitUsesPythonWhitespace() {
        assertEquals(List.of("a", "b", "c"), PyText.split("\u00a0a \tb\u001fc\u0085"));
        assertEquals(List.of(), PyText.split("  "));
    }

    @Test
    void codePointOrderSortsAstralCharactersAfterBmpOnes() {
        // UTF-16 would put U+1F600 (surrogates D83D..) before U+FF21; Python compares code points.
        assertEquals(-1, Integer.signum(PyText.CODE_POINT_ORDER.compare("\uff21", "\ud83d\ude00")));
    }
}
