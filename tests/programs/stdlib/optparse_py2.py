# python2
# same-stderr
# optparse in an RPython program: a parser configured at module level and one configured with
# constants in the entry point (rpy builds it while the module is imported); Python 2.7's
# parsing (abbreviated long options, -fVALUE, --opt=value, joined flags, '--', interspersed
# operands, 0x/0b/0 int prefixes) and its help, usage and error messages.
import sys
import optparse

TOP = optparse.OptionParser(usage='%prog [options] file...', version='%prog 1.0',
                            description='Reports on files, with a description long enough '
                            'to be wrapped over two lines of the help.')
TOP.add_option('-f', '--file', dest='filename', help='write the report to FILE', metavar='FILE')
TOP.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
               help="don't print status messages to stdout")
TOP.add_option('-n', '--num', type='int', default=3, help='how many [default: %default]')
TOP.add_option('-x', type='float', default=0.5)
TOP.add_option('-v', action='count', dest='verbosity')
TOP.add_option('--mode', type='choice', choices=['fast', 'slow'], default='fast')
TOP.add_option('-I', action='append', dest='incs')
TOP.add_option('--pt', nargs=2, type='int')
TOP.add_option('--secret', help=optparse.SUPPRESS_HELP)


def run(parser, argv):
    try:
        (options, args) = parser.parse_args(argv)
    except SystemExit:
        print 'exit'
        return
    print options.filename, options.verbose, options.num * 2, options.x * 2, options.verbosity, options.mode
    print options.incs, options.pt, args


def entry_point(argv):
    inner = optparse.OptionParser()
    inner.add_option('--level', type=int, default='7', help='the level')
    inner.add_option('-d', '--debug', action='store_true')
    for case in [[], ['a', 'b'], ['-f', 'x', '-q', 'pos'], ['-fx'], ['--file=y'], ['--fi', 'z'], ['--ver'],
                 ['-n', '0x1f'], ['-n', '010'], ['-n', '0b101'], ['-n', 'abc'], ['-x', '2.5e3'], ['-x', 'q'],
                 ['-vvv'], ['--mode', 'medium'], ['--mode=slow'], ['-I', 'a', '-Ib'], ['--pt', '1', '2'],
                 ['--pt', '1'], ['-f'], ['-z'], ['--zzz'], ['a', '--', '-f', 'b'], ['-qvf', 'out', 'x'],
                 ['--help'], ['--version']]:
        print '>>', ' '.join(case)
        sys.stdout.flush()
        run(TOP, case)
        sys.stderr.flush()
    for case in [['--level', '3', 'x'], ['-d'], [], ['-h'], ['--level=q']]:
        print '>>', ' '.join(case)
        sys.stdout.flush()
        try:
            (options, args) = inner.parse_args(case)
        except SystemExit:
            print 'exit'
            continue
        print options.level + 1, options.debug, args
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
