# A bare-protocol listener: READY, read one envelope, append it to $REC_FILE, answer.
# REMOTE_COMMUNICATION "failme" is answered FAIL once; "die" makes it exit once without answering.
import os
import sys

rec = os.environ['REC_FILE']


def once(flag):
    path = rec + '.' + flag
    if os.path.exists(path):
        return False
    open(path, 'w').close()
    return True


def say(text):
    sys.stdout.write(text)
    sys.stdout.flush()


while True:
    say('READY\n')
    line = sys.stdin.readline()
    if not line:
        break
    headers = dict(token.split(':', 1) for token in line.split())
    body = sys.stdin.read(int(headers['len']))
    with open(rec, 'a') as out:
        out.write(line + body + '\n--END--\n')
    if body.startswith('type:die') and once('died'):
        sys.exit(0)
    if body.startswith('type:failme') and once('failed'):
        say('RESULT 4\nFAIL')
    else:
        say('RESULT 2\nOK')
