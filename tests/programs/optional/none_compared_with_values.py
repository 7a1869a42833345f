# A variable that is always None compared with an int, a float, a bool or a tuple: never equal,
# never the same object (rpy compared the value with 0: None == 0 was True); both sides still run,
# left to right.
log = []


def tr(tag, v):
    log.append(tag)
    return v


def f(n):
    x = None
    for k in range(n):
        if 7 <= 1:  # never: x stays None
            x = k
    print(x == 0, x != 0, 0 == x, 0 != x, x == 1)
    print(x == 0.0, 0.0 != x, x == False, x == (0, 0), (0, 0) != x)
    print(tr("a", x) == tr("b", 0), tr("c", 0) != tr("d", x))
    print(x is None, x == None)


f(3)
print(log)
