package dev.jsupervisor.e2e.webui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DevTools-protocol connection to one page target: send a command, wait for the answer with
 * the same id. Events are ignored (the test polls the page's state instead).
 */
final class DevTools implements AutoCloseable {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> waiting = new ConcurrentHashMap<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    static DevTools connect(String webSocketUrl) throws Exception {
        Receiver receiver = new Receiver();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(webSocketUrl), receiver).get(10, TimeUnit.SECONDS);
        DevTools tools = new DevTools(socket);
        receiver.owner = tools;
        return tools;
    }

    /** Sends {@code method} with params given as raw JSON; the "result" object of the answer. */
    @SuppressWarnings("unchecked")
    Map<String, Object> send(String method, String paramsJson) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true)
                .get(10, TimeUnit.SECONDS);
        Map<String, Object> reply = answer.get(20, TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return (Map<String, Object>) reply.get("result");
    }

    @SuppressWarnings("unchecked")
    private void received(String message) {
        Map<String, Object> json = (Map<String, Object>) Json.parse(message);
        Object id = json.get("id");
        if (id instanceof Double d) {
            CompletableFuture<Map<String, Object>> answer = waiting.remove(d.intValue());
            if (answer != null) {
                answer.complete(json);
            }
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Puts fragmented text frames back together. */
    private static final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.received(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
