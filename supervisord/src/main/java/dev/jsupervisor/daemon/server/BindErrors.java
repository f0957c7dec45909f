package dev.jsupervisor.daemon.server;

import java.io.IOException;
import java.util.Map;

/**
 * Turns Java's bind failures into the reference's usage texts. Java keeps only the strerror
 * text, so the errno name and number are recovered from the few texts a bind can produce.
 */
final class BindErrors {
    private record Errno(String name, int number) {}

    private static final Map<String, Errno> BY_TEXT = Map.of(
            "Permission denied", new Errno("EACCES", 13),
            "Cannot assign requested address", new Errno("EADDRNOTAVAIL", 99),
            "No such file or directory", new Errno("ENOENT", 2),
            "Not a directory", new Errno("ENOTDIR", 20),
            "File name too long", new Errno("ENAMETOOLONG", 36),
            "Read-only file system", new Errno("EROFS", 30),
            "Address family not supported by protocol", new Errno("EAFNOSUPPORT", 97));

    private BindErrors() {}

    static ServerBindException of(IOException e) {
        if (InetBinder.inUse(e)) {
            return new ServerBindException(Messages.ADDRESS_IN_USE);
        }
        String text = String.valueOf(e.getMessage());
        for (Map.Entry<String, Errno> known : BY_TEXT.entrySet()) {
            if (text.contains(known.getKey())) {
                return new ServerBindException(Messages.cannotOpen(known.getValue().name(), known.getValue().number()));
            }
        }
        // Unresolvable host and the like: the reference's generic form with EINVAL.
        return new ServerBindException(Messages.cannotOpen("EINVAL", 22));
    }
}
