package dev.jsupervisor.xmlrpc;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * supervisorctl's XML-RPC client: POST /RPC2 over a unix socket or TCP, HTTP/1.1 with one
 * persistent connection reused across calls (reopened when the server closes it), Basic
 * authentication when both username and password are given (even empty ones, as supervisor's
 * transport does). Not for concurrent use by several threads; calls are serialised.
 */
public final class XmlRpcClient implements AutoCloseable {
    /** Responses larger than this are refused; supervisor's largest (a whole log read) stays far below. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
    /**
     * The target in ProtocolError texts. supervisorctl builds its ServerProxy on the fixed URL
     * http://127.0.0.1 whatever the real server URL, so its 401 message always names this host.
     */
    private static final String ERROR_TARGET = "127.0.0.1" + RequestHeaders.RPC_PATH;

    private final ServerUrl url;
    private final String authorization;
    private final XmlRpcLimits limits;
    private HttpConnection connection;

    public XmlRpcClient(ServerUrl url, String username, String password, int maxResponseBytes) {
        this.url = url;
        this.authorization = username != null && password != null ? RequestHeaders.basic(username, password) : null;
        this.limits = XmlRpcLimits.ofMaxBytes(maxResponseBytes);
    }

    /** A client for a URL as given to supervisorctl; IllegalArgumentException for an unknown scheme. */
    public XmlRpcClient(String serverUrl, String username, String password) {
        this(ServerUrl.parse(serverUrl), username, password, DEFAULT_MAX_RESPONSE_BYTES);
    }

    public ServerUrl serverUrl() {
        return url;
    }

    /** Calls a method; see {@link XmlRpcParser} for the Java types of the result. */
    public Object call(String method, Object... params) throws FaultException, TransportException {
        return call(method, Arrays.asList(params));
    }

    public synchronized Object call(String method, List<?> params) throws FaultException, TransportException {
        byte[] body = XmlRpcWriter.utf8(XmlRpcWriter.methodCall(method, params));
        MethodResponse response = parse(exchange(body));
        if (response.isFault()) {
            throw new FaultException(response.faultCode(), response.faultString());
        }
        return response.value();
    }

    /**
     * Sends one request and returns the body of a 200 answer. A kept-alive connection that the
     * server closed while idle fails before any answer byte; that case is retried once on a
     * fresh connection (the server never saw the request).
     */
    private byte[] exchange(byte[] body) throws TransportException {
        boolean reused = connection != null;
        try {
            return attempt(body);
        } catch (StaleConnection e) {
            if (!reused) {
                throw e.failure;
            }
        }
        try {
            return attempt(body);
        } catch (StaleConnection e) {
            throw e.failure;
        }
    }

    private byte[] attempt(byte[] body) throws TransportException, StaleConnection {
        HttpConnection c = connection();
        HttpResponseHead head;
        try {
            c.send(RequestHeaders.rpcPost(url, authorization, body.length));
            c.send(body);
            head = new HttpReader(c.in).readHead();
        } catch (IOException | TransportException e) {
            drop();
            if (e instanceof TransportException t && t.kind() == TransportException.Kind.BAD_RESPONSE) {
                throw t; // the server answered something: not a stale connection
            }
            throw new StaleConnection(asTransport(e));
        }
        if (head.status() != 200) {
            drop(); // as supervisor's transport: any error status ends the connection
            throw new HttpStatusException(ERROR_TARGET, head.status(), head.reason());
        }
        return body(c, head);
    }

    private byte[] body(HttpConnection c, HttpResponseHead head) throws TransportException {
        try {
            byte[] data = new HttpReader(c.in).readBody(head, limits.maxBytes());
            if (!head.keepAlive()) {
                drop();
            }
            return data;
        } catch (IOException | TransportException e) {
            drop();
            throw asTransport(e);
        }
    }

    private static MethodResponse parse(byte[] data) throws TransportException {
        try {
            return XmlRpcParser.parseResponse(data, limitsFor(data));
        } catch (XmlRpcParseException e) {
            throw new TransportException(TransportException.Kind.BAD_RESPONSE,
                    String.format(Messages.BAD_RESPONSE, e.getMessage()), e);
        }
    }

    /** The body was already bounded while reading; only the depth limit still matters. */
    private static XmlRpcLimits limitsFor(byte[] data) {
        return XmlRpcLimits.ofMaxBytes(Math.max(1, data.length));
    }

    private HttpConnection connection() throws TransportException {
        if (connection == null) {
            connection = HttpConnection.open(url);
        }
        return connection;
    }

    private void drop() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private static TransportException asTransport(Exception e) {
        if (e instanceof TransportException t) {
            return t;
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new TransportException(TransportException.Kind.IO, message, e);
    }

    /** Closes the persistent connection; the next call would open a new one. */
    @Override
    public synchronized void close() {
        drop();
    }

    /** A failure before any answer byte arrived, which may be retried on a fresh connection. */
    private static final class StaleConnection extends Exception {
        private static final long serialVersionUID = 1L;
        final transient TransportException failure;

        StaleConnection(TransportException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
