# Slices and slice deletion with negative and out-of-range bounds and steps, on lists and strs.
from __future__ import print_function
import os, sys
def show(l, s):
    print(s[::-1], l[::-1], s[8:2:-2], l[8:2:-2], s[-1:-20:-3], l[-1:-20:-3], s[20:-20:-1], l[20:-20:-1])
    print(s[3::-1], l[3::-1], s[:3:-2], l[:3:-2], s[-20:20:2], l[-20:20:2], s[1::3], l[1::3])
    for lo, hi, st in [(0, 10, -1), (8, 2, -2), (-1, -20, -3), (20, -20, -1), (-20, 20, 2), (1, 10, 3)]:
        m = list(l)
        del m[lo:hi:st]
        print(m, s[lo:hi:st])
def entry_point(argv):
    show([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "abcdefghij")
    return 0
def target(*a): return entry_point, None
if __name__ == '__main__': sys.exit(entry_point(sys.argv))
