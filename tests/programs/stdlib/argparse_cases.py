# same-stderr
# argparse configured with constants inside a function (rpy builds the parser while the module is
# imported): python3's parsing of many command lines -- abbreviations, `--opt=value`, joined
# short flags, `--`, nargs patterns, negative numbers -- and its help, usage and error messages
# (stderr, exit status 2), the help's layout included.
import sys
import argparse


def make_parser():
    p = argparse.ArgumentParser(prog='cases', description='Copies the sources to the destination, '
                                'a description long enough to be wrapped over two lines of help.',
                                epilog='Report bugs to nobody.')
    p.add_argument('src', nargs='+', help='the files to copy')
    p.add_argument('dst', help='where they go')
    p.add_argument('-n', '--dry-run', action='store_true', help='only show what would be done')
    p.add_argument('-j', '--jobs', type=int, default=1, help='parallel jobs (default: %(default)s)')
    p.add_argument('--ratio', type=float, default=0.5)
    p.add_argument('--level', type=int, choices=[1, 2, 3])
    p.add_argument('-x', '--exclude', action='append', metavar='PATTERN', help='skip matching files')
    p.add_argument('--tag', nargs='?', const='latest', default='none')
    p.add_argument('--only', nargs='*', default=[])
    p.add_argument('--verbosity', '-v', action='count')
    p.add_argument('--version', action='version', version='%(prog)s 2.1')
    p.add_argument('--a-very-long-option-name', help='an option whose invocation does not fit beside its help')
    return p


def run(argv):
    p = make_parser()
    sys.stdout.flush()
    try:
        a = p.parse_args(argv)
    except SystemExit:
        sys.stderr.flush()
        print('exit')
        return
    print(a.src, a.dst, a.dry_run, a.jobs * 2, a.ratio * 2, a.level, a.exclude, a.tag, a.only, a.verbosity)


def main():
    for argv in [['a', 'b'], ['a', 'b', 'c', '-n', '-j', '4'], ['--jobs=3', 'a', 'b'], ['--dry', 'a', 'b'],
                 ['a', 'b', '--level', '2', '-x', '*.o', '-x*.a', '--exclude=tmp'], ['-vvv', 'a', 'b'],
                 ['a', 'b', '--tag'], ['a', 'b', '--tag', 'v1'], ['a', '--only', 'x', 'y', '--', 'b'],
                 ['--ratio', '-1.5', 'a', 'b'], ['a'], [], ['a', 'b', '--level', '4'], ['a', 'b', '-j', 'many'],
                 ['a', 'b', '--bogus', 'c'], ['a', 'b', '-j'], ['a', 'b', '--ver'], ['--version'], ['-h'],
                 ['a', 'b', '-nv', '-j5'], ['a', 'b', '--ratio', 'x'], ['-', 'b']]:
        print('>>', ' '.join(argv))
        run(argv)


if __name__ == '__main__':
    main()
