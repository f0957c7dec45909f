package dev.jsupervisor.config.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@link ValueReferenceCases}: our converters must answer what the reference answered. */
class ValueReferenceTest {

    static Stream<Arguments> cases() {
        return ValueReferenceCases.CASES.stream().map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "[{index}] {0}({1})")
    @MethodSource("cases")
    void matchesReference(String kind, String input, String expected) {
        assertEquals(expected, run(kind, input));
    }

    private static String run(String kind, String input) {
        try {
            return render(kind, input);
        } catch (ValueException e) {
            return "!" + e.getMessage();
        }
    }

    private static String render(String kind, String v) throws ValueException {
        return switch (kind) {
            case "bool" -> String.valueOf(Converters.bool(v));
            case "integer" -> Converters.bigInteger(v).toString();
            case "byteSize" -> String.valueOf(Converters.byteSize(v));
            case "octal" -> String.valueOf(Converters.octal(v));
            case "signalNumber" -> String.valueOf(Converters.signalNumber(v));
            case "exitCodes" -> Converters.exitCodes(v).toString();
            case "autoRestart" -> Converters.autoRestart(v).name();
            case "listOfStrings" -> Converters.listOfStrings(v).toString();
            case "keyValuePairs" -> Converters.keyValuePairs(v).toString();
            case "inetAddress" -> inet(Converters.inetAddress(v));
            case "url" -> Converters.url(v);
            case "processOrGroupName" -> Converters.processOrGroupName(v);
            case "loggingLevel" -> Converters.loggingLevel(v).name();
            case "repr" -> PyRepr.of(v);
            case "ascii" -> PyRepr.ascii(v);
            case "legacy" -> String.join("\u001f", Shlex.legacyTokens(v, Shlex.KEY_VALUE_EXTRA_WORDCHARS));
            case "posix" -> String.join("\u001f", Shlex.split(v));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String inet(HostPort hp) {
        return hp.host() + "|" + hp.port();
    }
}
