package dev.jsupervisor.daemon.server;

import dev.jsupervisor.config.model.HttpServerConfig;
import dev.jsupervisor.config.model.InetHttpServerConfig;
import dev.jsupervisor.config.model.UnixHttpServerConfig;
import dev.jsupervisor.daemon.http.BasicAuth;
import dev.jsupervisor.daemon.http.SupervisorRouter;
import dev.jsupervisor.daemon.log.MainLog;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import dev.jsupervisor.daemon.rpc.RpcDispatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every configured HTTP server, opened in configuration order (inet sections first, as the
 * reference) and registered in the loop's Selector. All of them share one read buffer: only the
 * loop thread touches them, and a read is consumed before the next one starts.
 */
public final class HttpServers implements AutoCloseable {
    private static final int READ_CHUNK = 64 * 1024;

    private final List<Listener> listeners = new ArrayList<>();
    private final TailPoller tails = new TailPoller();

    private HttpServers() {}

    /** Opens and registers all servers without the web UI (its views answer 404). */
    public static HttpServers open(List<HttpServerConfig> configs, Selector selector, RpcDispatcher rpc,
            int pid, PrintStream stderr, MainLog mainLog, DaemonControl daemon) throws ServerBindException {
        return open(configs, selector, rpc, pid, stderr, mainLog, daemon, UiHandler.NONE);
    }

    /** Opens and registers all servers, or closes those already opened and fails. */
    public static HttpServers open(List<HttpServerConfig> configs, Selector selector, RpcDispatcher rpc,
            int pid, PrintStream stderr, MainLog mainLog, DaemonControl daemon, UiHandler ui)
            throws ServerBindException {
        HttpServers servers = new HttpServers();
        LogTails logTails = new LogTails(daemon, servers.tails);
        ByteBuffer readBuffer = ByteBuffer.allocate(READ_CHUNK);
        try {
            for (HttpServerConfig config : configs) {
                ServerSocketChannel channel = bind(config, pid, stderr);
                Path socketFile = config instanceof UnixHttpServerConfig unix ? Path.of(unix.file()) : null;
                Listener listener = new Listener(channel, handler(config, rpc, logTails, ui), readBuffer, socketFile);
                servers.listeners.add(listener);
                listener.register(selector);
                announce(config, mainLog, rpc.pluginNamespaces());
            }
            return servers;
        } catch (IOException e) {
            servers.close();
            throw BindErrors.of(e);
        } catch (ServerBindException e) {
            servers.close();
            throw e;
        }
    }

    private static ServerSocketChannel bind(HttpServerConfig config, int pid, PrintStream stderr)
            throws ServerBindException {
        if (config instanceof InetHttpServerConfig inet) {
            return InetBinder.bind(inet);
        }
        return UnixBinder.bind((UnixHttpServerConfig) config, pid, stderr);
    }

    private static RequestHandler handler(HttpServerConfig config, RpcDispatcher rpc, LogTails logTails,
            UiHandler ui) {
        Optional<BasicAuth> auth = config.username() == null ? Optional.empty()
                : Optional.of(new BasicAuth(config.username(), config.password() == null ? "" : config.password()));
        return new SupervisorRequests(auth, new SupervisorRouter(ui.staticFiles()), rpc).withLogTails(logTails)
                .withUi(ui);
    }

    /** The open log-tail streams, which the loop checks for new bytes (see {@link TailPoller}). */
    public TailPoller tails() {
        return tails;
    }

    private static void announce(HttpServerConfig config, MainLog mainLog, List<String> pluginNamespaces) {
        mainLog.info(Messages.RPC_INITIALIZED);
        for (String namespace : pluginNamespaces) {
            mainLog.info(Messages.rpcInitialized(namespace));
        }
        if (config.username() == null) {
            mainLog.critical(Messages.noAuthentication(config.section()));
        }
    }

    /**
     * Called by the loop after every pass: replies parked by calls that wait (startProcess with
     * wait, and later streamed log tails) are polled again, and sent when ready.
     */
    public void afterPass() {
        for (Listener listener : listeners) {
            listener.resumeParked();
        }
    }

    /** At exit or before a restart: listeners and clients closed, unix socket files removed. */
    @Override
    public void close() {
        for (Listener listener : listeners) {
            listener.close();
        }
        listeners.clear();
    }
}
