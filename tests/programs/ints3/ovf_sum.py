# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
def totals(rows):
    for row in rows:
        print(sum(row))


totals([[2**62, 2**61, 2**60], [2**62, 2**62 - 1], [2**62, 2**62]])
