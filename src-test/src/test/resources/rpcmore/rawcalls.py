"""Test driver: sends XML-RPC calls, built by Python's own xmlrpc.client, over a unix socket and
prints every raw answer (HTTP status and body), so two daemons can be compared byte for byte.

usage: python3 rawcalls.py SOCKET < calls
Each input line is a Python literal (method, (params...)); lines starting with '#' are skipped.
"""
import ast
import http.client
import socket
import sys
import xmlrpc.client


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__('localhost')
        self.unix_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.unix_path)


def call(path, method, params):
    body = xmlrpc.client.dumps(tuple(params), method).encode('utf-8')
    conn = UnixConnection(path)
    conn.request('POST', '/RPC2', body, {'Content-Type': 'text/xml'})
    reply = conn.getresponse()
    data = reply.read()
    conn.close()
    return reply.status, data


def main():
    path = sys.argv[1]
    out = sys.stdout
    for line in sys.stdin:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        method, params = ast.literal_eval(line)
        status, data = call(path, method, params)
        if status != 200:
            data = b''   # error pages carry the server's date; the status says enough
        out.write('>>> %s%r\n%d\n%s\n' % (method, tuple(params), status, data.decode('utf-8', 'replace')))
    out.flush()


main()
