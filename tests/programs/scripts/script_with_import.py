import sys
import os
import math


def circle_area(r):
    return math.pi * r * r


if __name__ == '__main__':
    print("%.4f" % circle_area(2.0))
    print(os.path.join("a", "b"))
    print(len(sys.argv))
