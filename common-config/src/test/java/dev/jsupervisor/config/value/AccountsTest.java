package dev.jsupervisor.config.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User/group lookups; error texts from supervisor.datatypes. */
class AccountsTest {
    private final Accounts accounts = new InMemoryAccounts()
            .user("root", 0, 0, "/root")
            .user("app", 1000, 1001, "/home/app")
            .user("nobody", 65534, 65534, "/nonexistent")
            .group("root", 0)
            .group("appgrp", 1001, "app")
            .group("docker", 999, "app", "root")
            .group("nogroup", 65534);

    private String message(String kind, String value) {
        return assertThrows(ValueException.class, () -> {
            switch (kind) {
                case "uid" -> Converters.nameToUid(value, accounts);
                case "gid" -> Converters.nameToGid(value, accounts);
                default -> Converters.colonSeparatedUserGroup(value, accounts);
            }
        }).getMessage();
    }

    @Test
    void uidByNameOrNumber() throws Exception {
        assertEquals(1000, Converters.nameToUid("app", accounts));
        assertEquals(0, Converters.nameToUid(" 0", accounts));
        assertEquals(65534, Converters.nameToUid("65534", accounts));
        assertEquals("Invalid user name root ", message("uid", "root "));
        assertEquals("Invalid user name ", message("uid", ""));
        assertEquals("Invalid user id -1", message("uid", "-1"));
        assertEquals("Invalid user id 4294967295", message("uid", "4294967295"));
        assertEquals("Invalid user id 99999999999", message("uid", "99999999999"));
        assertEquals("Invalid user id 5", message("uid", "5"));
    }

    @Test
    void gidByNameOrNumber() throws Exception {
        assertEquals(65534, Converters.nameToGid("nogroup", accounts));
        assertEquals(0, Converters.nameToGid(" 0 ", accounts));
        assertEquals("Invalid group name x", message("gid", "x"));
        assertEquals("Invalid group id 4294967295", message("gid", "4294967295"));
        assertEquals("Invalid group id -1", message("gid", "-1"));
        assertEquals("gid is less than minimum", message("gid", "-5"));
        assertEquals("gid is less than minimum", message("gid", "4294967296"));
    }

    @Test
    void userColonGroup() throws Exception {
        assertArrayEquals(new int[] {0, -1}, Converters.colonSeparatedUserGroup("root", accounts));
        assertArrayEquals(new int[] {1000, 65534}, Converters.colonSeparatedUserGroup("app:nogroup", accounts));
        assertArrayEquals(new int[] {1000, 0}, Converters.colonSeparatedUserGroup("1000:0", accounts));
        assertEquals("Invalid user:group definition root:", message("ug", "root:"));
        assertEquals("Invalid user:group definition root:root:x", message("ug", "root:root:x"));
        assertEquals("Invalid user:group definition :0", message("ug", ":0"));
        assertEquals("Invalid user:group definition app:-5", message("ug", "app:-5"));
    }

    @Test
    void inMemoryTablesAnswerLikeTheFilesSource() {
        assertEquals(Optional.of(1001), accounts.primaryGidOf(1000));
        assertEquals(Optional.of("app"), accounts.userNameOf(1000));
        assertEquals(List.of(999), accounts.supplementaryGidsOf("app"));
        assertEquals(Optional.of("/home/app"), accounts.homeOf("app"));
        assertFalse(accounts.uidExists(5));
        assertTrue(accounts.gidExists(999));
    }

    @Test
    void systemAccountsReadPasswdAndGroupFiles(@TempDir Path dir) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "# comment\nroot:x:0:0:root:/root:/bin/sh\n"
                + "svc:x:4294967294:100:Service:/srv:/bin/false\nbroken:line\nsvc:x:7:7::/other:/bin/sh\n");
        Path group = Files.writeString(dir.resolve("group"), "root:x:0:\nusers:x:100:svc,root\nwheel:x:10:svc\n");
        Accounts system = new SystemAccounts(passwd, group);
        assertEquals(Optional.of(-2), system.uidOf("svc")); // 2**32-2 as a Java int
        assertEquals(Optional.of("/srv"), system.homeOf("svc"));
        assertEquals(List.of(10), system.supplementaryGidsOf("svc"));
        assertEquals(List.of(100), system.supplementaryGidsOf("root"));
        assertEquals(Optional.of(100), system.gidOf("users"));
        assertTrue(system.uidExists(7));
        assertEquals(Optional.empty(), system.uidOf("broken"));
        assertEquals(Optional.empty(), new SystemAccounts(dir.resolve("none"), dir.resolve("none")).uidOf("root"));
    }

    @Test
    void systemAccountsOfThisMachineKnowRoot() {
        Accounts system = new SystemAccounts();
        assertEquals(Optional.of(0), system.uidOf("root"));
        assertTrue(system.gidExists(0));
    }
}
