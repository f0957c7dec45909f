package dev.jsupervisor.config.value;

import java.util.List;

/** Accounts defined by the caller, for tests: {@code new InMemoryAccounts().user("app", 1000, 1000, "/home/app")}. */
public final class InMemoryAccounts extends AccountTables {
    public InMemoryAccounts() {
        super(List.of(), List.of());
    }

    /** Adds a passwd entry; returns this for chaining. */
    public InMemoryAccounts user(String name, int uid, int gid, String home) {
        users.add(new User(name, uid, gid, home));
        return this;
    }

    /** Adds a group entry listing {@code members}; returns this for chaining. */
    public InMemoryAccounts group(String name, int gid, String... members) {
        groups.add(new Group(name, gid, List.of(members)));
        return this;
    }
}
