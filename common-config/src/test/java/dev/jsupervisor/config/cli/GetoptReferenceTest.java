package dev.jsupervisor.config.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Python getopt.getopt with supervisord's option table, against {@link GetoptReferenceCases}. */
class GetoptReferenceTest {
    static final Getopt SUPERVISORD = new Getopt("h?c:vnu:m:d:l:y:z:e:j:i:q:a:kts", List.of("help",
            "configuration=", "version", "nodaemon", "user=", "umask=", "directory=", "logfile=",
            "logfile_maxbytes=", "logfile_backups=", "loglevel=", "pidfile=", "identifier=", "childlogdir=",
            "minfds=", "minprocs=", "nocleanup", "strip_ansi", "profile_options=", "silent"));

    static Stream<Arguments> cases() {
        return GetoptReferenceCases.CASES.stream().map(c -> Arguments.of(c[1], c[2]));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void matchesReference(String joinedArgs, String expected) {
        List<String> args = joinedArgs.isEmpty() ? List.of() : Arrays.asList(joinedArgs.split("\u001f", -1));
        String actual;
        try {
            Getopt.Result r = SUPERVISORD.parse(args);
            actual = r.options().stream().map(o -> o.name() + "=" + o.value()).collect(Collectors.joining(" "))
                    + " | " + String.join(" ", r.arguments());
        } catch (GetoptException e) {
            actual = "!" + e.getMessage();
        }
        assertEquals(expected, actual);
    }
}
