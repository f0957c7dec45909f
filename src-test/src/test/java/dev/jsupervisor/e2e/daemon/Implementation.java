package dev.jsupervisor.e2e.daemon;

import java.nio.file.Path;

/** The implementations every daemon scenario runs against. */
enum Implementation {
    REFERENCE {
        @Override
        Supervisord create(Path dir) {
            return new ReferenceSupervisord(dir);
        }
    },
    OURS {
        @Override
        Supervisord create(Path dir) {
            return new OurSupervisord(dir);
        }
    };

    abstract Supervisord create(Path dir);
}
