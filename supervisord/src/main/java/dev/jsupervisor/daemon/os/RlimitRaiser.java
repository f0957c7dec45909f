package dev.jsupervisor.daemon.os;

import java.util.ArrayList;
import java.util.List;

/**
 * Startup step 3 (first start only): raise RLIMIT_NOFILE to minfds and RLIMIT_NPROC to minprocs
 * when the soft limit is lower (and not unlimited), raising the hard limit too if it is lower.
 */
public final class RlimitRaiser {
    private final NativeOs os;

    public RlimitRaiser(NativeOs os) {
        this.os = os;
    }

    /** What happened: INFO lines to log, or the usage error that stops startup. */
    public record Outcome(List<String> infos, String usageError) {
        public boolean failed() { return usageError != null; }
    }

    public Outcome raise(long minfds, long minprocs) {
        List<String> infos = new ArrayList<>();
        String error = raiseOne(Rlimit.NOFILE, "RLIMIT_NOFILE", minfds, infos);
        if (error == null) {
            error = raiseOne(Rlimit.NPROC, "RLIMIT_NPROC", minprocs, infos);
        }
        return new Outcome(List.copyOf(infos), error);
    }

    private String raiseOne(int resource, String name, long minimum, List<String> infos) {
        Rlimit current = os.getrlimit(resource);
        if (current.soft() == Rlimit.UNLIMITED || current.soft() >= minimum) {
            return null;
        }
        long hard = current.hard();
        if (hard != Rlimit.UNLIMITED && hard < minimum) {
            hard = minimum; // only root may raise it; otherwise setrlimit fails below
        }
        try {
            os.setrlimit(resource, new Rlimit(minimum, hard));
            infos.add(Messages.increasedLimit(name, minimum));
            return null;
        } catch (OsException e) {
            return resource == Rlimit.NOFILE ? Messages.tooFewFds(minimum, hard)
                    : Messages.tooFewProcesses(minimum, hard);
        }
    }
}
