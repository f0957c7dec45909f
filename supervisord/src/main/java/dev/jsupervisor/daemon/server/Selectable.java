package dev.jsupervisor.daemon.server;

import java.nio.channels.SelectionKey;

/**
 * Something registered in the daemon's Selector that the loop thread hands ready keys to. The
 * loop knows nothing of HTTP; it only calls {@link #ready} for keys carrying one of these.
 */
public interface Selectable {
    void ready(SelectionKey key);
}
