# Cells across specialisations (an int and a float call of one outer function), closures made in
# loops before the variable is assigned, NameError while a cell has no value (two and three
# levels), and generators that read or rebind cells.
def outer(x):
    c = x
    def inc():
        nonlocal c
        c += x
        return c
    inc()
    return inc()

def loop_flag(n):
    fs = []
    for i in range(n):
        if i % 2 == 1:
            def g():
                return v * 10
            fs.append(g)
        v = i
    return [f() for f in fs]

def unbound_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: w)
        if i == 1:
            w = i
    out = []
    for f in fs:
        out.append(f())
    return out

def before_any(k):
    def get():
        return val
    if k:
        val = "set"
    try:
        return get()
    except NameError as e:
        return "NameError: " + str(e)

def three_level_unbound():
    def mid():
        def inner():
            return z
        return inner
    f = mid()
    try:
        f()
    except NameError as e:
        print("NameError", e)
    z = 5
    return f()

def main():
    print(outer(3), outer(1.5))
    print(loop_flag(5))
    print(unbound_loop())
    print(before_any(True), before_any(False))
    print(three_level_unbound())

def gen(n):
    def scaled(i):
        return i * factor
    factor = 2
    for i in range(n):
        if i == 2:
            factor = 10
        yield scaled(i)

def gen_inner(n):
    def items():
        nonlocal produced
        for i in range(n):
            produced += 1
            yield i + base
    produced = 0
    base = 100
    out = list(items())
    return out, produced

def gen_unbound():
    def g():
        yield late
    it = g()
    try:
        next(it)
    except NameError as e:
        print("NameError", e)
    late = 1
    return list(g())


main()
print(list(gen(4)))
print(gen_inner(3))
print(gen_unbound())
