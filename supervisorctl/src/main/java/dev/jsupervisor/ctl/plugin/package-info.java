/**
 * supervisorctl's Java plugin point: {@link dev.jsupervisor.ctl.plugin.ControllerPlugin} for
 * {@code [ctlplugin:x]} sections, adding actions to the one-shot command line and the shell.
 */
package dev.jsupervisor.ctl.plugin;
