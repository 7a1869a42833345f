# An OrderedDict and a dict cannot flow into one variable: their reprs and their == differ.
from collections import OrderedDict


def pick(flag):
    if flag:
        d = OrderedDict()
    else:
        d = {}
    d["a"] = 1
    return d


print(pick(len("x") > 0))
