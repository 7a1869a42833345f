# python2
# getopt in an RPython program's entry point (Python 2.7's messages, the same as Python 3's), and
# while the module is imported.
import getopt

AT_IMPORT = getopt.getopt(['-a', '--long', 'v', 'x'], 'a', ['long='])


def run(argv):
    try:
        opts, rest = getopt.getopt(argv, 'ab:v', ['long=', 'flag', 'flux', 'verbose'])
    except getopt.GetoptError as e:
        print "error:", e.msg, e.opt
        return 2
    for o, a in opts:
        print "option", o, repr(a)
    print "rest", rest
    return 0


def entry_point(argv):
    print AT_IMPORT
    run(argv[1:])
    for case in [['-a', '-bval', '--long=x', 'rest'], ['-x'], ['-b'], ['--lo'], ['--long'], ['--flag=1'], ['--f'],
                 ['-avb', 'q', '--', '-a'], ['--verb', '-', 'z']]:
        run(case)
    opts, args = getopt.gnu_getopt(['x', '-a', 'y', '--', '-b'], 'ab:')
    print opts, args
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
