# args: --help
# argparse's -h/--help at run time: python3's help (the usage wrapped over lines, the options'
# help beside them or under them), exit status 0.
import argparse

parser = argparse.ArgumentParser(description='A tool with many options, to show how the usage line wraps.')
for name in ['alpha', 'beta-gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    parser.add_argument('--' + name, help='the %s setting, which needs a rather long explanation indeed' % name)
parser.add_argument('--hidden', help=argparse.SUPPRESS)
parser.add_argument('inputs', nargs='+', metavar='INPUT')
parser.add_argument('output')
args = parser.parse_args()
print(args.inputs)
