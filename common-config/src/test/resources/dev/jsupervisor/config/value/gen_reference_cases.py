"""Regenerates the *ReferenceCases.java tables from the reference (Debian's supervisor 4.2.5).

Run from anywhere with Debian's interpreter:  /usr/bin/python3 gen_reference_cases.py <common-config dir>
Each case is (function, input, expected) where expected is the reference's result rendered as
the Java tests render ours, or "!" + the exception text.
"""
import getopt
import os
import shlex
import sys

os.chdir('/')  # supervisor/xmlrpc.py must not shadow the stdlib module
from supervisor import datatypes as d
from supervisor.options import expand


def java(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif 0x20 <= cp < 0x7f:
            out.append(ch)
        elif cp > 0xffff:
            b = chr(cp).encode('utf-16-be')
            out.append('\\u%02x%02x\\u%02x%02x' % tuple(b))
        else:
            out.append('\\u%04x' % cp)
    return '"' + ''.join(out) + '"'


def render(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(render(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join('%s=%s' % (k, x) for k, x in v.items()) + '}'
    if isinstance(v, type):
        return {'RestartUnconditionally': 'ALWAYS', 'RestartWhenExitUnexpected': 'UNEXPECTED'}[v.__name__]
    return str(int(v)) if isinstance(v, int) else str(v)


def run(fn, arg):
    try:
        return render(fn(arg))
    except Exception as e:
        return '!' + str(e)


def autorestart(v):
    r = d.auto_restart(v)
    return 'NEVER' if r is False else r


def levelname(v):
    n = d.logging_level(v)
    return {50: 'CRIT', 40: 'ERRO', 30: 'WARN', 20: 'INFO', 10: 'DEBG', 5: 'TRAC', 3: 'BLAT'}[n]


def inet(v):
    h, p = d.inet_address(v)
    return '%s|%d' % (h, p)


CONVERTERS = {
    'bool': (d.boolean, ['yes', 'YES', 'True', 'on', '1', 'no', 'OFF', '0', 'false', 'maybe', ' yes', '', 'ye s',
                         "it's", 'x"y\'', 'tRuE', '\u0130']),
    'integer': (d.integer, ['0', '42', ' 42 ', '-7', '+7', '1_000', '1__0', '_1', '1_', 'x', '', ' ', '1.5', '0x10',
                            '007', '\u0663', '\u0661\u0662', '+-1', '- 1', '\t9\n', '\u00a012\u2003', '2147483647',
                            '1e3', 'a' * 250, '\x07', '\u3000']),
    'byteSize': (d.byte_size, ['0', '123', '10kb', '10KB', '10 KB', '50MB', '1gb', '1GB', ' 5 ', '-5GB', '5B',
                               '1_0MB', 'KB', 'abc', '1.5MB', 'kb', 'b', '5 kb ', '7Kb', 'MB5', '0gb']),
    'octal': (d.octal_type, ['022', '0022', '0o22', '0O7', '7', '8', '', ' 7 ', '-7', '0_7', '0o_7', '0o', '0x7',
                             '777', 'abc', '0o8', '\u0663']),
    'signalNumber': (d.signal_number, ['TERM', 'term', 'SIGTERM', 'sigterm', 'Term', '15', ' 15', '+15', '1_5', '0',
                                       '31', '32', '33', '34', '35', '63', '64', '65', '-1', 'foo', '', 'SIGIOT',
                                       'SIGCLD', 'POLL', 'SIGRTMIN', 'rtmax', 'SIG_DFL', 'sig_ign', '_BLOCK',
                                       'SIG_SETMASK', 'NSIG', ' TERM ', 'SIGSIGTERM', 'KILL', 'HUP', 'USR1',
                                       'usr2', 'WINCH', 'sigkill\n', '\u017figterm', '\u0131nt', 'SIGSTKFLT']),
    'exitCodes': (d.list_of_exitcodes, ['', '0', '0,2', '1, 2', ' 3 ,4', '1,,2', '256', '255', '-1', 'a', ',',
                                        '1,', '0_1', '99999999999999999999']),
    'autoRestart': (autorestart, ['true', 'TRUE', 'yes', '1', 'on', 'false', 'no', '0', 'OFF', 'unexpected',
                                  'Unexpected', 'maybe', 'MAYBE', '', ' true']),
    'listOfStrings': (d.list_of_strings, ['', 'a', 'a,b', ' a , ,b,', ',', 'x y, z']),
    'keyValuePairs': (d.dict_of_key_value_pairs, [
        '', 'A=1', 'A=1,B=2', 'A="x y",B=\'z\'', 'A=1 B=2', 'A=1;B=2', 'A=1,B', 'A', '=1', 'A=', 'A==1',
        'PATH=/usr/bin:/bin', 'A=a-b+c.(d)', 'A=x@y', 'A="x@y"', 'A="unterminated', "A='a\"b'", 'A="a,b",C=d',
        'A=1,,B=2', 'A=1,B=2,', 'A = 1 , B = 2', 'K"x"=1', '"K"=1', 'A=1#comment', 'A=x#y\nB=2', 'A=\u00e9',
        'A=\u00e9\u00e9', 'A=1\nB=2', 'A=""', "A=''", 'A="\'x\'"', 'A=b"c"', 'A=1,A=2', 'A_B=C_D', 'a=1',
        'A=%(x)s', 'A=$HOME', 'A=~/x', 'A=\\n']),
    'inetAddress': (inet, ['80', '127.0.0.1:9001', 'Host:80', '*:80', ':80', ':', '', 'x', 'a:b:80', ' 80 ',
                           '[::1]:80', '0', '65535', '65536', 'h:0', 'h:65536', 'h:x', 'h:', '80000', '-1',
                           'LOCALHOST:1_0', 'h: 80']),
    'url': (d.url, ['http://localhost:9001', 'unix:///tmp/sock', 'foo', 'http:', 'http://', 'x:y', '1x:y',
                    'http:;p', 'http:;p/x', 'unix:', 'unix:/x', ' http://x', 'a\tb:x', '\x00http://x',
                    'http://[::1]:80', 'http://[::1', 'http://[v1.x]', 'http://[vz]', 'http://[1.2.3.4]',
                    'http://[foo]', 'http://a[::1]', 'http://[::1]x', 'http://x]', 'http://\uff41',
                    'http://a\u2100b', 'http://[::ffff:1.2.3.4]', 'http://[1:2:3:4:5:6:7:8]',
                    'http://[1:2:3:4:5:6:7:8:9]', 'http://[::1%eth0]', 'http://[fe80::1%]', 'HTTP://X',
                    'http:?q', 'http:#f', 'http://u@[::1]:80', 'http://[::1]@h', 'ht-tp+s.x://h', 'h_t://h',
                    'http://[1::2::3]', 'http://[12345::]', 'http://[::1.2.3]', 'http://[:1:2:3:4:5:6:7]',
                    'http://[1:2:3:4:5:6:7::]', 'http://[::]', 'http://[01.2.3.4]']),
    'processOrGroupName': (d.process_or_group_name, ['foo', ' foo ', 'a b', ' a b ', 'a:b', 'a/b', 'a:b/c',
                                                     'a\tb', '', "it's", 'x\n']),
    'loggingLevel': (levelname, ['info', 'INFO', 'Trace', 'blather', 'critical', 'error', 'warn', 'debug',
                                 'warning', 'crit', '50', '', ' info', "o'x"]),
}

REPRS = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'back\\slash', '\x07',
         '\x00', '\x7f', '\x80', '\xa0', '\xe9', '\u0100', '\u2028', '\u3000', '\ufeff', '\ue000', '\U0001f600',
         '\U000e0001', '\u0378', '\x1b[31m', 'caf\u00e9', '\u200b', '\U0010ffff', '\u00ad']

SHLEX_LEGACY = ['a b', 'A=1,B=2', 'A="x y"', "A='x y' B", 'a"b c"', 'x#y\nz', '# c\nq', 'p/q.r+s-t(u):v',
                'a@b', '"open', "'open", '""', 'a"', '\u00e9a', 'a\u00e9', 'a;b', 'a\\b', '\t\r\n', '"a\\"b"']
SHLEX_POSIX = ['a b', ' a  b ', "'a b' c", '"a b" c', 'a\\ b', '"a\\"b"', '"a\\nb"', "'a\\b'", 'a"b"c', "''",
               '""', 'a "" b', '"open', "'open", 'a\\', '"a\\', '#x y', 'a#b', '\u00e9 x', 'x\ty\nz',
               'sh -c "echo $HOME; ls"', "a'b'\"c\"d", '\\\\', '"\\\\"']

EXPAND_NAMES = {'here': '/tmp', 'n': 5, 'neg': -7, 's': "it's", 'e': '', 'big': 123456789012,
                'ENV_HOME': '/root', 'program_name': 'cat'}
EXPANDS = ['plain', 'a%(here)s', '%(nope)s', '%(here)d', '%(n)s', '%(n)05d', '%(n)-5d|', '%(n)+d', '%(n) d',
           '%(n)#x', '%(n)#o', '%(n)X', '%(n).3d', '%(neg)x', '%(n)e', '%(n)f', '%(n)g', '%(n)c', '%(here)c',
           '%(here)r', '%(n)r', '%(s)r', '%(here)a', '%(here).2s', '%(here)10s|', '%(here)-10s|', '%', 'x%',
           '%(here', '%(here)', '%(here)z', '%z', '%s', '%d', '%(here)s %s', '%s%s', '%%', '100%%', '%(n)*d',
           '%*d', '%(n)ld', '%(n)hd', '%(n)Ld', '%(n)i', '%(n)u', '%(here)i', '%(here)x', '%(here)e',
           '%(a(b)c)s', '%(n)5.2f', '%(n)%', '% %', '%5%', '%(nope)d %(z', '%(here)\u00fc',
           '%(n)99999999999999999999d', '%(n).99999999999999999999d', '%(n)*z', '%(here)*z', '%(n).*d',
           '%(here).*d', '%-', '%(n)l', '%(n)ll', '%(n)lz', '%(nope)', '%(nope)5', '%(s)s %(n)s',
           '%(n)08.3d', '%(neg)08.3d', '%(n)-08d|', '%(neg)+#08x', '%(n)+ d', '%(n)08.3f', '%(neg)#o',
           '%(big)e', '%(big)g', '%(n).0e', '%(n)#g', '%(n)#.0f', '%(n)10c|', '%(neg)c', '%(n)010s',
           '%(here)0-5s|', '%(n)#d', '%(here)5r', '%()s', '%(here)s%', '%(big)E', '%(big)G', '%(big).2f',
           '%(neg)e', '%(neg)+g', '%(n).10g', '%(big).3g', '%(big)#.3g', '%(e)s|', '%(ENV_HOME)s/x',
           '%(program_name)s_%(n)02d', '\u00e9%(here)s\U0001f600', '%(here)s %z', '%(n)c%(n)', '%(s)c',
           '%(big)c', '%(big)x', '%(n)-+5d|', '%(n)- 5d|', '%(neg) d', '%(n)#X', '%(n)#5x|', '%(n)#05o']

GETOPT_SHORT = 'h?c:vnu:m:d:l:y:z:e:j:i:q:a:kts'
GETOPT_LONG = ['help', 'configuration=', 'version', 'nodaemon', 'user=', 'umask=', 'directory=', 'logfile=',
               'logfile_maxbytes=', 'logfile_backups=', 'loglevel=', 'pidfile=', 'identifier=', 'childlogdir=',
               'minfds=', 'minprocs=', 'nocleanup', 'strip_ansi', 'profile_options=', 'silent']
GETOPTS = [[], ['-n'], ['-c', 'f'], ['-cf'], ['-nc', 'f'], ['-ncf', 'x'], ['-c'], ['-x'], ['--bogus'],
           ['--nodaemon=1'], ['--con'], ['--con=f'], ['--configuration', 'f'], ['--configuration'], ['--c'],
           ['--m'], ['--mi', '5'], ['--min'], ['--minp=3'], ['--=x'], ['--'], ['--', '-n'], ['-'], ['-', '-n'],
           ['x', '-n'], ['-n', 'x', '-c', 'f'], ['-:'], ['-?'], ['-h?'], ['--h'], ['--he=x'], ['-\u00e9'],
           ['--lo=x'], ['--logfile_=x'], ['--s'], ['--si'], ['-c', '--nodaemon'], ['-n', '--', '--x'],
           ['--help', 'x'], ['-kts'], ['-e', ''], ['--loglevel='], ['--pro=a,b'], ['-nn'], ['--logfile', '-n']]


def converter_cases(out):
    for name, (fn, inputs) in CONVERTERS.items():
        for v in inputs:
            out.append((name, v, run(fn, v)))


def repr_cases(out):
    for v in REPRS:
        out.append(('repr', v, repr(v)))
        out.append(('ascii', v, ascii(v)))


def shlex_cases(out):
    def legacy(v):
        lex = shlex.shlex(v)
        lex.wordchars += '/.+-():'
        return list(lex)
    for v in SHLEX_LEGACY:
        out.append(('legacy', v, run(lambda x: '\x1f'.join(legacy(x)), v)))
    for v in SHLEX_POSIX:
        out.append(('posix', v, run(lambda x: '\x1f'.join(shlex.split(x)), v)))


def expand_cases(out):
    for v in EXPANDS:
        out.append(('expand', v, run(lambda x: expand(x, dict(EXPAND_NAMES), 'program:x.command'), v)))


def getopt_cases(out):
    for args in GETOPTS:
        def go(a):
            opts, rest = getopt.getopt(a, GETOPT_SHORT, GETOPT_LONG)
            return ' '.join('%s=%s' % o for o in opts) + ' | ' + ' '.join(rest)
        out.append(('getopt', '\x1f'.join(args), run(go, args)))


def write(directory, package, cls, cases):
    lines = ['package dev.jsupervisor.config.%s;' % package, '',
             'import java.util.List;', '',
             '/** Generated by value/gen_reference_cases.py from the reference; do not edit by hand. */',
             'final class %s {' % cls,
             '    private %s() {}' % cls, '',
             '    /** {kind, input, expected}: expected is the rendered result or "!" + the error text. */',
             '    static final List<String[]> CASES = List.of(']
    body = ['        new String[] {%s, %s, %s}' % (java(a), java(b), java(c)) for a, b, c in cases]
    lines.append(',\n'.join(body) + ');')
    lines.append('}')
    path = os.path.join(directory, 'src/test/java/dev/jsupervisor/config', package, cls + '.java')
    with open(path, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    base = sys.argv[1]
    value_cases = []
    converter_cases(value_cases)
    repr_cases(value_cases)
    shlex_cases(value_cases)
    write(base, 'value', 'ValueReferenceCases', value_cases)
    expand = []
    expand_cases(expand)
    write(base, 'expand', 'ExpandReferenceCases', expand)
    opts = []
    getopt_cases(opts)
    write(base, 'cli', 'GetoptReferenceCases', opts)


main()
