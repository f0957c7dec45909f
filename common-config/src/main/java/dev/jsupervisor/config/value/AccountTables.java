package dev.jsupervisor.config.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accounts answered from in-memory passwd and group tables, first matching entry winning (as
 * glibc's "files" source answers). Shared by {@link SystemAccounts} and {@link InMemoryAccounts}.
 */
public class AccountTables implements Accounts {
    /** One /etc/passwd line. */
    public record User(String name, int uid, int gid, String home) {}

    /** One /etc/group line. */
    public record Group(String name, int gid, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    protected final List<User> users;
    protected final List<Group> groups;

    public AccountTables(List<User> users, List<Group> groups) {
        this.users = new ArrayList<>(users);
        this.groups = new ArrayList<>(groups);
    }

    private Optional<User> userNamed(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    private Optional<User> userWithUid(int uid) {
        return users.stream().filter(u -> u.uid() == uid).findFirst();
    }

    @Override
    public Optional<Integer> uidOf(String userName) {
        return userNamed(userName).map(User::uid);
    }

    @Override
    public Optional<Integer> gidOf(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst().map(Group::gid);
    }

    @Override
    public boolean uidExists(int uid) {
        return userWithUid(uid).isPresent();
    }

    @Override
    public boolean gidExists(int gid) {
        return groups.stream().anyMatch(g -> g.gid() == gid);
    }

    @Override
    public Optional<Integer> primaryGidOf(int uid) {
        return userWithUid(uid).map(User::gid);
    }

    @Override
    public Optional<String> userNameOf(int uid) {
        return userWithUid(uid).map(User::name);
    }

    @Override
    public List<Integer> supplementaryGidsOf(String userName) {
        Optional<Integer> primary = userNamed(userName).map(User::gid);
        List<Integer> gids = new ArrayList<>();
        for (Group g : groups) {
            boolean listed = g.members().contains(userName);
            if (listed && !gids.contains(g.gid()) && !primary.equals(Optional.of(g.gid()))) {
                gids.add(g.gid());
            }
        }
        return gids;
    }

    @Override
    public Optional<String> homeOf(String userName) {
        return userNamed(userName).map(User::home);
    }
}
