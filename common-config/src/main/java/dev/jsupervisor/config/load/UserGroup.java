package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.Accounts;
import dev.jsupervisor.config.value.Converters;
import dev.jsupervisor.config.value.ValueException;

/**
 * "user" or "user:group" for chown= and socket_owner=. Unlike a process's user=, a bare user
 * leaves the group alone (gid -1), as the reference does; callers supply their own error text.
 */
final class UserGroup {
    private UserGroup() {}

    /** {uid, gid}, or null when either part does not resolve. */
    static int[] parse(String text, Accounts accounts) {
        int colon = text.indexOf(':');
        try {
            if (colon < 0) {
                return new int[] {Converters.nameToUid(text, accounts), -1};
            }
            int uid = Converters.nameToUid(text.substring(0, colon), accounts);
            int gid = Converters.nameToGid(text.substring(colon + 1), accounts);
            return new int[] {uid, gid};
        } catch (ValueException | RuntimeException e) {
            return null;
        }
    }
}
