package dev.jsupervisor.config.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected text was printed by /usr/bin/supervisorctl (after "Error: ") for the same arguments. */
class ClientCommandLineTest {
    private ClientArgs parse(String... args) throws UsageException {
        return ClientCommandLine.parse(List.of(args));
    }

    private String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void optionsAndAction() throws Exception {
        ClientArgs a = parse("-c", "c.conf", "-s", "unix:///tmp/s", "-u", "bob", "-p", "pw", "-r", "h", "status", "-x");
        assertEquals(new ClientArgs("c.conf", false, false, "unix:///tmp/s", "bob", "pw", "h", List.of("status", "-x")), a);
        ClientArgs b = parse("--user=x", "--pass", "y", "--hist", "f", "-i", "--", "-x");
        assertEquals(new ClientArgs(null, false, true, null, "x", "y", "f", List.of("-x")), b);
        assertEquals(List.of(), parse().action());
    }

    @Test
    void errorsFromTheReference() {
        assertEquals("option --history-file not recognized", error("--history-file=x"));
        assertEquals("invalid value for -s 'foo': value 'foo' is not a URL", error("-s", "foo"));
        assertEquals("invalid value for -s 'http://[::1': Invalid IPv6 URL", error("-s", "http://[::1"));
        assertEquals("invalid value for -s 'http:': value 'http:' is not a URL", error("-s", "http:"));
        assertEquals("invalid value for -s '1x:y': value '1x:y' is not a URL", error("-s", "1x:y"));
        assertEquals("invalid value for -s 'http:;p': value 'http:;p' is not a URL", error("-s", "http:;p"));
        assertEquals("conflicting command line option '-s'", error("-s", "unix:///x", "-s", "unix:///y"));
        assertEquals("conflicting command line option '-i'", error("-i", "-i"));
        assertEquals("conflicting command line option '--history_file'", error("--hist", "x", "--hi", "y"));
        assertEquals("option -r requires argument", error("-r"));
        assertEquals("option --password requires argument", error("--pass"));
        assertEquals("option -c requires argument", error("-c"));
        assertEquals("option -v not recognized", error("-v"));
    }

    @Test
    void helpWinsWhenReached() throws Exception {
        assertTrue(parse("-?").help());
        assertTrue(parse("-h", "bogus").help());
        assertTrue(parse("-h", "-s", "foo").help());
        assertEquals("invalid value for -s 'foo': value 'foo' is not a URL", error("-s", "foo", "-h"));
    }

    @Test
    void urlsTheReferenceAccepts() throws Exception {
        assertEquals(" http://x", parse("-s", " http://x", "status").serverurl());
        assertEquals("x:y", parse("-s", "x:y").serverurl());
    }
}
