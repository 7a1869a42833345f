# Exceptions in a JIT portal's loop that RPython interpreters rely on: raised by operations
# (IndexError from a list index, KeyError from a dict, ZeroDivisionError from // and %,
# OverflowError from ovfcheck, ValueError from int()), raised two calls deep and caught in the
# portal, caught by a handler for a base class, re-raised by a bare raise to an outer handler,
# try/finally inside the loop, exception objects with fields allocated per iteration, and an
# exception that leaves the portal for its caller. Then the same programs again, traced from the
# first merge point with every trace_limit from 10 to 150, so that some trace is abandoned at the
# start of each except clause and finally block (the blackhole must finish it knowing which
# exception the clause handles).
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, dont_look_inside, set_param
from rpython.rlib.rarithmetic import ovfcheck


class VMError(Exception):
    def __init__(self, code, where):
        self.code = code
        self.where = where


class StackError(VMError):
    pass


class Halt(Exception):
    def __init__(self, value):
        self.value = value


driver = JitDriver(greens=["pc", "prog"], reds=["state"])


class State(object):
    def __init__(self, last):
        self.last = last
        self.acc = 1
        self.stack = [0] * 4
        self.table = {}
        self.log = []
        self.finals = 0
        self.i = 0


def check_stack(state, k):
    if k >= 3:
        raise StackError(k, state.i)
    return state.stack[k]


def deep(state, k):
    return check_stack(state, k) + 1


@dont_look_inside
def opaque_fail(state, k):
    if k % 3 == 0:
        raise VMError(k, state.i)
    return k


def step(state, op):
    i = state.i
    if op == "idx":
        return state.stack[i % 7]
    if op == "key":
        return state.table[i % 5]
    if op == "div":
        return 1000 // (i % 4) + 1000 % (i % 3)
    if op == "ovf":
        state.acc = ovfcheck(state.acc * 7)
        return state.acc % 1000
    if op == "int":
        return int("12x"[: 2 + (i % 2)])
    if op == "deep":
        return deep(state, i % 5)
    if op == "opaque":
        return opaque_fail(state, i)
    if op == "reraise":
        try:
            return deep(state, i % 4)
        except VMError as e:
            state.log.append("r%d" % e.code)
            raise
    if op == "halt":
        if i > state.last - 20:
            raise Halt(i)
        return 0
    return -1


def run(prog, state):
    pc = 0
    total = 0
    while True:
        driver.jit_merge_point(pc=pc, prog=prog, state=state)
        if state.i > state.last:
            return total
        op = prog[pc]
        pc += 1
        if pc == len(prog):
            pc = 0
            state.i += 1
        try:
            try:
                total += step(state, op)
            finally:
                state.finals += 1
        except IndexError:
            total += 100
        except KeyError:
            state.table[state.i % 5] = state.i
            total += 200
        except ZeroDivisionError:
            total += 300
        except OverflowError:
            state.acc = 1
            total += 400
        except ValueError:
            total += 500
        except StackError as e:
            total += 600 + e.code
        except VMError as e:
            total += 700 + e.code * 1000 + e.where
        except Halt as e:
            state.log.append("halt %d total %d" % (e.value, total))
            if len(state.log) > 1000:
                return total
            raise


def entry_point(argv):
    progs = [["idx", "key", "div", "ovf"], ["int", "deep", "opaque", "reraise", "halt"],
             ["idx", "key", "div", "ovf", "int", "deep", "opaque", "reraise", "halt"]]
    for prog in progs:
        state = State(60)
        try:
            print("returned", run(prog, state))
        except Halt as e:
            print("halted", e.value)
        except VMError as e:
            print("vm error", e.code)
        print(state.finals, state.acc, len(state.table), " ".join(state.log)[:200])
    set_param(driver, "threshold", 1)
    results = []
    for limit in range(10, 151):
        set_param(driver, "trace_limit", limit)
        for prog in progs:
            state = State(23)
            try:
                r = run(list(prog), state)  # a new list: a new green key, traced afresh
            except Halt as e:
                r = -e.value
            results.append(r * 7 + state.finals)
    print(len(results), sum(results), min(results), max(results))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
