package dev.jsupervisor.daemon.os;

import java.util.Optional;

/**
 * supervisord's own user= (startup step 2): become that user before any log or pidfile is
 * created. glibc's setuid changes every JVM thread (its setxid broadcast), so calling it from
 * one thread is enough. Group membership comes from NSS (getgrouplist), primary group first.
 */
public final class PrivilegeDrop {
    private final NativeOs os;

    public PrivilegeDrop(NativeOs os) {
        this.os = os;
    }

    /**
     * @return empty on success (including "already that user"), else the reference's reason,
     *         which the caller shows as a usage error (exit 2)
     */
    public Optional<String> drop(int uid) {
        Optional<NativeOs.Passwd> user = os.getpwuid(uid);
        if (user.isEmpty()) {
            return Optional.of(Messages.cannotFindUid(uid));
        }
        if (os.getuid() == uid) {
            return Optional.empty();
        }
        if (os.getuid() != 0) {
            return Optional.of(Messages.NONROOT_CANNOT_DROP);
        }
        try {
            os.setgroups(os.groupsOf(user.get().name(), user.get().gid()));
        } catch (OsException e) {
            return Optional.of(Messages.COULD_NOT_SET_GROUPS);
        }
        try {
            os.setgid(user.get().gid());
        } catch (OsException e) {
            return Optional.of(Messages.COULD_NOT_SET_GID);
        }
        // The reference does not catch a setuid failure (a traceback); report it plainly instead.
        os.setuid(uid);
        return Optional.empty();
    }
}
