/**
 * Java plugin points of supervisord: {@link dev.jsupervisor.daemon.plugin.RpcInterfacePlugin}
 * for {@code [rpcinterface:x]} sections. (Listener result handlers are
 * {@link dev.jsupervisor.daemon.events.ResultHandler}.)
 */
package dev.jsupervisor.daemon.plugin;
