def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def words(s):
    return s.split()


LIMITS = (0, 10)
