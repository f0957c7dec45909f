package dev.jsupervisor.config.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API-level behaviour around the reference table in {@link ExpandReferenceTest}. */
class ExpanderTest {
    @Test
    void typicalProgramExpansions() throws Exception {
        Map<String, Object> names = Map.of("program_name", "cat", "process_num", 3, "here", "/etc");
        assertEquals("cat_03", Expander.expand("%(program_name)s_%(process_num)02d", names, "program:cat.process_name"));
        assertEquals("/etc/x 100%", Expander.expand("%(here)s/x 100%%", names, "x"));
        assertEquals("no percent", Expander.expand("no percent", Map.of(), "x"));
    }

    @Test
    void missingNameListsAvailableNamesSortedByCodePoint() {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("b", "1");
        names.put("ENV_X", "2");
        names.put("\uff41", "3");
        names.put("\ud83d\ude00", "4");
        String message = assertThrows(ExpansionException.class,
                () -> Expander.expand("%(zz)s", names, "program:a.command")).getMessage();
        assertEquals("Format string '%(zz)s' for 'program:a.command' contains names ('zz') which cannot be expanded."
                + " Available names: ENV_X, b, \uff41, \ud83d\ude00", message);
    }

    @Test
    void unnamedSpecPrintsTheMappingInItsOrder() throws Exception {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("x", 1);
        names.put("y", "it's");
        assertEquals("{'x': 1, 'y': \"it's\"}", Expander.expand("%s", names, "w"));
    }

    @Test
    void whereIsQuotedWithRepr() {
        String message = assertThrows(ExpansionException.class,
                () -> Expander.expand("%", Map.of(), "it's")).getMessage();
        assertEquals("Format string '%' for \"it's\" is badly formatted: incomplete format", message);
    }
}
