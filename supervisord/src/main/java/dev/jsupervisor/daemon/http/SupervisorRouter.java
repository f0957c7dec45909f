package dev.jsupervisor.daemon.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The reference's handler chain as one function. Handlers are tried in its order: /RPC2,
 * /logtail, /mainlogtail, the UI views, then the static files, which take everything else. The
 * first three match by prefix of the decoded URI, so "/RPC2x" is XML-RPC and "/logtails" a
 * log tail (that fails, see {@link #logtail}).
 */
public final class SupervisorRouter implements Router {
    private static final String[] DIRECTORY_DEFAULTS = {"index.html", "default.html"};

    private final Set<String> staticFiles;

    /** @param staticFiles relative paths ("stylesheets/supervisor.css") of the static files */
    public SupervisorRouter(Set<String> staticFiles) {
        this.staticFiles = Set.copyOf(staticFiles);
    }

    @Override
    public Route route(HttpRequest request) {
        String uri = request.uri();
        String method = request.method();
        if (uri.startsWith("/RPC2")) {
            return !method.equals("POST") ? Route.BAD_METHOD
                    : request.hasContentLength() ? new Route.Rpc2() : Route.LENGTH_REQUIRED;
        }
        if (uri.startsWith("/logtail")) {
            return method.equals("GET") ? logtail(request.uriParts().path()) : Route.BAD_METHOD;
        }
        if (uri.startsWith("/mainlogtail")) {
            return method.equals("GET") ? new Route.MainLogtail() : Route.BAD_METHOD;
        }
        Optional<Route.Page> page = uiPage(method, request.uriParts().path());
        if (page.isPresent()) {
            boolean bodyless = method.equals("POST") && !request.hasContentLength();
            return bodyless ? Route.LENGTH_REQUIRED : new Route.UiPage(page.get());
        }
        return staticRoute(method, request.uriParts().path());
    }

    /**
     * "/logtail/NAME[/CHANNEL]". The path is percent-decoded a second time here, as the reference
     * does, so "%253A" reaches the name as ':'. Without a '/' after the first segment the
     * reference's handler raises, hence 500.
     */
    static Route logtail(String path) {
        String rest = stripLeadingSlashes(path.indexOf('%') >= 0 ? UriCodec.unquote(path) : path);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Route.SERVER_ERROR;
        }
        String nameAndChannel = rest.substring(slash + 1);
        int second = nameAndChannel.indexOf('/');
        return second < 0 ? new Route.Logtail(nameAndChannel, "stdout")
                : new Route.Logtail(nameAndChannel.substring(0, second), nameAndChannel.substring(second + 1));
    }

    /** The views answer GET and POST only; "/" means index.html. The query plays no part. */
    static Optional<Route.Page> uiPage(String method, String path) {
        if (!method.equals("GET") && !method.equals("POST")) {
            return Optional.empty();
        }
        String name = stripLeadingSlashes(path);
        String file = name.isEmpty() ? "index.html" : name;
        for (Route.Page page : Route.Page.values()) {
            if (page.file().equals(file)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** The fallback file handler: GET and HEAD, paths confined to the static tree. */
    private Route staticRoute(String method, String rawPath) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Route.BAD_METHOD;
        }
        String path = stripLeadingSlashes(rawPath.indexOf('%') >= 0 ? UriCodec.unquote(rawPath) : rawPath);
        String normal = normalise(path);
        if (isDirectory(normal)) {
            if (!path.isEmpty() && !path.endsWith("/")) {
                return new Route.DirectoryRedirect(path);
            }
            for (String name : DIRECTORY_DEFAULTS) {
                String candidate = normal.isEmpty() ? name : normal + "/" + name;
                if (staticFiles.contains(candidate)) {
                    return new Route.StaticFile(candidate);
                }
            }
            return Route.NOT_FOUND;
        }
        return staticFiles.contains(normal) ? new Route.StaticFile(normal) : Route.NOT_FOUND;
    }

    private boolean isDirectory(String normal) {
        if (normal.isEmpty()) {
            return true;
        }
        String prefix = normal + "/";
        return staticFiles.stream().anyMatch(f -> f.startsWith(prefix));
    }

    /** Resolves "." and ".." and empty segments; ".." never climbs above the tree's root. */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }
}
