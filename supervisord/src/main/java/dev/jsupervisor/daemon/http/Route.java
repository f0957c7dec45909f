package dev.jsupervisor.daemon.http;

/**
 * What should answer a request, as decided by a {@link Router}. Authentication is not part of
 * the decision: when the server has a user, every route (404 and 400 included) is answered only
 * after {@link BasicAuth} has accepted the request, as in the reference.
 */
public sealed interface Route {
    /** POST /RPC2...: XML-RPC with a Content-Length body. */
    record Rpc2() implements Route {}

    /**
     * GET /logtail/NAMESPEC[/CHANNEL]. {@code channel} is whatever followed the name ("stdout" when
     * nothing did); the handler answers 404 for anything but "stdout" and "stderr", and for an
     * unknown name.
     */
    record Logtail(String namespec, String channel) implements Route {}

    /** GET /mainlogtail. */
    record MainLogtail() implements Route {}

    /** A web UI view (GET or POST). */
    record UiPage(Page page) implements Route {}

    /** A file of the UI's static directory, by its relative path (GET or HEAD). */
    record StaticFile(String path) implements Route {}

    /**
     * A directory of the static tree named without its trailing slash: 301 with
     * {@code Location: http://<server name>/<path>/}.
     */
    record DirectoryRedirect(String path) implements Route {}

    /** An error page with this status and nothing else (400, 404, 411 or 500). */
    record Refused(int status) implements Route {}

    Route NOT_FOUND = new Refused(404);
    /** The reference answers a method a handler does not take with 400, never 405. */
    Route BAD_METHOD = new Refused(400);
    /** A POST body without Content-Length (chunked included). */
    Route LENGTH_REQUIRED = new Refused(411);
    /** Requests on which the reference's handler fails (e.g. "/logtail" without a name). */
    Route SERVER_ERROR = new Refused(500);

    /** The UI views. */
    enum Page {
        INDEX("index.html"),
        TAIL("tail.html"),
        OK("ok.html");

        private final String file;

        Page(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }
}
