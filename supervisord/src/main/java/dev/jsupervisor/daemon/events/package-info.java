/**
 * Events and event listeners (spec section 7): {@link dev.jsupervisor.daemon.events.EventHub}
 * takes every event the daemon emits and offers it to the {@code [eventlistener:x]} pools
 * ({@link dev.jsupervisor.daemon.events.ListenerPool}), which buffer it and send it to a READY
 * listener as an {@link dev.jsupervisor.daemon.events.Envelope};
 * {@link dev.jsupervisor.daemon.events.ListenerProtocol} decodes what each listener answers.
 * {@link dev.jsupervisor.daemon.events.ResultHandler} is the plugin point for result handlers
 * (ServiceLoader). Everything here runs on the loop thread.
 */
package dev.jsupervisor.daemon.events;
