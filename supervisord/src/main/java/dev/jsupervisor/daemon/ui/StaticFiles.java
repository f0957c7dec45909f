package dev.jsupervisor.daemon.ui;

import dev.jsupervisor.daemon.http.HttpDates;
import dev.jsupervisor.daemon.http.HttpRequest;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files the pages link to, read once from resources. Headers in the reference's order:
 * Last-Modified (here: when the daemon loaded them), Content-Length, Content-Type.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "png", "image/png");
    private static final String[] FILES = {"stylesheets/supervisor.css", "images/icon.png"};

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Instant loaded;

    StaticFiles(Instant loaded) {
        this.loaded = loaded;
        for (String name : FILES) {
            files.put(name, read(name));
        }
    }

    Set<String> names() {
        return files.keySet();
    }

    HttpResponse serve(Route route, HttpRequest request, Instant now) {
        if (route instanceof Route.DirectoryRedirect dir) {
            // The reference names its configured host, which is "localhost" for its servers.
            return HttpResponse.create(301, now).set("Location", "http://localhost/" + dir.path() + "/").toError(301);
        }
        byte[] body = files.get(((Route.StaticFile) route).path());
        if (body == null) {
            return HttpResponse.error(404, now);
        }
        String path = ((Route.StaticFile) route).path();
        HttpResponse response = HttpResponse.create(200, now).set("Last-Modified", HttpDates.format(loaded))
                .body(body).set("Content-Type", TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
        return request.method().equals("HEAD") ? response.headOnly() : response;
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
