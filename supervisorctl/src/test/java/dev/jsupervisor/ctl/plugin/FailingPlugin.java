package dev.jsupervisor.ctl.plugin;

import java.util.List;
import java.util.Map;

/** A test plugin whose factory refuses to start. */
public final class FailingPlugin implements ControllerPlugin {
    @Override
    public List<ControllerAction> actions(Map<String, String> options, ControllerHost host) {
        throw new IllegalStateException("needs url=");
    }
}
