/**
 * The wire contract shared by supervisord and supervisorctl: states, fault codes, the XML-RPC
 * codec ({@link dev.jsupervisor.xmlrpc.XmlRpcWriter}, {@link dev.jsupervisor.xmlrpc.XmlRpcParser})
 * and supervisorctl's client transports ({@link dev.jsupervisor.xmlrpc.XmlRpcClient},
 * {@link dev.jsupervisor.xmlrpc.LogTailClient}). JDK only. Only the two client classes (through
 * the package-private HttpConnection) open sockets; nothing here starts threads.
 */
package dev.jsupervisor.xmlrpc;
