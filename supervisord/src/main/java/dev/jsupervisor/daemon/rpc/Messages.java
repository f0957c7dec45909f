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

    /** What getSupervisorVersion reports: the version we re-implement. */
    static final String SUPERVISOR_VERSION = "4.2.5";
    /** getAPIVersion / getVersion. */
    static final String API_VERSION = "3.0";
}
