package dev.jsupervisor.e2e.pairs;

import java.util.List;

/** Which supervisorctl talks to which supervisord. */
public record Pairing(Impl ctl, Impl daemon) {
    /** The oracle every other pairing is compared with. */
    static final Pairing BASELINE = new Pairing(Impl.PYTHON, Impl.PYTHON);

    /** The baseline first, then the three pairings that involve at least one of our halves. */
    static final List<Pairing> ALL = List.of(BASELINE, new Pairing(Impl.OURS, Impl.PYTHON),
            new Pairing(Impl.PYTHON, Impl.OURS), new Pairing(Impl.OURS, Impl.OURS));

    @Override
    public String toString() {
        return "(" + ctl.label() + " ctl, " + daemon.label() + " daemon)";
    }
}
