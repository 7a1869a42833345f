# args: --size big 3
# same-stderr
# An argparse error at run time: python3's usage and `prog: error: ...` on stderr, exit status 2.
import argparse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('count', type=int)
    parser.add_argument('--size', type=int, default=1, help='the size')
    args = parser.parse_args()
    print(args.count * args.size)


main()
