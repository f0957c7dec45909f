/*
 * sv-exec: the child-side steps of a Supervisor 4.2.5 spawn that posix_spawn cannot do with the
 * reference's failure behaviour: switch user, change directory, set the umask, then exec.
 *
 * Usage: sv-exec [-u UID] [-d DIR] [-m OCTAL_UMASK] -- PATH ARGV0 [ARG...]
 *
 * supervisord (Java) posix_spawns this helper with the pipes already on fds 0/1/2, every other
 * fd closed, its own process group and default signal dispositions; the environment it receives
 * is the program's. The steps run in the reference's order (user, directory, umask, exec). On a
 * failure the reference's texts go to fd 2, which is the program's stderr log, and the helper
 * exits 127, so supervisord sees an ordinary quick exit, exactly as with the reference's fork.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define SPAWN_FAILED 127
#define MAX_GROUPS 65536

/* The reference names errors by their symbol (errno.errorcode), falling back to the number. */
static const char *errno_name(int err) {
    static char number[16];
    /* Python's table keeps the later alias for these two numbers. */
    if (err == EDEADLK) {
        return "EDEADLOCK";
    }
    if (err == EOPNOTSUPP) {
        return "ENOTSUP";
    }
    const char *name = strerrorname_np(err);
    if (name != NULL) {
        return name;
    }
    snprintf(number, sizeof number, "%d", err);
    return number;
}

/* Every failure ends the same way: the closing line, then the reference's exit code. */
static void not_spawned(void) {
    dprintf(2, "supervisor: child process was not spawned\n");
    _exit(SPAWN_FAILED);
}

/*
 * The reference's drop_privileges for a numeric uid: look the user up (through NSS, as Python's
 * pwd/grp do), keep the current user if it already is that one, refuse when not root, then
 * setgroups (primary group first), setgid, setuid. Returns NULL or the reference's reason text.
 */
static const char *drop_privileges(uid_t uid, char *buffer, size_t size) {
    struct passwd *pw = getpwuid(uid);
    if (pw == NULL) {
        snprintf(buffer, size, "Can't find uid %lu", (unsigned long) uid);
        return buffer;
    }
    if (getuid() == uid) {
        return NULL;
    }
    if (getuid() != 0) {
        return "Can't drop privilege as nonroot user";
    }
    int count = MAX_GROUPS;
    gid_t *groups = malloc(sizeof(gid_t) * MAX_GROUPS);
    /* getgrouplist puts the primary gid first, which is the order the reference builds. */
    if (groups == NULL || getgrouplist(pw->pw_name, pw->pw_gid, groups, &count) < 0
            || setgroups((size_t) count, groups) != 0) {
        return "Could not set groups of effective user";
    }
    if (setgid(pw->pw_gid) != 0) {
        return "Could not set group id of effective user";
    }
    if (setuid(uid) != 0) {
        /* The reference lets this OSError escape: only the closing line is written. */
        not_spawned();
    }
    return NULL;
}

int main(int argc, char **argv) {
    const char *uid_text = NULL, *dir = NULL, *umask_text = NULL;
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-' && strcmp(argv[i], "--") != 0; i += 2) {
        switch (argv[i][1]) {
            case 'u': uid_text = argv[i + 1]; break;
            case 'd': dir = argv[i + 1]; break;
            case 'm': umask_text = argv[i + 1]; break;
            default:
                dprintf(2, "sv-exec: unknown option %s\n", argv[i]);
                not_spawned();
        }
    }
    if (i + 2 >= argc || strcmp(argv[i], "--") != 0) {
        dprintf(2, "sv-exec: usage: sv-exec [-u UID] [-d DIR] [-m UMASK] -- PATH ARGV0 [ARG...]\n");
        not_spawned();
    }
    const char *path = argv[i + 1];
    char **child_argv = &argv[i + 2];

    if (uid_text != NULL) {
        char reason[64];
        const char *failure = drop_privileges((uid_t) strtoul(uid_text, NULL, 10), reason, sizeof reason);
        if (failure != NULL) {
            dprintf(2, "supervisor: couldn't setuid to %s: %s\n", uid_text, failure);
            not_spawned();
        }
    }
    if (dir != NULL && chdir(dir) != 0) {
        dprintf(2, "supervisor: couldn't chdir to %s: %s\n", dir, errno_name(errno));
        not_spawned();
    }
    if (umask_text != NULL) {
        umask((mode_t) strtoul(umask_text, NULL, 8));
    }
    execv(path, child_argv);
    dprintf(2, "supervisor: couldn't exec %s: %s\n", child_argv[0], errno_name(errno));
    not_spawned();
    return SPAWN_FAILED;
}
