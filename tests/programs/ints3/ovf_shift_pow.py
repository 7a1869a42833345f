# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
def main(a):
    print(a << 61, -a << 62, 0 << 100, 3 ** 39, (-2) ** 63, pow(7, 22), -a << 63)
    print((a + 2) ** 40)


main(1)
