# f(**d) of a value that may be one of two functions naming their parameters differently: refused
# (d's keys would bind differently); python3 prints 2 2.
def add(a, b=1):
    return a + b


def mul(x, y=1):
    return x * y


def call(f, **kw):
    return f(**kw)


print(call(add, a=1), call(mul, x=2))
