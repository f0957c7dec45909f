package dev.jsupervisor.daemon.os;

/** errno numbers to names the way Python's errno.errorcode spells them. */
final class ErrnoNames {
    private ErrnoNames() {}

    /**
     * @param glibcName strerrorname_np's answer (null when glibc has no name)
     * @return Python's name: glibc's, except for two numbers whose later alias Python keeps,
     *         or the number itself when there is no name (errorcode.get(n, n))
     */
    static String name(int errno, String glibcName) {
        if (errno == 35) {
            return "EDEADLOCK";
        }
        if (errno == 95) {
            return "ENOTSUP";
        }
        return glibcName != null ? glibcName : Integer.toString(errno);
    }
}
