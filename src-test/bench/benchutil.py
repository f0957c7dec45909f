#!/usr/bin/env python3
"""Polling and /proc helpers for daemon-bench.sh (Python 3 standard library only).

Every wait has a timeout and prints the elapsed wall time in seconds since START (a
CLOCK_REALTIME epoch, as bash's $EPOCHREALTIME gives it); on failure it prints a reason to
stderr and exits 1.

  wait-log START TIMEOUT PID LOGFILE TEXT COUNT   until TEXT occurs COUNT times in LOGFILE
                                                  (read incrementally, 10 ms polls); fails
                                                  early if PID exits
  wait-size START TIMEOUT PID BYTES FILE...       until FILE... (globs allowed) sum to BYTES
  wait-exit START TIMEOUT PID                     until PID has exited (a zombie counts)
  stats PID                                       one line: rss_kib fds cpu_ticks
                                                  ctx_switches run_ns threads
  tagged TAG                                      pids whose environment holds BENCH_TAG=TAG
  prompt-time TIMEOUT PROMPT CMD...               seconds from starting CMD on a new
                                                  pseudo-terminal until PROMPT appears in its
                                                  output; then sends EOF and kills it
"""
import glob
import os
import sys
import time

POLL = 0.01


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def wait_log(start, timeout, pid, path, text, count):
    needle = text.encode()
    seen, pos, rest = 0, 0, b""
    while True:
        try:
            with open(path, "rb") as f:
                f.seek(pos)
                chunk = f.read()
        except FileNotFoundError:
            chunk = b""
        if chunk:
            pos += len(chunk)
            complete, _, rest = (rest + chunk).rpartition(b"\n")  # whole lines only
            seen += complete.count(needle)
        if seen >= count:
            return time.time() - start
        if not alive(pid):
            fail(f"process {pid} exited; saw {seen} of {count} '{text}' in {path}")
        if time.time() - start > timeout:
            fail(f"timeout after {timeout} s; saw {seen} of {count} '{text}' in {path}")
        time.sleep(POLL)


def total_size(patterns):
    total = 0
    for pattern in patterns:
        for name in glob.glob(pattern):
            try:
                total += os.stat(name).st_size
            except FileNotFoundError:
                pass
    return total


def wait_size(start, timeout, pid, want, patterns):
    while True:
        size = total_size(patterns)
        if size >= want:
            return time.time() - start
        if not alive(pid):
            fail(f"process {pid} exited at {size} of {want} bytes")
        if time.time() - start > timeout:
            fail(f"timeout after {timeout} s at {size} of {want} bytes")
        time.sleep(POLL)


def wait_exit(start, timeout, pid):
    while alive(pid):
        if time.time() - start > timeout:
            fail(f"timeout after {timeout} s: {pid} still running")
        time.sleep(POLL)
    return time.time() - start


def stats(pid):
    with open(f"/proc/{pid}/status") as f:
        status = dict(line.split(":", 1) for line in f if ":" in line)
    rss = int(status["VmRSS"].split()[0])
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime, all threads, dead ones too
    ctx = run_ns = threads = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        ctx += int(line.split()[1])
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                run_ns += int(f.read().split()[0])
            threads += 1
        except FileNotFoundError:
            pass  # the thread ended meanwhile
    return f"{rss} {fds} {ticks} {ctx} {run_ns} {threads}"


def tagged(tag):
    want = f"BENCH_TAG={tag}".encode()
    pids = []
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != os.getpid():
            try:
                with open(f"/proc/{name}/environ", "rb") as f:
                    if want in f.read().split(b"\0"):
                        pids.append(name)
            except OSError:
                pass
    return " ".join(pids)


def prompt_time(timeout, prompt, command):
    import pty
    import select
    import signal
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    try:
        while prompt.encode() not in seen:
            left = timeout - (time.monotonic() - start)
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                fail(f"no prompt {prompt!r} within {timeout} s; saw {seen[-200:]!r}")
            try:
                seen += os.read(fd, 4096)
            except OSError:
                fail(f"the command ended before its prompt; saw {seen[-200:]!r}")
        return time.monotonic() - start
    finally:
        try:
            os.write(fd, b"\x04")
            time.sleep(0.05)
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(pid, 0)


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "wait-log":
        out = wait_log(float(args[0]), float(args[1]), int(args[2]), args[3], args[4], int(args[5]))
    elif cmd == "wait-size":
        out = wait_size(float(args[0]), float(args[1]), int(args[2]), int(args[3]), args[4:])
    elif cmd == "wait-exit":
        out = wait_exit(float(args[0]), float(args[1]), int(args[2]))
    elif cmd == "stats":
        print(stats(int(args[0])))
        return
    elif cmd == "prompt-time":
        out = prompt_time(float(args[0]), args[1], args[2:])
    elif cmd == "tagged":
        print(tagged(args[0]))
        return
    else:
        fail(f"unknown command {cmd}")
    print(f"{out:.3f}")


if __name__ == "__main__":
    main(sys.argv)
