/**
 * The listening sockets of [fcgi-program:x] groups. supervisord binds and listens itself and
 * hands the socket to every process of the pool as fd 0. Like 4.2.5, each group's socket is
 * reference counted per process: it is opened by the first spawn that needs it, and closed when
 * the last holder is reaped (or its spawn fails), so a pool whose every process is down has no
 * socket. Creating a group opens and closes it once, to fail early on a bad address.
 */
package dev.jsupervisor.daemon.fcgi;
