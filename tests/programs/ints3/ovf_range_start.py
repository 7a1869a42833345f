# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
# The index of a range with a negative start may be -2**63: i - 1 keeps its check.
def lows(start, stop):
    for i in range(start, stop):
        print(i - 1)


lows(-2 ** 63 + 2, -2 ** 63 + 4)
lows(-2 ** 63, -2 ** 63 + 2)
