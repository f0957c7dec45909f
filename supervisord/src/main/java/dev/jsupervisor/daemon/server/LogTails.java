package dev.jsupervisor.daemon.server;

import dev.jsupervisor.daemon.http.HttpDates;
import dev.jsupervisor.daemon.http.HttpResponse;
import dev.jsupervisor.daemon.http.Route;
import dev.jsupervisor.daemon.log.FileFollower;
import dev.jsupervisor.daemon.process.Namespec;
import dev.jsupervisor.daemon.process.ProcessRecord;
import dev.jsupervisor.daemon.rpc.DaemonControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * GET /logtail/NAMESPEC[/CHANNEL] and GET /mainlogtail (spec 8.2): 200 with a streamed body
 * (chunked on HTTP/1.1) that starts with the file's last 1024 bytes and then follows it. An
 * unknown process, a channel other than stdout/stderr, or a log file that does not exist (yet)
 * is 404, as in the reference.
 */
final class LogTails {
    /** How much of the file the stream starts with. */
    static final long HEAD_BYTES = 1024;
    private static final String CONTENT_TYPE = "text/plain;charset=utf-8";

    private final DaemonControl daemon;
    private final TailPoller poller;

    LogTails(DaemonControl daemon, TailPoller poller) {
        this.daemon = daemon;
        this.poller = poller;
    }

    HttpResponse processLog(Route.Logtail route, Instant now) {
        Optional<Path> file = processLogFile(route.namespec(), route.channel());
        if (file.isEmpty()) {
            return HttpResponse.error(404, now);
        }
        return follow(file.get(), now, true);
    }

    HttpResponse mainLog(Instant now) {
        Optional<Path> file = daemon.mainLog().file().filter(Files::exists);
        return file.isEmpty() ? HttpResponse.error(404, now) : follow(file.get(), now, false);
    }

    private Optional<Path> processLogFile(String namespec, String channel) {
        if (!channel.equals("stdout") && !channel.equals("stderr")) {
            return Optional.empty();
        }
        Namespec spec = Namespec.parse(namespec);
        if (spec.isWholeGroup()) {
            return Optional.empty();
        }
        Optional<ProcessRecord> process = daemon.supervision().process(spec.group(), spec.process());
        return process.flatMap(p -> daemon.logfile(p, channel.equals("stderr"))).map(Path::of)
                .filter(Files::exists);
    }

    /** The reference's header order: Last-Modified, Content-Type, then X-Accel-Buffering (logtail only). */
    private HttpResponse follow(Path file, Instant now, boolean noProxyBuffering) {
        FileFollower follower;
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
            follower = FileFollower.open(file, HEAD_BYTES);
        } catch (IOException e) {
            return HttpResponse.error(404, now);   // gone between the check and the open
        }
        HttpResponse response = HttpResponse.create(200, now).set("Last-Modified", HttpDates.format(modified))
                .set("Content-Type", CONTENT_TYPE);
        if (noProxyBuffering) {
            response.set("X-Accel-Buffering", "no");
        }
        return response.streamedFrom(new FollowedLog(follower, poller));
    }
}
