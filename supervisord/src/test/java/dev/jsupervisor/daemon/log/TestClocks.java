package dev.jsupervisor.daemon.log;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Fixed clocks for deterministic timestamps. */
final class TestClocks {
    private TestClocks() {}

    /** 2024-03-05 07:08:09.987654321 in UTC. */
    static final Clock FIXED = Clock.fixed(Instant.parse("2024-03-05T07:08:09.987654321Z"), ZoneId.of("UTC"));

    static final String STAMP = "2024-03-05 07:08:09,987";
}
