"""Trial-division primes: the seed article's algorithm (python_prime.py).

Every number below N is divided by 2, 3, ... until a divisor is found; the ones
with none are prime.  Prints how many primes there are below N, their sum and
the largest.

    python3 primes.py N
"""
import sys


def prime(n):
    primes = []
    for num in range(0, n):
        if num > 1:
            for i in range(2, num):
                if (num % i) == 0:
                    break
            else:
                primes.append(num)
    return primes


def main(n):
    primes = prime(n)
    print("primes below %d: %d, sum %d, largest %d" % (n, len(primes), sum(primes), primes[-1]))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
