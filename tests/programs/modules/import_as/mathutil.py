import math


def hyp(a, b):
    return math.sqrt(a * a + b * b)


PI2 = math.pi * 2
