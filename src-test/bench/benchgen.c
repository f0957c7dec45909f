/* benchgen -- C helpers for daemon-bench.sh (compiled on the fly with gcc into a temp dir).
 *
 *   benchgen gen [--zero] [--wait FILE] BYTES   write BYTES to stdout: a fixed pseudo-random
 *                                               stream (xorshift64, seed 1), or zeros; with
 *                                               --wait, first poll (1 ms) until FILE exists
 *   benchgen verify [--zero] BYTES FILE...      check that FILE... concatenated in order equals
 *                                               what "gen BYTES" writes; prints "ok" or the
 *                                               first differing offset, exit 0 / 1
 *   benchgen spawn N                            posix_spawn /bin/true + waitpid N times;
 *                                               prints spawns per second
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BUF (64 * 1024)
extern char **environ;

struct gen { int zero; uint64_t s; };

static void fill(struct gen *g, unsigned char *buf) {
    if (g->zero) { memset(buf, 0, BUF); return; }
    uint64_t *w = (uint64_t *)buf;
    for (size_t i = 0; i < BUF / 8; i++) {
        g->s ^= g->s << 13; g->s ^= g->s >> 7; g->s ^= g->s << 17;
        w[i] = g->s;
    }
}

static double now(void) {
    struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmd_gen(int zero, const char *wait, long long total) {
    static unsigned char buf[BUF];
    struct gen g = { zero, 1 };
    struct stat st;
    if (wait) while (stat(wait, &st) != 0) usleep(1000);
    while (total > 0) {
        fill(&g, buf);
        size_t n = total < BUF ? (size_t)total : BUF, off = 0;
        while (off < n) {
            ssize_t w = write(1, buf + off, n - off);
            if (w < 0) { if (errno == EINTR) continue; perror("write"); return 1; }
            off += (size_t)w;
        }
        total -= (long long)n;
    }
    return 0;
}

static int cmd_verify(int zero, long long total, char **files, int nfiles) {
    static unsigned char want[BUF], got[BUF];
    struct gen g = { zero, 1 };
    long long pos = 0; size_t have = 0, used = 0;   /* bytes of want[] generated / consumed */
    for (int f = 0; f < nfiles; f++) {
        int fd = open(files[f], O_RDONLY);
        if (fd < 0) { perror(files[f]); return 1; }
        ssize_t r;
        while ((r = read(fd, got, BUF)) > 0) {
            for (ssize_t i = 0; i < r; ) {
                if (used == have) { fill(&g, want); have = BUF; used = 0; }
                size_t k = have - used < (size_t)(r - i) ? have - used : (size_t)(r - i);
                if (pos + (long long)k > total || memcmp(want + used, got + i, k) != 0) {
                    size_t d = 0;
                    while (d < k && want[used + d] == got[i + d]) d++;
                    printf("differs at offset %lld (in %s)\n", pos + (long long)d, files[f]);
                    return 1;
                }
                used += k; i += (ssize_t)k; pos += (long long)k;
            }
        }
        close(fd);
    }
    if (pos != total) { printf("short: %lld of %lld bytes\n", pos, total); return 1; }
    printf("ok\n");
    return 0;
}

static int cmd_spawn(int n) {
    char *argv[] = { "/bin/true", NULL };
    double t0 = now();
    for (int i = 0; i < n; i++) {
        pid_t pid; int status;
        int e = posix_spawn(&pid, "/bin/true", NULL, NULL, argv, environ);
        if (e) { fprintf(stderr, "posix_spawn: %s\n", strerror(e)); return 1; }
        if (waitpid(pid, &status, 0) < 0) { perror("waitpid"); return 1; }
    }
    printf("%.0f\n", n / (now() - t0));
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) goto usage;
    const char *cmd = argv[1], *wait = NULL;
    int i = 2, zero = 0;
    if (!strcmp(cmd, "spawn")) return cmd_spawn(atoi(argv[2]));
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--zero")) zero = 1;
        else if (!strcmp(argv[i], "--wait") && i + 1 < argc) wait = argv[++i];
        else goto usage;
    }
    if (i >= argc) goto usage;
    long long total = atoll(argv[i++]);
    if (!strcmp(cmd, "gen")) return cmd_gen(zero, wait, total);
    if (!strcmp(cmd, "verify") && i < argc) return cmd_verify(zero, total, argv + i, argc - i);
usage:
    fprintf(stderr, "usage: benchgen gen|verify [--zero] [--wait FILE] BYTES [FILE...] | spawn N\n");
    return 2;
}
