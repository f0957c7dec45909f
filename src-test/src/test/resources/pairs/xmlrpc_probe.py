"""Calls XML-RPC methods with Python's own xmlrpc.client and prints each result with its XML-RPC types.

Usage: python3 xmlrpc_probe.py <unix socket path | http://host:port> <user or -> <password or -> <dir>
Reads one call per line from stdin: <label> TAB <method> TAB <params as a Python literal list>.
Writes one line per call: <label> TAB <typed result>. Values that differ between two daemons and two
moments (pids, times, the temp dir, log timestamps) are masked, their types kept.
"""
import ast
import http.client
import re
import socket
import sys
import xmlrpc.client

VOLATILE_INTS = {"pid", "now", "start", "stop"}
DAEMON_PID = []


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        http.client.HTTPConnection.__init__(self, "localhost", timeout=20)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(20)
        self.sock.connect(self.socket_path)


class UnixTransport(xmlrpc.client.Transport):
    def __init__(self, path):
        xmlrpc.client.Transport.__init__(self)
        self.socket_path = path

    def make_connection(self, host):
        return UnixConnection(self.socket_path)


def mask_text(text, tmpdir):
    text = text.replace(tmpdir, "<DIR>")
    text = re.sub(r"---pairs-[A-Za-z0-9_]+\.log", "---pairs-<RANDOM>.log", text)
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", "<TS>", text)
    text = re.sub(r"pid \d+, uptime \d+:\d\d:\d\d", "pid <PID>, uptime <UP>", text)
    text = re.sub(r"[A-Z][a-z]{2} \d\d \d\d:\d\d [AP]M", "<DATE>", text)
    return re.sub(r"with pid \d+", "with pid <PID>", text)


def typed(value, tmpdir, key=None):
    if isinstance(value, bool):
        return "boolean:%s" % value
    if isinstance(value, int):
        if value in DAEMON_PID:
            return "int:<DAEMON PID>"
        return "int:%s" % ("<N>" if key in VOLATILE_INTS and value != 0 else value)
    if isinstance(value, float):
        return "double:%r" % value
    if isinstance(value, str):
        return "string:%r" % mask_text(value, tmpdir)
    if isinstance(value, (bytes, xmlrpc.client.Binary)):
        return "base64"
    if isinstance(value, xmlrpc.client.DateTime):
        return "dateTime"
    if isinstance(value, list):
        return "array[" + ", ".join(typed(v, tmpdir) for v in value) + "]"
    if isinstance(value, dict):
        return "struct{" + ", ".join("%s=%s" % (k, typed(value[k], tmpdir, k)) for k in value) + "}"
    return "other:%s" % type(value).__name__


def call(proxy, method, params, tmpdir):
    try:
        target = proxy
        for part in method.split("."):
            target = getattr(target, part)
        return typed(target(*params), tmpdir)
    except xmlrpc.client.Fault as f:
        return "fault:%d:%r" % (f.faultCode, mask_text(f.faultString, tmpdir))
    except xmlrpc.client.ProtocolError as e:
        return "http:%d %s" % (e.errcode, e.errmsg)
    except Exception as e:  # a broken answer is itself a result to compare
        return "error:%s" % type(e).__name__


def main():
    where, user, password, tmpdir = sys.argv[1:5]
    if where.startswith("http://"):
        auth = "" if user == "-" else "%s:%s@" % (user, password)
        proxy = xmlrpc.client.ServerProxy(where.replace("http://", "http://" + auth) + "/RPC2")
    else:
        proxy = xmlrpc.client.ServerProxy("http://localhost/RPC2", transport=UnixTransport(where))
    try:
        DAEMON_PID.append(proxy.supervisor.getPID())
    except Exception:
        pass
    for line in sys.stdin:
        if not line.strip():
            continue
        label, method, params = line.rstrip("\n").split("\t")
        print("%s\t%s" % (label, call(proxy, method, ast.literal_eval(params), tmpdir)), flush=True)


main()
