# python2
# Every code point's Python 2 unicode predicates in translated code against python2.7 (Unicode
# 5.2): for each predicate, how many code points hold it and a checksum of which (surrogates left
# out: rpy keeps text as UTF-8).
import sys


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    counts = [0] * 8
    sums = [0] * 8
    cp = 0
    while cp < 0x110000:
        if 0xd800 <= cp < 0xe000:
            cp += 1
            continue
        c = unichr(cp) + t
        r = [c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(),
             c.isalnum()]
        for k in range(8):
            if r[k]:
                counts[k] += 1
                sums[k] = (sums[k] * 31 + cp) % 1000000007
        cp += 1
    print counts
    print sums
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
