# args: 7 -v --scale 2.5 -I a -Ib --include=c -cc --mode b --pair 3 4
# argparse in a script whose parser is configured at module level (at translation time): the
# Namespace's fields have the types of their arguments (int, float, str, bool, lists), the
# program's name is the script's, as python3 shows it.
import argparse

parser = argparse.ArgumentParser(description='Sums the first n numbers, scaled.')
parser.add_argument('n', type=int, nargs='?', default=10, help='how many numbers (default: %(default)s)')
parser.add_argument('--verbose', '-v', action='store_true', help='say more')
parser.add_argument('--scale', type=float, default=1.0)
parser.add_argument('-I', '--include', action='append', help='a directory to search')
parser.add_argument('-c', '--count', action='count', default=0)
parser.add_argument('--mode', choices=['a', 'b', 'c'], default='a')
parser.add_argument('--pair', nargs=2, type=int, metavar='N', default=[0, 0])
parser.add_argument('--quiet', dest='loud', action='store_false')
args = parser.parse_args()

total = 0
for i in range(args.n):
    total += i
print(total * args.scale)
if args.verbose:
    print('verbose', args.count + 1, args.mode.upper(), args.loud)
for d in args.include or []:
    print('include', d.upper())
print(args.pair[0] * args.pair[1])
print(args)
print(parser.format_usage(), end='')
