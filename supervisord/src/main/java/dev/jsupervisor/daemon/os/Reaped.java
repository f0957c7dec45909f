package dev.jsupervisor.daemon.os;

/** One child collected by waitpid: its pid and how it ended. */
public record Reaped(int pid, WaitStatus status) {}
