# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
def main(n):
    m = -(2**62) * 2
    print(m, m // 1, m // 2, m % -1, divmod(m, 3))
    print(m // -n)


main(1)
