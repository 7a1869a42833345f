# A range loop's index plus or minus a small constant: the generated code leaves out the overflow
# checks that cannot fire (codegen/range_facts.cpp) and keeps the others; every value is exact.
def shifts(n):
    out = []
    for i in range(n):
        out.append(i + 1)
        out.append(1 + i)
        out.append(i - 1)
        out.append(i - 7)
        out.append(i + -3)
    return out


def edges():
    for i in range(2 ** 63 - 3, 2 ** 63 - 1):
        print(i + 1, i + 0, i - 2 ** 62)
    for i in range(-2 ** 63, -2 ** 63 + 2):
        print(i + 1, i - -1, i + 2 ** 62)
    for i in range(0, 20, 7):
        print(i - 2 ** 62 - 2 ** 62 + 1)
    total = 0
    for i in range(5):
        total += i + 1
    for i in range(-5, 0):
        total += i + 1
    print(total)


print(shifts(4))
edges()
