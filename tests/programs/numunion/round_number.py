# round() of a number that is an int or a float at run time: each kind rounds as it would alone.
import sys
def pick(k):
    return 7 if k > 2 else 2.675
for k in (1, 3):
    x = pick(k + len(sys.argv))
    print(round(x, 2), round(x), round(x, -1), round(x, 0))
print(round(sum([]), 1), round(sum([1.25, 2]), 1))
