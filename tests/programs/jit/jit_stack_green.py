# python2
# A green holding an instance that the portal itself allocates and only reads: escape analysis
# kept it in the compiled portal's stack frame (a merge point's arguments did not count as
# escapes), the JIT's green key kept its address, and the next call's object, built at the same
# address, found the loop traced for the previous one, whose immutable fields were folded: python
# prints 10211, 71477, 91049; --opt=jit printed 10211 three times (session 21). Greens escape now.
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "n"])


class Code(object):
    _immutable_fields_ = ["ops[*]", "k"]

    def __init__(self, ops, k):
        self.ops = ops
        self.k = k


def run(ops, k, n):
    code = Code(ops, k)
    pc = 0
    acc = 0
    while n > 0:
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        acc = acc * 3 + code.ops[pc] * code.k
        acc = acc % 100003
        pc += 1
        if pc == len(code.ops):
            pc = 0
            n -= 1
    return acc


def entry_point(argv):
    print run([1, 2, 3], 5, 200)
    print run([7, 1, 4], 9, 200)
    print run([2, 2, 8], 11, 200)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
