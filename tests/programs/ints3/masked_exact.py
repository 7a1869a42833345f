# A script's ints are Python's (RPYTHON.md 5): arithmetic whose value only reaches a mask
# (`& c`, `% 2**k`, intmask) computes wrapping and stays exact; everything else that fits 64 bits
# is exact too. Nothing here stops.
import sys
from rpython.rlib.rarithmetic import intmask, r_uint

MASK32 = 0xFFFFFFFF
MASK62 = (1 << 62) - 1


def str_hash(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) & 0xFFFFFFFF
    return h


def fnv1a(s):
    h = 14695981039346656037 & MASK62
    for c in s:
        h = ((h ^ ord(c)) * 1099511628211) & MASK62
    return h


def lcg(seed, n):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x)
    return out


def lcg64(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 62)
    return x


def xorshift(x, n):
    for _ in range(n):
        x ^= (x << 13) & MASK32
        x ^= x >> 17
        x ^= (x << 5) & MASK32
    return x


def mixes(a, b):
    print((a * b) & MASK32, MASK32 & (a * b * b), (a * b - b * b * b) & 0xFFFF)
    print(((a << 40) | b) & MASK62, ((a << 70) + b) & 0xFF, (-(a * b * a) * 7) & MASK32)
    print((~(a * b) * 3) & MASK32, (a ** 40) & 0xFFFFF, (a * b * a * b) % 2**16, (a - b * b * b * b) % (1 << 62))
    print(intmask(a * b * a * b), int(r_uint(a * b * a)), intmask((a << 50) * 1000))
    m = -(2**62) - 2**62
    print(intmask(m // -1), intmask(abs(m)), intmask(-m), intmask(sum([m, m, a * b])), (m // -1) & 0xFFFF)


def edges(n):
    big = 2**62 + n  # 2**62 + 1
    print(big + (2**62 - 2), -big - (2**62 - 1))
    print(-(2**62) * 2, (-2) ** 63, -1 << 63, 1 << 62, abs(-(2**62)), 2**62 // -1)
    m = -(2**62) * 2
    print(m // 1, m % -1, m // 3, divmod(m, 7), divmod(m + 1, -1))
    print(sum([2**62, 2**61, 2**60]), int(9.2e18), round(-9.2e18), 3**39, 7 ** 22)
    print(-(2 ** 63) + 1, 2 ** 64 - 2 ** 63 - 1, -(2 ** 63), (3 ** 41 - 3 ** 41 + 1) * 5)  # literal trees: exact
    t = 2**62
    t += 2**62 - 1
    print(t, t * 1, t - (t - 5), -t - 1)
    print(abs(-t), (t >> 3) * 8, t // 2 * 2, t - (t & 7))


def main():
    print(str_hash("hello world"), str_hash("rpy " * 50))
    print(fnv1a("abc"), fnv1a("the quick brown fox"))
    print(lcg(42, 5))
    print(lcg64(7, 1000))
    print(xorshift(2463534242, 20))
    mixes(123456789, 987654321)
    mixes(-99991, 2**31 + 11)
    edges(len(sys.argv))


main()
