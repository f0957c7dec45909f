/*
 * rpcload -- XML-RPC load for the benchmarks: CLIENTS threads, each on its own keep-alive
 * connection, send the same method call over and over for SECONDS and read each whole reply.
 *
 *   rpcload unix:PATH|tcp:HOST:PORT CLIENTS SECONDS METHOD [USER:PASS]
 *
 * Prints one line: requests  requests/s  p50_ms  p99_ms  max_ms  errors
 * A reply must be "HTTP/1.x 200" with Content-Length or chunked framing; anything else counts
 * as an error and the client reconnects. A load generator in C, because a Python client
 * parsing 100 processes' worth of XML would measure itself instead of the daemon.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define MAX_SAMPLES 2000000
#define BUF 65536

static const char *target;
static double seconds;
static char request[4096];
static size_t request_len;
static double *samples;
static long sample_count, errors;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int connect_target(void) {
    int fd;
    if (strncmp(target, "unix:", 5) == 0) {
        struct sockaddr_un a = {.sun_family = AF_UNIX};
        strncpy(a.sun_path, target + 5, sizeof a.sun_path - 1);
        fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) { close(fd); return -1; }
        return fd;
    }
    char host[256];
    const char *hp = target + 4, *colon = strrchr(hp, ':');
    if (strncmp(target, "tcp:", 4) != 0 || !colon) { fprintf(stderr, "bad target %s\n", target); exit(2); }
    snprintf(host, sizeof host, "%.*s", (int)(colon - hp), hp);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(atoi(colon + 1))};
    inet_pton(AF_INET, host, &a.sin_addr);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);   /* as Python's http.client */
    if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) { close(fd); return -1; }
    return fd;
}

static int send_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return -1;
        p += w; n -= (size_t)w;
    }
    return 0;
}

/* Reads one reply; 0 when it was a whole 200, -1 otherwise. */
static int read_reply(int fd, char *buf) {
    size_t have = 0;
    char *body;
    for (;;) {
        ssize_t r = read(fd, buf + have, BUF - 1 - have);
        if (r <= 0) return -1;
        have += (size_t)r; buf[have] = 0;
        if ((body = strstr(buf, "\r\n\r\n")) != NULL) break;
        if (have >= BUF - 1) return -1;
    }
    if (strncmp(buf, "HTTP/1.", 7) != 0 || strncmp(buf + 9, "200", 3) != 0) return -1;
    body += 4;
    size_t head = (size_t)(body - buf), got = have - head;
    char *cl = strcasestr(buf, "\r\nContent-Length:");
    if (cl && cl < body) {
        size_t want = strtoul(cl + 17, NULL, 10);
        while (got < want) {
            ssize_t r = read(fd, buf, BUF);
            if (r <= 0) return -1;
            got += (size_t)r;
        }
        return 0;
    }
    /* chunked: look for the terminating "0\r\n\r\n" in a sliding tail */
    char tail[8] = {0};
    size_t tl = got < 7 ? got : 7;
    memcpy(tail, body + got - tl, tl);
    while (!(tl >= 5 && memcmp(tail + tl - 5, "0\r\n\r\n", 5) == 0)) {
        ssize_t r = read(fd, buf, BUF);
        if (r <= 0) return -1;
        size_t take = (size_t)r < 7 ? (size_t)r : 7, keep = 7 - take < tl ? 7 - take : tl;
        memmove(tail, tail + tl - keep, keep);
        memcpy(tail + keep, buf + r - take, take);
        tl = keep + take;
    }
    return 0;
}

static void *client(void *arg) {
    (void)arg;
    char *buf = malloc(BUF);
    int fd = -1;
    double end = now() + seconds;
    while (now() < end) {
        if (fd < 0 && (fd = connect_target()) < 0) { usleep(1000); continue; }
        double t = now();
        if (send_all(fd, request, request_len) < 0 || read_reply(fd, buf) < 0) {
            close(fd); fd = -1;
            pthread_mutex_lock(&lock); errors++; pthread_mutex_unlock(&lock);
            continue;
        }
        double ms = (now() - t) * 1000;
        pthread_mutex_lock(&lock);
        if (sample_count < MAX_SAMPLES) samples[sample_count++] = ms;
        pthread_mutex_unlock(&lock);
    }
    if (fd >= 0) close(fd);
    free(buf);
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void base64(const char *in, char *out) {
    static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = strlen(in), i, o = 0;
    for (i = 0; i + 2 < n; i += 3) {
        unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out[o++] = t[v >> 18]; out[o++] = t[v >> 12 & 63]; out[o++] = t[v >> 6 & 63]; out[o++] = t[v & 63];
    }
    if (i < n) {
        unsigned v = (unsigned char)in[i] << 16 | (i + 1 < n ? (unsigned char)in[i + 1] << 8 : 0);
        out[o++] = t[v >> 18]; out[o++] = t[v >> 12 & 63];
        out[o++] = i + 1 < n ? t[v >> 6 & 63] : '='; out[o++] = '=';
    }
    out[o] = 0;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: rpcload unix:PATH|tcp:HOST:PORT CLIENTS SECONDS METHOD [USER:PASS]\n");
        return 2;
    }
    target = argv[1];
    int clients = atoi(argv[2]);
    seconds = atof(argv[3]);
    char body[512], auth[512] = "";
    int body_len = snprintf(body, sizeof body,
        "<?xml version='1.0'?>\n<methodCall>\n<methodName>%s</methodName>\n<params>\n</params>\n</methodCall>\n",
        argv[4]);
    if (argc > 5) {
        char enc[400];
        base64(argv[5], enc);
        snprintf(auth, sizeof auth, "Authorization: Basic %s\r\n", enc);
    }
    request_len = (size_t)snprintf(request, sizeof request,
        "POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nUser-Agent: rpcload\r\n%s"
        "Content-Type: text/xml\r\nContent-Length: %d\r\n\r\n%s", auth, body_len, body);
    samples = malloc(sizeof(double) * MAX_SAMPLES);
    pthread_t threads[256];
    if (clients < 1 || clients > 256) { fprintf(stderr, "CLIENTS: 1..256\n"); return 2; }
    double start = now();
    for (int i = 0; i < clients; i++) pthread_create(&threads[i], NULL, client, NULL);
    for (int i = 0; i < clients; i++) pthread_join(threads[i], NULL);
    double elapsed = now() - start;
    qsort(samples, (size_t)sample_count, sizeof(double), by_value);
    double p50 = sample_count ? samples[sample_count / 2] : 0;
    double p99 = sample_count ? samples[(long)(sample_count * 0.99)] : 0;
    double max = sample_count ? samples[sample_count - 1] : 0;
    printf("%ld %.1f %.3f %.3f %.3f %ld\n", sample_count, sample_count / elapsed, p50, p99, max, errors);
    return 0;
}
