# args: 3 4 5
import sys


def product(values):
    p = 1
    for v in values:
        p *= v
    return p


def main(args):
    nums = [int(a) for a in args[1:]]
    print(len(nums), nums, product(nums))
    if product(nums) > 50:
        return 4
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
