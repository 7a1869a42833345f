# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
counts = {}


def bump(key, n):
    counts[key] = counts.get(key, 0) + n


def main():
    top = 2**62
    low = -top
    print(top + (top - 1), low - top)
    total = 0
    for i in range(2):
        total = total + (top - i)
        print(i, total)
    bump("a", top)
    bump("a", top - 1)
    print(counts)
    bump("a", 1)
    print(counts)


main()
