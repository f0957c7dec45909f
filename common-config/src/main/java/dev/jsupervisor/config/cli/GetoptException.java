package dev.jsupervisor.config.cli;

/** getopt.GetoptError: the message is its exact text, e.g. "option -x not recognized". */
public final class GetoptException extends Exception {
    public GetoptException(String message) {
        super(message);
    }
}
