# f(**{...}) of a dict that is not a variable, in a call whose other arguments have effects (the
# mapping would have to be evaluated after them): refused, naming what to write instead. With
# only names and constants beside it (h(**{"x": 1})), it is accepted.
def h(x, y=10):
    return x + y


def one():
    return 1


print(h(one(), **{"y": 1}))
