"""Fannkuch-redux: for every permutation of 1..N (in the order of the
Computer Language Benchmarks Game's algorithm), count the pancake flips that
bring 1 to the front; print the alternating-sign checksum of the counts and
the largest count.

    python3 fannkuch_redux.py N
"""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            # reverse the first k + 1 items
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    checksum, flips = fannkuch(n)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, flips))
