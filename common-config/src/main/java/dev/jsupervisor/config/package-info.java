/**
 * Supervisor's configuration, read as Supervisor 4.2.5 reads it: INI text with Python
 * ConfigParser semantics, %-expansions, value converters whose error text is part of the
 * contract, and typed immutable section values. No sockets, no threads.
 */
package dev.jsupervisor.config;
