/**
 * How a tool was started (argv0, environment, working directory, host name, uid) and its
 * console, shared by supervisord and supervisorctl. Reads /proc; opens no sockets, starts no threads.
 */
package dev.jsupervisor.config.launch;
