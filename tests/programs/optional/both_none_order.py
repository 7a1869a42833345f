# check-traceback
# Two values that may both be None, ordered: Python 3's TypeError names both operands' types.
import sys

lo = None
hi = None
if len(sys.argv) > 5:
    lo, hi = 1, 2
print("comparing")
print(lo < hi)
