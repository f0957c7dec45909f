package dev.jsupervisor.xmlrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attacks on the parser: each must end in XmlRpcParseException, quickly, with no outside fetch. */
class HostileInputTest {
    private static final XmlRpcLimits LIMITS = XmlRpcLimits.ofMaxBytes(1 << 20);
    private static final String CALL = "<methodCall><methodName>a.b</methodName><params><param><value>%s</value></param></params></methodCall>";

    private HttpServer attacker;
    private final AtomicInteger hits = new AtomicInteger();
    private String base;

    @BeforeEach
    void startAttacker() throws Exception {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] dtd = "<!ENTITY % x SYSTEM 'file:///etc/hostname'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        attacker.start();
        base = "http://127.0.0.1:" + attacker.getAddress().getPort();
    }

    @AfterEach
    void stopAttacker() {
        attacker.stop(0);
    }

    @Test
    void externalEntityIsRefusedAndNothingIsFetched() {
        refused("<!DOCTYPE m [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>" + String.format(CALL, "&xxe;"), "DOCTYPE");
        refused("<!DOCTYPE m [<!ENTITY xxe SYSTEM \"" + base + "/x\">]>" + String.format(CALL, "&xxe;"), "DOCTYPE");
        refused("<!DOCTYPE m SYSTEM \"" + base + "/evil.dtd\">" + String.format(CALL, "x"), "DOCTYPE");
        refused("<!DOCTYPE m [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]>" + String.format(CALL, "x"), "DOCTYPE");
        assertEquals(0, hits.get(), "the parser fetched a URL");
    }

    @Test
    void billionLaughsIsRefusedFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE m [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 30; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String doc = dtd.append("]>").append(String.format(CALL, "&l30;")).toString();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(doc, "DOCTYPE"));
    }

    @Test
    void undeclaredEntitiesAndBadCharactersAreRefused() {
        refused(String.format(CALL, "&foo;"), "");
        refused(String.format(CALL, "&#0;"), "");
        refused(String.format(CALL, "a\u0000b"), "");
    }

    @Test
    void deepNestingIsRefusedFast() {
        String deep = "<value><array><data>".repeat(5000) + "</data></array></value>".repeat(5000);
        String doc = String.format(CALL, deep);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(doc, "deeper than 128"));
        // at the limit a document is fine: methodCall, params, param, value, then 4 x (array, data, value) = 16
        String ok = String.format(CALL, "<array><data><value>".repeat(4) + "x" + "</value></data></array>".repeat(4));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> XmlRpcParser.parseCall(bytes(ok), new XmlRpcLimits(1 << 20, 16)));
        assertThrows(XmlRpcParseException.class, () -> XmlRpcParser.parseCall(bytes(ok), new XmlRpcLimits(1 << 20, 15)));
    }

    @Test
    void documentsBeyondTheSizeLimitAreRefusedBeforeParsing() {
        String huge = String.format(CALL, "x".repeat(2 << 20));
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class,
                () -> XmlRpcParser.parseCall(bytes(huge), LIMITS));
        assertTrue(e.getMessage().contains("exceeds the limit of 1048576 bytes"), e.getMessage());
    }

    @Test
    void malformedAndWronglyTypedDocumentsAreRefused() {
        for (String doc : new String[] {
            "", "not xml", "<methodCall>", "<methodCall><methodName>a</methodCall>", "<a/><b/>",
            "<methodResponse><params/></methodResponse>", String.format(CALL, "<int>1.5</int>"),
            String.format(CALL, "<double>one</double>"), String.format(CALL, "<dateTime.iso8601>x</dateTime.iso8601>"),
            String.format(CALL, "<base64>@@@=</base64>"), String.format(CALL, "<array/>"),
            String.format(CALL, "<int>123456789012345678901234567890</int>"),
        }) {
            refused(doc, "");
        }
        for (String doc : new String[] {
            "<methodResponse/>", "<methodCall/>", "<methodResponse><params><param><value><boolean>2</boolean></value></param></params></methodResponse>",
            "<methodResponse><params><param><value><ex:serializable>rO0=</ex:serializable></value></param></params></methodResponse>",
            "<methodResponse><fault><value><struct/></value></fault></methodResponse>",
            "<methodResponse><fault><value><struct><member><name>faultCode</name><value>x</value></member>"
                    + "<member><name>faultString</name><value>y</value></member></struct></value></fault></methodResponse>",
        }) {
            assertThrows(XmlRpcParseException.class, () -> XmlRpcParser.parseResponse(bytes(doc), LIMITS), doc);
        }
    }

    private static void refused(String doc, String messagePart) {
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class,
                () -> XmlRpcParser.parseCall(bytes(doc), LIMITS), doc.length() > 200 ? doc.substring(0, 200) : doc);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
