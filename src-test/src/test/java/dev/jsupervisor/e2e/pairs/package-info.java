/**
 * The two halves are interchangeable with Supervisor 4.2.5: each scenario ({@code ReadOnlyScenarios},
 * {@code ChangingScenarios}: program sections, supervisorctl command lines, waits for states, config
 * edits) runs in four pairings, (Python ctl, Python daemon) as the baseline, (our ctl, Python daemon),
 * (Python ctl, our daemon) and (our ctl, our daemon), and every normalised transcript (per command: exit
 * code and stdout) must equal the baseline's. {@code XmlRpcStructureTest} drives both daemons with
 * Python's own xmlrpc.client ({@code resources/pairs/xmlrpc_probe.py}) and compares results, their
 * XML-RPC types and faults call by call.
 *
 * <p>Our daemon's pairings skip what {@link dev.jsupervisor.e2e.pairs.PendingServerMethods} lists
 * (methods not written yet). Transcripts are kept in {@code target/pairs-transcripts/}.
 *
 * <p>Run: {@code mvn -o -q verify -pl src-test -Dtest='dev.jsupervisor.e2e.pairs.**'
 * -Dsurefire.failIfNoSpecifiedTests=false}. System properties: {@code pairs.print=true} prints every
 * transcript; {@code pairs.ignoreGaps=true} runs the pending scenarios too; {@code
 * jsupervisor.e2e.ours=/usr/bin/supervisord} puts the reference in our daemon's place (with
 * ignoreGaps: a check that every scenario is deterministic).
 */
package dev.jsupervisor.e2e.pairs;
