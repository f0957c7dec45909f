package dev.jsupervisor.daemon.http;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP Basic authentication for one server section's single user. The stored password is either
 * plain text or {@code {SHA}} followed by the lower-case hex SHA-1 of the password (an upper-case
 * stored digest never matches, as in the reference). Comparisons take the same time whatever
 * the mismatch.
 */
public final class BasicAuth {
    private static final String SHA_PREFIX = "{SHA}";

    /** What to do with a request. */
    public enum Outcome {
        /** Credentials match: handle the request. */
        AUTHORIZED,
        /** Missing, other scheme, wrong user or password: answer {@link #unauthorized}. */
        UNAUTHORIZED,
        /** Basic credentials that are not base64 or not UTF-8: the reference answers 400. */
        MALFORMED,
        /**
         * Decoded credentials without a ':'. The reference fails inside its authorizer and
         * answers 500; kept so that status codes stay comparable.
         */
        NO_SEPARATOR
    }

    private final byte[] username;
    private final String storedPassword;

    public BasicAuth(String username, String storedPassword) {
        this.username = username.getBytes(StandardCharsets.UTF_8);
        this.storedPassword = storedPassword;
    }

    public Outcome check(HttpRequest request) {
        Optional<String[]> schemeAndCookie = request.header("Authorization").flatMap(BasicAuth::splitScheme);
        if (schemeAndCookie.isEmpty() || !schemeAndCookie.get()[0].toLowerCase(Locale.ROOT).equals("basic")) {
            return Outcome.UNAUTHORIZED;
        }
        Optional<String> decoded = decodeCredentials(schemeAndCookie.get()[1]);
        if (decoded.isEmpty()) {
            return Outcome.MALFORMED;
        }
        int colon = decoded.get().indexOf(':');
        if (colon < 0) {
            return Outcome.NO_SEPARATOR;
        }
        return authorize(decoded.get().substring(0, colon), decoded.get().substring(colon + 1))
                ? Outcome.AUTHORIZED : Outcome.UNAUTHORIZED;
    }

    /** The reference's 401: it asks the client to close, and we do close after sending it. */
    public static HttpResponse unauthorized(Instant now) {
        return HttpResponse.create(401, now)
                .set("Connection", "close")
                .set("WWW-Authenticate", Messages.basicChallenge())
                .toError(401);
    }

    /** Both the user name and the password are compared in constant time; both must match. */
    boolean authorize(String user, String password) {
        boolean userOk = MessageDigest.isEqual(username, user.getBytes(StandardCharsets.UTF_8));
        boolean passwordOk = storedPassword.startsWith(SHA_PREFIX)
                ? constantEquals(storedPassword.substring(SHA_PREFIX.length()), sha1Hex(password))
                : constantEquals(storedPassword, password);
        return userOk & passwordOk;
    }

    /** "scheme credentials": the scheme is everything up to the first space, which must exist. */
    private static Optional<String[]> splitScheme(String value) {
        int space = value.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {value.substring(0, space), value.substring(space + 1)});
    }

    /** Base64 (characters outside the alphabet ignored, padding required) then strict UTF-8. */
    private static Optional<String> decodeCredentials(String cookie) {
        Optional<byte[]> bytes = LenientBase64.decode(cookie);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.get())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean constantEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static String sha1Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
