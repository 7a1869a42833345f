# args: 4
# The `sys.exit(main())` idiom at module level: main's result is the exit status.
import sys

RESULTS = []


def main():
    n = int(sys.argv[1])
    for i in range(n):
        RESULTS.append(i * i)
    print("results", RESULTS)
    return 3 if sum(RESULTS) > 10 else 0


sys.exit(main())
