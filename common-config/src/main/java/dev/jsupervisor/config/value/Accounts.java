package dev.jsupervisor.config.value;

import java.util.List;
import java.util.Optional;

/** User and group database lookups (passwd/group), behind an interface so tests can fake it. */
public interface Accounts {
    Optional<Integer> uidOf(String userName);

    Optional<Integer> gidOf(String groupName);

    boolean uidExists(int uid);

    boolean gidExists(int gid);

    /** Primary gid of an existing uid. */
    Optional<Integer> primaryGidOf(int uid);

    /** Name of an existing uid. */
    Optional<String> userNameOf(int uid);

    /** Groups listing the user as a member (for setgroups), not including the primary group. */
    List<Integer> supplementaryGidsOf(String userName);

    /** Home directory of a user (for "~user" expansion); empty if unknown. */
    default Optional<String> homeOf(String userName) {
        return Optional.empty();
    }
}
