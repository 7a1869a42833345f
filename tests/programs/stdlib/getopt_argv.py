# getopt at run time in translated code (rpy's lib/std/getopt.py): short and long options, unique
# prefixes, '--', operands, gnu_getopt's mixing and '+', and every GetoptError message.
import sys
import getopt

def run(argv):
    try:
        opts, rest = getopt.getopt(argv, 'ab:v', ['long=', 'flag', 'flux', 'verbose'])
    except getopt.GetoptError as e:
        print("error:", e, e.opt)
        return 2
    for o, a in opts:
        print("option", o, repr(a))
    print("rest", rest)
    return 0

def main(argv):
    run(argv[1:])
    for case in [['-a', '-bval', '--long=x', 'rest'], ['-x'], ['-b'], ['--lo'], ['--long'], ['--flag=1'], ['--f'], ['-avb', 'q', '--', '-a'], ['--verb', '-', 'z']]:
        run(case)
    opts, args = getopt.gnu_getopt(['x', '-a', 'y', '--', '-b'], 'ab:')
    print(opts, args)
    opts, args = getopt.gnu_getopt(['x', '-a', 'y'], '+ab:')
    print(opts, args)
    return 0

main(sys.argv)
