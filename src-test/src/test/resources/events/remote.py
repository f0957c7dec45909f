# sendRemoteCommEvent(type, data) for each pair of Python literals on the command line.
import ast
import sys
import xmlrpc.client

from supervisor.xmlrpc import SupervisorTransport

proxy = xmlrpc.client.ServerProxy('http://127.0.0.1', transport=SupervisorTransport(None, None, 'unix://' + sys.argv[1]))
args = sys.argv[2:]
for i in range(0, len(args), 2):
    print(proxy.supervisor.sendRemoteCommEvent(ast.literal_eval(args[i]), ast.literal_eval(args[i + 1])))
