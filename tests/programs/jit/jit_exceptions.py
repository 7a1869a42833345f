# Exceptions in and out of a JIT portal: try/except/else/finally inside the loop, exceptions raised
# by functions the JIT looks inside and by residual calls, break/continue/return through finally,
# bare re-raise, and an exception leaving the portal.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["stack", "log"])


class VMError(Exception):
    def __init__(self, msg, pc):
        Exception.__init__(self, msg)
        self.pc = pc


class Halt(Exception):
    pass


def pop(stack):
    if len(stack) == 0:
        raise VMError("stack underflow", -1)
    return stack.pop()


def divide(a, b):
    return a // b  # ZeroDivisionError from the runtime


def lookup(table, key):
    return table[key]  # KeyError from a residual dict access


TABLE = {"a": 1, "b": 2}


def run(code, log):
    pc = 0
    stack = [0]
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, stack=stack, log=log)
        c = code[pc]
        pc += 1
        try:
            if c == "p":
                stack.append(len(stack) * 3)
            elif c == "d":
                b = pop(stack)
                a = pop(stack)
                stack.append(divide(a, b))
            elif c == "k":
                stack.append(lookup(TABLE, "c" if len(stack) > 3 else "a"))
            elif c == "x":
                pop(stack)
            elif c == "h":
                raise Halt()
            elif c == "s":
                continue
            elif c == "r":
                try:
                    return stack[-1]
                finally:
                    log.append("finally on return at %d" % pc)
            elif c == "b":
                try:
                    break
                finally:
                    log.append("finally on break at %d" % pc)
            elif c == "e":
                raise ValueError("bad op at %d" % pc)
        except ZeroDivisionError:
            log.append("division by zero at %d" % pc)
            stack.append(0)
        except (KeyError, IndexError) as e:
            log.append("lookup failed at %d" % pc)
            stack.append(-1)
        except VMError as e:
            log.append("vm error: %s (pc %d)" % (str(e), e.pc))
            stack.append(7)
        else:
            log.append("ok %s" % c)
        finally:
            log.append("step %d" % pc)
    return len(stack)


def reraise(code, log):
    try:
        return run(code, log)
    except Halt:
        log.append("halted")
        return -1
    except ValueError:
        log.append("value error, re-raised")
        raise


def entry_point(argv):
    for code in ["pppd", "pxpd", "ppkkkkd", "xxxxd", "pps", "ppprp", "ppbpp", "pphp", "ppe"]:
        log = []
        try:
            print(code, reraise(code, log))
        except ValueError as e:
            print(code, "ValueError:", str(e))
        for line in log:
            print("  ", line)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
