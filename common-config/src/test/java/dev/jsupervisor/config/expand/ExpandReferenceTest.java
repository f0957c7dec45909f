package dev.jsupervisor.config.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@link ExpandReferenceCases}, expanded with the names the generator used. */
class ExpandReferenceTest {
    /** Same names, same order as EXPAND_NAMES in gen_reference_cases.py (order shows in "%s"). */
    static final Map<String, Object> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("here", "/tmp");
        NAMES.put("n", 5);
        NAMES.put("neg", -7);
        NAMES.put("s", "it's");
        NAMES.put("e", "");
        NAMES.put("big", 123456789012L);
        NAMES.put("ENV_HOME", "/root");
        NAMES.put("program_name", "cat");
    }

    static Stream<Arguments> cases() {
        return ExpandReferenceCases.CASES.stream().map(c -> Arguments.of(c[1], c[2]));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void matchesReference(String text, String expected) {
        String actual;
        try {
            actual = Expander.expand(text, NAMES, "program:x.command");
        } catch (ExpansionException e) {
            actual = "!" + e.getMessage();
        }
        assertEquals(expected, actual);
    }
}
