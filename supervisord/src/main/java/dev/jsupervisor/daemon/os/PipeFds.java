package dev.jsupervisor.daemon.os;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.Channel;

/**
 * The fd number behind a JDK pipe channel. The JDK has no public way to get it; its channels
 * implement sun.nio.ch.SelChImpl.getFDVal(), which is reachable only when the JVM runs with
 * {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED} (the launcher and surefire pass it).
 * Reflection keeps javac free of that flag.
 */
public final class PipeFds {
    private PipeFds() {}

    private static final Method GET_FD_VAL = lookup();

    private static Method lookup() {
        try {
            return Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Whether fds can be read in this JVM (i.e. the export flag was given). */
    public static boolean available() {
        return GET_FD_VAL != null
                && Object.class.getModule().isExported("sun.nio.ch", PipeFds.class.getModule());
    }

    public static int fdOf(Channel channel) {
        if (!available()) {
            throw new IllegalStateException(Messages.PIPE_FD_UNAVAILABLE);
        }
        try {
            return (Integer) GET_FD_VAL.invoke(channel);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(Messages.PIPE_FD_UNAVAILABLE, e);
        }
    }
}
