package dev.jsupervisor.ctl.plugin;

import java.util.List;
import java.util.Map;

/**
 * The Java counterpart of a {@code [ctlplugin:x]} factory: new supervisorctl actions. Found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.jsupervisor.ctl.plugin.ControllerPlugin} of its jar) and selected
 * by {@code supervisor.ctl_factory = <spec()>}, by default {@code java:<fully qualified class name>}.
 *
 * <p>Its actions run from the one-shot command line and the interactive shell like built-in ones;
 * a built-in action of the same name (and an earlier plugin's) wins, as in the reference.
 * {@code help} lists the documented ones under "x commands (type help &lt;topic&gt;):".
 */
public interface ControllerPlugin {
    /** The {@code supervisor.ctl_factory} value that selects this plugin. */
    default String spec() {
        return "java:" + getClass().getName();
    }

    /**
     * Makes the actions; called once when supervisorctl starts, before any action runs.
     *
     * @param options every other key of the section (the reference passes them as keyword arguments)
     * @param host    the server connection and the output of supervisorctl
     * @throws Exception to refuse to start: supervisorctl reports it on one line and exits 2
     */
    List<ControllerAction> actions(Map<String, String> options, ControllerHost host) throws Exception;
}
