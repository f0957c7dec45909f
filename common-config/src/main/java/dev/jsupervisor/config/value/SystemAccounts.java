package dev.jsupervisor.config.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import dev.jsupervisor.config.value.AccountTables.Group;
import dev.jsupervisor.config.value.AccountTables.User;

/**
 * The machine's accounts, read from /etc/passwd and /etc/group on every lookup (so edits are seen
 * on a reload, as the reference's getpwnam calls would see them).
 *
 * <p>Pure Java, no native calls: only the "files" NSS source is consulted. Users or groups that
 * come from other sources named in /etc/nsswitch.conf (LDAP, sssd, systemd's dynamic users, NIS)
 * are invisible here although Python's pwd/grp modules would find them.
 */
public final class SystemAccounts implements Accounts {
    private final Path passwdFile;
    private final Path groupFile;

    public SystemAccounts() {
        this(Path.of("/etc/passwd"), Path.of("/etc/group"));
    }

    public SystemAccounts(Path passwdFile, Path groupFile) {
        this.passwdFile = passwdFile;
        this.groupFile = groupFile;
    }

    private AccountTables tables() {
        return new AccountTables(readUsers(), readGroups());
    }

    private List<User> readUsers() {
        List<User> users = new ArrayList<>();
        for (String[] f : fields(passwdFile, 7)) {
            parseId(f[2]).ifPresent(uid -> parseId(f[3]).ifPresent(gid ->
                    users.add(new User(f[0], uid, gid, f[5]))));
        }
        return users;
    }

    private List<Group> readGroups() {
        List<Group> groups = new ArrayList<>();
        for (String[] f : fields(groupFile, 4)) {
            List<String> members = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
            parseId(f[2]).ifPresent(gid -> groups.add(new Group(f[0], gid, members)));
        }
        return groups;
    }

    /** Colon-separated records with at least {@code count} fields; comments and NIS "+" lines skipped. */
    private static List<String[]> fields(Path file, int count) {
        List<String[]> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split(":", -1);
                if (f.length >= count && !line.startsWith("#") && !line.startsWith("+") && !line.startsWith("-")) {
                    records.add(f);
                }
            }
        } catch (IOException e) {
            return List.of(); // an unreadable database knows nobody, as getpwnam would report
        }
        return records;
    }

    private static Optional<Integer> parseId(String text) {
        try {
            long id = Long.parseLong(text);
            return id >= 0 && id <= 0xffffffffL ? Optional.of((int) id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override public Optional<Integer> uidOf(String userName) { return tables().uidOf(userName); }

    @Override public Optional<Integer> gidOf(String groupName) { return tables().gidOf(groupName); }

    @Override public boolean uidExists(int uid) { return tables().uidExists(uid); }

    @Override public boolean gidExists(int gid) { return tables().gidExists(gid); }

    @Override public Optional<Integer> primaryGidOf(int uid) { return tables().primaryGidOf(uid); }

    @Override public Optional<String> userNameOf(int uid) { return tables().userNameOf(uid); }

    @Override public List<Integer> supplementaryGidsOf(String userName) { return tables().supplementaryGidsOf(userName); }

    @Override public Optional<String> homeOf(String userName) { return tables().homeOf(userName); }
}
