/**
 * Differential end-to-end tests of {@code supervisord}: each scenario (an abstract
 * {@code *Scenario} class, config templates under {@code resources/daemon/}) is written once and run
 * by two three-line subclasses, {@code Reference*Test} (Supervisor 4.2.5, /usr/bin/supervisord) and
 * {@code Ours*Test} (our distribution's bin/supervisord, found by {@code Dist}). Each run gets its own
 * temp dir, config, socket and log files; the daemon and every process group it started are
 * killed afterwards. Observations are normalised main-log transcripts ({@link
 * dev.jsupervisor.e2e.daemon.Transcript}) and facts about child logs and processes; ours must
 * render exactly like the reference. Ours is skipped (not failed) while our daemon reports that it
 * is "not implemented yet" or the distribution is not built.
 *
 * <p>Run: {@code mvn -o -pl src-test test -Dtest='dev.jsupervisor.e2e.daemon.**'
 * -Dsurefire.failIfNoSpecifiedTests=false}. System properties: {@code jsupervisor.e2e.ours=<launcher>}
 * runs the Ours variants against another launcher (e.g. {@code /usr/bin/supervisord}: a
 * reference-vs-reference run shows whether a scenario is deterministic);
 * {@code jsupervisor.e2e.daemon.print=true} prints every observation.
 */
package dev.jsupervisor.e2e.daemon;
