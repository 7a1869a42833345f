# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
# A range loop's index that the program also assigns otherwise is not bounded by the range: i + 1
# keeps its check.
def step(n):
    for i in range(n):
        print(i + 1)
    i = 2 ** 63 - 1
    print(i + 1)


step(2)
