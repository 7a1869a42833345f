from __future__ import print_function
import os, sys
from rpython.rlib.jit import JitDriver

# A tiny bytecode interpreter in the shape the JIT expects.
# ops: "i" acc += 1, "d" acc -= 1, "x" acc *= 2, "[" / "]" loop while counter > 0

driver = JitDriver(greens=["pc", "program"], reds=["acc", "counter"])


def interpret(program, counter):
    pc = 0
    acc = 0
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, acc=acc, counter=counter)
        op = program[pc]
        if op == "i":
            acc += 1
        elif op == "d":
            acc -= 1
        elif op == "x":
            acc *= 2
        elif op == "c":
            counter -= 1
        elif op == "]":
            if counter > 0:
                # jump back to the matching "["
                depth = 1
                while depth:
                    pc -= 1
                    if program[pc] == "]":
                        depth += 1
                    elif program[pc] == "[":
                        depth -= 1
                driver.can_enter_jit(pc=pc, program=program, acc=acc, counter=counter)
        pc += 1
    return acc


def entry_point(argv):
    print(interpret("iix", 0))
    print(interpret("[iiic]", 10))
    print(interpret("i[xc]d", 20))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
