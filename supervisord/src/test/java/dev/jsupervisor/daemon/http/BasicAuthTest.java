package dev.jsupervisor.daemon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicAuthTest {
    /** sha1("password"), as in the recorded configuration. */
    private static final String SHA = "{SHA}5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8";

    private static final BasicAuth PLAIN = new BasicAuth("user", "secret");
    private static final BasicAuth HASHED = new BasicAuth("user", SHA);

    @Test
    void plainPassword() {
        assertEquals(BasicAuth.Outcome.AUTHORIZED, PLAIN.check(basic("user:secret")));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(basic("user:secrets")));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(basic("user:")));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(basic("other:secret")));
    }

    @Test
    void shaPassword() {
        assertEquals(BasicAuth.Outcome.AUTHORIZED, HASHED.check(basic("user:password")));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, HASHED.check(basic("user:" + SHA)));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, HASHED.check(basic("user:Password")));
    }

    @Test
    void upperCaseStoredDigestNeverMatches() {
        BasicAuth upper = new BasicAuth("user", "{SHA}5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, upper.check(basic("user:password")));
    }

    @Test
    void passwordMayContainColonsAndNonAscii() {
        BasicAuth auth = new BasicAuth("us\u00e9r", "a:b:\u00e7");
        assertEquals(BasicAuth.Outcome.AUTHORIZED, auth.check(basic("us\u00e9r:a:b:\u00e7")));
    }

    @Test
    void missingOrOtherScheme() {
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(request(Optional.empty())));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(request(Optional.of("Bearer xyz"))));
        assertEquals(BasicAuth.Outcome.UNAUTHORIZED, PLAIN.check(request(Optional.of("Basic"))));
        assertEquals(BasicAuth.Outcome.AUTHORIZED, PLAIN.check(request(Optional.of("BASIC " + b64("user:secret")))));
    }

    @Test
    void malformedBase64IsMalformed() {
        assertEquals(BasicAuth.Outcome.MALFORMED, PLAIN.check(request(Optional.of("Basic abc"))));
        assertEquals(BasicAuth.Outcome.MALFORMED, PLAIN.check(request(Optional.of("Basic dXNlcjpzZWNyZXQ"))));
        // Valid base64 of bytes that are not UTF-8.
        assertEquals(BasicAuth.Outcome.MALFORMED, PLAIN.check(request(Optional.of("Basic //79"))));
    }

    @Test
    void base64IsDecodedLeniently() {
        String spaced = b64("user:secret").replaceAll("(....)", "$1 ") + "!";
        assertEquals(BasicAuth.Outcome.AUTHORIZED, PLAIN.check(request(Optional.of("Basic " + spaced))));
        // Nothing after the padding is read.
        assertEquals(BasicAuth.Outcome.AUTHORIZED, HASHED.check(request(Optional.of("Basic " + b64("user:password") + "junk"))));
    }

    @Test
    void credentialsWithoutColonAreTheReferencesServerError() {
        assertEquals(BasicAuth.Outcome.NO_SEPARATOR, PLAIN.check(basic("usersecret")));
        assertEquals(BasicAuth.Outcome.NO_SEPARATOR, PLAIN.check(request(Optional.of("Basic !!!"))));
    }

    @Test
    void lenientBase64Groups() {
        assertEquals("a", new String(LenientBase64.decode("YQ==").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("ab", new String(LenientBase64.decode("YWI=").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("abc", new String(LenientBase64.decode("YWJj").orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), LenientBase64.decode("YQ="));
        assertEquals(Optional.empty(), LenientBase64.decode("Y"));
        assertEquals("", new String(LenientBase64.decode("").orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void unauthorizedResponseHeaders() {
        HttpResponse r = BasicAuth.unauthorized(ReferenceSamples.DATE);
        assertEquals(401, r.status());
        assertEquals("[Server, Date, Connection, WWW-Authenticate, Content-Length, Content-Type]",
                r.headers().keySet().toString());
        assertEquals("Basic realm=\"default\"", r.get("WWW-Authenticate").orElseThrow());
    }

    private static HttpRequest basic(String credentials) {
        return request(Optional.of("Basic " + b64(credentials)));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest request(Optional<String> authorization) {
        String wire = "GET /ok.html HTTP/1.1\r\n" + authorization.map(a -> "Authorization: " + a + "\r\n").orElse("") + "\r\n";
        return new HttpRequestDecoder().feed(ByteBuffer.wrap(wire.getBytes(StandardCharsets.UTF_8))).get(0);
    }
}
