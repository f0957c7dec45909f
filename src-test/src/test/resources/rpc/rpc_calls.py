"""Sends XML-RPC calls to a supervisord over its unix socket and prints each raw answer.

Usage: /usr/bin/python3 rpc_calls.py SOCKET < calls
Each input line is JSON: [method, [params...]] sends one call (body made by xmlrpc.client.dumps);
["sleep", seconds] pauses; ["await", namespec, STATENAME] polls getProcessInfo until the process
is in that state (at most 30 s; a daemon that restarts meanwhile is waited for). Each call prints "### <line>", "status <http status>", then the
raw response body and a line "### end".
"""
import http.client
import json
import socket
import sys
import time
import xmlrpc.client


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__('localhost', timeout=60)
        self.unix_path = path

    def connect(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(60)
        sock.connect(self.unix_path)
        self.sock = sock


def call(path, method, params):
    body = xmlrpc.client.dumps(tuple(params), method).encode('utf-8')
    conn = UnixConnection(path)
    try:
        conn.request('POST', '/RPC2', body, {'Content-Type': 'text/xml'})
        response = conn.getresponse()
        return response.status, response.read().decode('utf-8')
    finally:
        conn.close()


def await_state(path, name, statename):
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            status, body = call(path, 'supervisor.getProcessInfo', [name])
            if status == 200 and xmlrpc.client.loads(body)[0][0]['statename'] == statename:
                return
        except (OSError, http.client.HTTPException, xmlrpc.client.Fault):
            pass    # restarting: not answering, or answering SHUTDOWN_STATE
        time.sleep(0.1)
    sys.exit('%s never reached %s' % (name, statename))


def main():
    path = sys.argv[1]
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        step = json.loads(line)
        if step[0] == 'sleep':
            time.sleep(step[1])
        elif step[0] == 'await':
            await_state(path, step[1], step[2])
        else:
            status, body = call(path, step[0], step[1])
            sys.stdout.write('### %s\nstatus %d\n%s### end\n' % (line, status, body))
            sys.stdout.flush()


main()
