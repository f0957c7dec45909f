package dev.jsupervisor.ctl;

/** One supervisorctl action ("status", "start", ...) run with the rest of its command line. */
@FunctionalInterface
interface Action {
    void run(String arg) throws Exception;
}
