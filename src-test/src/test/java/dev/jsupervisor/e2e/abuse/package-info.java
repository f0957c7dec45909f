/**
 * Our daemon's HTTP and XML-RPC layer under hostile input, over real TCP and unix sockets: malformed
 * and oversized requests, entities (with a local listener proving nothing is fetched), odd XML-RPC
 * documents, pipelining, slow, half-closed, numerous and non-reading clients, and seeded random calls.
 * Status codes are compared with the reference where it answers; deliberate differences are pinned in
 * the tests and listed in the notes. After each case {@code Health} checks that getState is answered
 * within a second and that the thread count has not grown.
 */
package dev.jsupervisor.e2e.abuse;
