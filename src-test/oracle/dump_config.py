#!/usr/bin/python3
"""Oracle: parse a config with the reference's own option objects, print canonical JSON.

Usage: dump_config.py [--ctl] CONFIG [EXTRA-ARGS...]
  Runs Supervisor 4.2.5's ServerOptions (or ClientOptions with --ctl) exactly as
  supervisord/supervisorctl would with `-c CONFIG EXTRA-ARGS`, and prints the parsed
  result in the JSON shape described in src-test/oracle/README.md. Must run with
  Debian's /usr/bin/python3 (the module lives in its dist-packages).

Paths under the config's directory are shown as $HERE, and the host name is pinned to the
literal "$HOST" before parsing, so goldens depend neither on where the checkout lives nor on
the machine's name.
"""
import json
import os
import platform
import socket
import sys

from supervisor import datatypes, events, options

# %(host_node_name)s comes from platform.node(); pin it so goldens are machine-independent
# (replacing the real name afterwards would also rewrite unrelated text containing it).
platform.node = lambda: "$HOST"


class UsageError(Exception):
    pass


class Spec(object):
    """Stands for a resolved plugin entry point; remembers the text it came from."""

    def __init__(self, text):
        self.text = text


def hook_options(opts):
    def usage(msg):
        raise UsageError(str(msg))
    original_import = opts.import_spec

    def import_spec(spec):
        original_import(spec)  # raises ImportError exactly as the reference would
        return Spec(spec)
    opts.usage = usage
    opts.import_spec = import_spec
    opts.stdout = sys.stderr  # -v / -h output must not pollute the JSON


def logfile(value):
    if value is datatypes.Automatic:
        return "AUTO"
    if value is datatypes.Syslog:
        return "SYSLOG"
    return value


def restart_policy(value):
    if value is False:
        return "false"
    if value is datatypes.RestartUnconditionally:
        return "true"
    if value is datatypes.RestartWhenExitUnexpected:
        return "unexpected"
    return repr(value)


def process(pc):
    out = {}
    for name in pc.req_param_names + pc.optional_param_names:
        out[name] = getattr(pc, name)
    for key in ("stdout_logfile", "stderr_logfile"):
        out[key] = logfile(out[key])
    out["autorestart"] = restart_policy(out["autorestart"])
    out["exitcodes"] = list(out["exitcodes"])
    return out


def socket_config(sc):
    out = {"url": sc.url, "backlog": sc.backlog}
    if isinstance(sc, datatypes.UnixStreamSocketConfig):
        out["mode"] = sc.mode
        out["owner"] = list(sc.owner) if sc.owner is not None else None
    return out


def group(gc):
    out = {"name": gc.name, "priority": gc.priority,
           "processes": [process(p) for p in gc.process_configs]}
    if isinstance(gc, options.EventListenerPoolConfig):
        out["kind"] = "eventlistener"
        out["buffer_size"] = gc.buffer_size
        out["events"] = sorted(events.getEventNameByType(e) for e in gc.pool_events)
        out["result_handler"] = gc.result_handler.text
    elif isinstance(gc, options.FastCGIGroupConfig):
        out["kind"] = "fcgi-program"
        out["socket"] = socket_config(gc.socket_config)
    else:
        out["kind"] = "program"
    return out


def server(sc):
    out = {"name": sc["name"], "section": sc["section"],
           "username": sc["username"], "password": sc["password"]}
    if sc["family"] == socket.AF_UNIX:
        out.update(family="unix", file=sc["file"], chmod=sc["chmod"],
                   chown=list(sc["chown"]))
    else:
        out.update(family="inet", host=sc["host"], port=sc["port"])
    return out


def plugins(factories):
    return [{"name": n, "factory": f.text, "extras": extras}
            for (n, f, extras) in factories if isinstance(f, Spec)]


SUPERVISORD_FIELDS = ("nodaemon", "silent", "user", "umask", "directory", "logfile",
                      "logfile_maxbytes", "logfile_backups", "loglevel", "pidfile",
                      "identifier", "childlogdir", "minfds", "minprocs", "nocleanup",
                      "strip_ansi", "serverurl")


def dump_server(args):
    opts = options.ServerOptions()
    hook_options(opts)
    opts.realize(args=args, progname="supervisord")
    section = opts.configroot.supervisord
    sd = {name: getattr(opts, name) for name in SUPERVISORD_FIELDS}
    sd["uid"] = getattr(opts, "uid", None)
    sd["gid"] = getattr(opts, "gid", None)
    sd["environment"] = section.environment
    return {
        "ok": True,
        "supervisord": sd,
        "servers": [server(s) for s in opts.server_configs],
        "rpcinterfaces": plugins(opts.rpcinterface_factories),
        "groups": [group(g) for g in opts.process_group_configs],
        "criticals": opts.parse_criticals,
        "warnings": opts.parse_warnings,
        "infos": opts.parse_infos,
    }


def dump_client(args):
    opts = options.ClientOptions()
    hook_options(opts)
    opts.realize(args=args, progname="supervisorctl")
    return {
        "ok": True,
        "supervisorctl": {
            "serverurl": opts.serverurl, "username": opts.username,
            "password": opts.password, "prompt": opts.prompt,
            "history_file": opts.history_file, "interactive": bool(opts.interactive),
            "args": list(opts.args),
        },
        "ctlplugins": plugins(opts.plugin_factories),
    }


def normalise(value, here):
    if isinstance(value, str):
        return value.replace(here, "$HERE")
    if isinstance(value, list):
        return [normalise(v, here) for v in value]
    if isinstance(value, dict):
        return {k: normalise(v, here) for k, v in value.items()}
    return value


def main(argv):
    ctl = argv[:1] == ["--ctl"]
    if ctl:
        argv = argv[1:]
    config, extra = argv[0], argv[1:]
    here = os.path.dirname(os.path.abspath(config))
    try:
        result = (dump_client if ctl else dump_server)(["-c", config] + extra)
    except UsageError as e:
        result = {"ok": False, "error": str(e)}
    except SystemExit as e:  # -v / -h
        result = {"ok": False, "exit": e.code}
    except Exception as e:  # a reference crash: record the type so a test can see it
        result = {"ok": False, "crash": "%s: %s" % (type(e).__name__, e)}
    result = normalise(result, here)
    sys.stdout.write(json.dumps(result, sort_keys=True, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
