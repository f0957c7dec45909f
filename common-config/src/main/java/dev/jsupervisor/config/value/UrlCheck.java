package dev.jsupervisor.config.value;

import java.text.Normalizer;

/**
 * The parts of Python 3.11's urllib.parse.urlparse that decide whether supervisor.datatypes.url
 * accepts a value (as patched in Debian's 3.11.2: leading C0/space stripped, tab/CR/LF removed,
 * bracketed hosts validated), with urlparse's ValueError texts.
 */
final class UrlCheck {
    private UrlCheck() {}

    private static final String SCHEME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";
    private static final java.util.Set<String> USES_PARAMS = java.util.Set.of("", "ftp", "hdl", "prospero",
            "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel");

    /** urlparse(value) reduced to "has a scheme and a netloc or a path"; throws urlparse's own errors. */
    static boolean hasSchemeAndLocation(String value) throws ValueException {
        String url = stripLeadingC0(value).replace("\t", "").replace("\r", "").replace("\n", "");
        String scheme = "";
        int colon = url.indexOf(':');
        if (colon > 0 && isAsciiLetter(url.charAt(0)) && allSchemeChars(url.substring(0, colon))) {
            scheme = PyText.lower(url.substring(0, colon));
            url = url.substring(colon + 1);
        }
        String netloc = "";
        if (url.startsWith("//")) {
            int end = netlocEnd(url);
            netloc = url.substring(2, end);
            url = url.substring(end);
            checkBrackets(netloc);
        }
        String path = cutAt(cutAt(url, '#'), '?');
        checkNfkc(netloc);
        if (USES_PARAMS.contains(scheme) && path.indexOf(';') >= 0) {
            path = withoutParams(path);
        }
        return !scheme.isEmpty() && (!netloc.isEmpty() || !path.isEmpty());
    }

    private static String stripLeadingC0(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return s.substring(i);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean allSchemeChars(String s) {
        return s.chars().allMatch(c -> SCHEME_CHARS.indexOf(c) >= 0);
    }

    private static int netlocEnd(String url) {
        int end = url.length();
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = url.indexOf(delimiter, 2);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    private static String cutAt(String s, char c) {
        int at = s.indexOf(c);
        return at < 0 ? s : s.substring(0, at);
    }

    /** _splitparams: ';' after the last '/' (or anywhere without a '/') starts the params. */
    private static String withoutParams(String path) {
        int slash = path.lastIndexOf('/');
        int semicolon = slash >= 0 ? path.indexOf(';', slash) : path.indexOf(';');
        return semicolon < 0 ? path : path.substring(0, semicolon);
    }

    private static void checkBrackets(String netloc) throws ValueException {
        boolean open = netloc.indexOf('[') >= 0;
        boolean close = netloc.indexOf(']') >= 0;
        if (open != close) {
            throw new ValueException(Messages.invalidIpv6Url());
        }
        if (!open) {
            return;
        }
        String hostAndPort = netloc.substring(netloc.lastIndexOf('@') + 1);
        int bracket = hostAndPort.indexOf('[');
        String host;
        if (bracket >= 0) {
            String inside = hostAndPort.substring(bracket + 1);
            int closing = inside.indexOf(']');
            String port = closing < 0 ? "" : inside.substring(closing + 1);
            if (bracket > 0 || (!port.isEmpty() && !port.startsWith(":"))) {
                throw new ValueException(Messages.invalidIpv6Url());
            }
            host = closing < 0 ? inside : inside.substring(0, closing);
        } else {
            host = cutAt(hostAndPort, ':');
        }
        checkBracketedHost(host);
    }

    private static void checkBracketedHost(String host) throws ValueException {
        if (host.startsWith("v")) {
            if (!host.matches("(?d)v[a-fA-F0-9]+\\..+")) {
                throw new ValueException(Messages.invalidIpvFuture());
            }
        } else if (IpAddresses.isIpv4(host)) {
            throw new ValueException(Messages.ipv4InBrackets());
        } else if (!IpAddresses.isIpv6(host)) {
            throw new ValueException(Messages.notAnIpAddress(host));
        }
    }

    /** Refuses hosts like "a\u2100b" whose NFKC form would smuggle in URL delimiters. */
    private static void checkNfkc(String netloc) throws ValueException {
        if (netloc.chars().allMatch(c -> c < 0x80)) {
            return;
        }
        String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
        String normalized = Normalizer.normalize(n, Normalizer.Form.NFKC);
        if (n.equals(normalized)) {
            return;
        }
        for (char c : "/?#@:".toCharArray()) {
            if (normalized.indexOf(c) >= 0) {
                throw new ValueException(Messages.netlocNfkc(netloc));
            }
        }
    }
}
