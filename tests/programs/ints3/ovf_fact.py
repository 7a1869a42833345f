# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


for k in (5, 20, 21, 25):
    print(k, fact(k))
