# jit: threshold=20
# A merge point inside a for loop over a str of code points (u-prefixed literals are str in
# Python 3): the loop's step is a residual call returning a
# tuple (more, item), recorded as call_t with call_result_i / call_result_r reading its words.
# Before session 22 the call aborted every trace ("a residual call returning a tuple") and the
# portal never got code; now the loop is compiled and entered (jit-backend-counts).
from __future__ import print_function
from rpython.rlib.jit import JitDriver

d1 = JitDriver(greens=["c"], reds=["acc"])


def run(u):
    acc = 0
    for c in u:
        d1.jit_merge_point(c=c, acc=acc)
        acc = (acc * 7 + ord(c)) % 1000003
    return acc


print(run(u"caf\xe9 \u20ac " * 50))
