package dev.jsupervisor.daemon.rpc;

/** Activity-log lines of the XML-RPC layer (spec section 5), TRAC and ERRO. */
final class Messages {
    private Messages() {}

    static String called(String method) {
        return "XML-RPC method called: " + method + "()";
    }

    static String returned(String method) {
        return "XML-RPC method " + method + "() returned successfully";
    }

    static String returnedFault(String method, int code, String text) {
        return "XML-RPC method " + method + "() returned fault: [" + code + "] " + text;
    }

    static String unmarshallable(String repr) {
        return "XML-RPC request data " + repr + " is invalid: unmarshallable";
    }

    static String noMethodName(String repr) {
        return "XML-RPC request data " + repr + " is invalid: no method name";
    }

    // ---- process control and system.multicall (ControlMethods, GroupCall, Multicall) ----

    /** faultString of FAILED when a start finds the process in UNKNOWN. */
    static String unknownProcessState(String name) {
        return name + " is in an unknown process state";
    }

    /** The description of a successful entry in a group or "all" result. */
    static final String RESULT_OK = "OK";
    static final String NO_METHOD_NAME = "INCORRECT_PARAMETERS: No methodName";
    static final String RECURSIVE_MULTICALL = "INCORRECT_PARAMETERS: Recursive system.multicall forbidden";

    /** What getSupervisorVersion reports: the version we re-implement. */
    static final String SUPERVISOR_VERSION = "4.2.5";
    /** getAPIVersion / getVersion. */
    static final String API_VERSION = "3.0";

    /** A Java [rpcinterface:x] factory threw: the reference's words, then what it threw. */
    static String couldNotMakeInterface(String name, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "Could not make " + name + " rpc interface: " + detail.strip().replace('\n', ' ');
    }
}
