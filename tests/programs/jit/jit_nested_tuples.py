# Nested tuples in a portal, as interpreters hold decoded instructions: an instruction is
# (opcode, (arg, (lo, hi))), returned by a decoder, unpacked at several depths, compared, passed
# to a helper and returned from one; a list of such tuples is iterated and indexed. Also a bare
# raise in a helper called from the portal's except clause (it re-raises the exception the
# clause handles).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "prog"], reds=["acc", "n"])


def decode(word):
    return (word % 4, (word // 4 % 8, (word // 32 % 3, word // 96)))


def span(ins):
    op, (arg, (lo, hi)) = ins
    return (hi - lo, (op, arg))


def weight(ins):
    return ins[0] * 10 + ins[1][0] + ins[1][1][1]


def check(x):
    if x % 7 == 3:
        raise ValueError("bad %d" % x)
    return x


def rethrow():
    raise


def guarded(x):
    try:
        return check(x)
    except ValueError:
        if x % 2 == 0:
            rethrow()
        return -x


def run(prog, n):
    acc = 0
    pc = 0
    while pc < len(prog):
        driver.jit_merge_point(pc=pc, prog=prog, acc=acc, n=n)
        ins = prog[pc]
        op, rest = ins
        if op == 0:
            acc += weight(ins) + rest[1][0]
        elif op == 1:
            width, (o, a) = span(ins)
            acc += width * 3 + o - a
        elif op == 2:
            both = (ins, decode(n % 200))
            if both[0][1] == both[1][1]:
                acc += 1
            acc += both[1][1][1][1]
            for (o2, (a2, _)) in [both[0], both[1]]:
                acc += o2 * a2
        else:
            try:
                acc += guarded(n + acc % 5)
            except ValueError as e:
                acc += len(str(e))
        pc += 1
        if pc == len(prog) and n > 0:
            n -= 1
            pc = 0
    return acc


def entry_point(argv):
    n = 300
    if len(argv) > 1:
        n = int(argv[1])
    prog = [decode(w) for w in [5, 37, 70, 131, 200, 3, 99, 250, 7, 64]]
    print(run(prog, n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
