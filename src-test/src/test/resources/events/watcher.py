# A superlance-style listener: supervisor.childutils for the protocol, and calls back into the
# daemon through SUPERVISOR_SERVER_URL with XML-RPC.
import os
import sys

from supervisor import childutils


def main():
    rpc = childutils.getRPCInterface(os.environ)
    out = os.environ['REC_FILE']
    while True:
        headers, payload = childutils.listener.wait(sys.stdin, sys.stdout)
        fields, data = childutils.eventdata(payload + '\n')
        line = '%s %s' % (headers['eventname'], sorted(fields.items()))
        if headers['eventname'] == 'REMOTE_COMMUNICATION' and fields.get('type') == 'ask':
            info = rpc.supervisor.getProcessInfo('g:ok')
            names = sorted(p['name'] for p in rpc.supervisor.getAllProcessInfo())
            line += ' ok=%s all=%s' % (info['statename'], names)
        with open(out, 'a') as f:
            f.write(line + '\n')
        childutils.listener.ok(sys.stdout)


if __name__ == '__main__':
    main()
