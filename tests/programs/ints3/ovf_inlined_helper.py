# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
# Small helpers are declared inline in the generated C++ (codegen/inline_hint.cpp): their
# overflow checks still stop the script, their exceptions still reach the caller's handler, and
# the traceback still shows their frame.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def ratio(a, b):
    return a / b


def grow(x):
    return x * x + 1


def total(n):
    t = 0.0
    for i in range(n):
        for j in range(n):
            t += eval_a(i, j)
    return t


print("%.9f" % total(60))
for d in [4, 0, -2]:
    try:
        print(ratio(10, d))
    except ZeroDivisionError as e:
        print("caught", e)
x = 3
while True:
    x = grow(x)
    print(x)
