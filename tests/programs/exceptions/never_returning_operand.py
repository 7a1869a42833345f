# An operand whose function never returns (it always raises): the operands before it run, in
# order, and nothing of its node after it; what it was assigned to keeps its earlier value. Any
# node: slices, subscripts, method calls on it, arithmetic, comparisons, displays, formatting.
LIMIT = 3


def boom(tag):
    print("boom", tag)
    if LIMIT != 2:
        raise NotImplementedError
    return "never"


def tr(tag, v):
    print("tr", tag)
    return v


def num(tag, v):
    print("num", tag)
    return v


def attempt(k, n):
    v = "%d" % n
    try:
        if k == 0:
            v = boom("slice")[:24]
        elif k == 1:
            v = tr("left", "a") + boom("add")
        elif k == 2:
            v = boom("index")[0]
        elif k == 3:
            n = len(boom("len"))
        elif k == 4:
            v = boom("method").upper()
        elif k == 5:
            v = boom("two slices")[1:][::2]
        elif k == 6:
            print(tr("compared", "b") == boom("compare"))
        elif k == 7:
            v = "%s%s!" % (tr("formatted", "c"), boom("format"))
        elif k == 8:
            print([num("listed", 1), boom("list"), num("never", 2)])
        elif k == 9:
            print({num("key", 1): boom("value")})
        elif k == 10:
            v = boom("title").title()[:4]
        elif k == 11:
            print(-len(boom("negated")))
    except NotImplementedError:
        print("caught", k)
    print(v, n)


def web(n):
    # a str variable whose only definition in one branch is the slice of such a call
    for i in range(2):
        try:
            if n > i:
                s = "%d" % n
                print(s)
            else:
                s = boom("loop %d" % i)[:24]
                print(s)
        except NotImplementedError:
            print("caught in the loop")


for k in range(12):
    attempt(k, 7)
web(1)
