"""Test driver: GET a log-tail URL over a unix socket with HTTP/1.1, optionally append to a file
while the stream is open, and print what arrived (status line, header names, de-chunked body).

usage: python3 logtail.py SOCKET PATH SECONDS [APPEND_FILE APPEND_TEXT]
"""
import socket
import sys
import threading
import time


def main():
    path, url, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    sock.sendall(('GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n' % url).encode('ascii'))
    if len(sys.argv) > 5:
        def append():
            time.sleep(seconds / 3)
            with open(sys.argv[4], 'a') as f:
                f.write(sys.argv[5])
        threading.Thread(target=append, daemon=True).start()
    deadline = time.time() + seconds
    data = b''
    closed = False
    while time.time() < deadline:
        sock.settimeout(max(0.01, deadline - time.time()))
        try:
            piece = sock.recv(65536)
        except socket.timeout:
            break
        if not piece:
            closed = True
            break
        data += piece
    sock.close()
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    print(lines[0])
    for field in lines[1:]:
        name = field.split(':', 1)[0]
        value = field.split(':', 1)[1].strip()
        # dates change; their presence and order are what matter
        print('%s: %s' % (name, '<date>' if name in ('Date', 'Last-Modified') else value))
    print('--- body%s ---' % (' (closed)' if closed else ''))
    sys.stdout.write(dechunk(body).decode('utf-8', 'replace') if 'chunked' in head.decode('latin-1') else
                     body.decode('utf-8', 'replace'))


def dechunk(body):
    out = b''
    while body:
        size_line, sep, rest = body.partition(b'\r\n')
        if not sep:
            break
        size = int(size_line, 16)
        if size == 0:
            out += b'<end>'
            break
        out += rest[:size]
        body = rest[size + 2:]
    return out


main()
