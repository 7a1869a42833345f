# f(**{...}) of a dict that is not a variable: refused, naming what to write instead.
def h(x, y=10):
    return x + y


print(h(**{"x": 1}))
