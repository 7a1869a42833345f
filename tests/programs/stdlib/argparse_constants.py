# args: -j 3 --mode slow in.txt
"""Copies files (the module's docstring is the parser's description)."""
# A parser configured in main() with the module's constants (DEFAULT_JOBS, MODES[0], a help text
# built with %): rpy builds it while the module is imported, right before main, reading the
# constants' values (names main does not bind, bound once before it).
import sys
import argparse

DEFAULT_JOBS = 4
MODES = ['fast', 'slow']


def main(argv=None):
    parser = argparse.ArgumentParser(prog='copy', description=__doc__)
    parser.add_argument('-j', '--jobs', type=int, default=DEFAULT_JOBS, help='parallel jobs (default %d)' % DEFAULT_JOBS)
    parser.add_argument('--mode', choices=MODES, default=MODES[0], help='%s or %s' % (MODES[0], MODES[1]))
    parser.add_argument('files', nargs='*')
    args = parser.parse_args(argv)
    print(args.jobs * 10, args.mode, args.files)
    parser.print_help()


if __name__ == '__main__':
    main()
    main(['x', 'y'])
