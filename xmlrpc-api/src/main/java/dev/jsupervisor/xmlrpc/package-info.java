/** The wire contract shared by supervisord and supervisorctl: states, fault codes, XML-RPC codec. */
package dev.jsupervisor.xmlrpc;
