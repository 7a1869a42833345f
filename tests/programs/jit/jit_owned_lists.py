# Owned lists (docs/JIT.md 16): a bytecode VM whose frames hold their value stack in a field
# that only ever stores a fresh `[0] * n` and is only indexed, measured, appended to and popped
# from. The JIT builds a recursive call's frame and its stack in the caller's machine frame
# (new_with_vtable_in_frame, new_list_in_frame). Here the stack also grows past its first size
# by append (its items move to the heap), is popped below it, holds instances in a second VM,
# and other frames with the same field escape (kept in a list and read later): their stacks must
# stay in the heap.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

PUSH_ARG, PUSH, LT, JUMP_IF_FALSE, SUB, ADD, CALL, RET, SPILL, UNSPILL = range(10)


def get_location(pc, code):
    return "pc=%d op=%d" % (pc, code[pc])


driver = JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=get_location)


class Frame(object):
    def __init__(self, arg, size):
        self.arg = arg
        self.stack = [0] * size
        self.sp = 0
        self.extra = [7] * 2

    def push(self, v):
        if self.sp < len(self.stack):
            self.stack[self.sp] = v
        else:
            self.stack.append(v)
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


# fib(n), with SPILL pushing k extra values (growing the stack past 4 items) and UNSPILL popping
# them off the list itself
CODE = [PUSH_ARG, 0, PUSH, 2, LT, 0, JUMP_IF_FALSE, 11, PUSH_ARG, 0, RET,
        SPILL, 6, PUSH_ARG, 0, PUSH, 1, SUB, 0, CALL, 0, PUSH_ARG, 0, PUSH, 2, SUB, 0, CALL, 0, ADD, 0,
        UNSPILL, 6, RET, 0]


def interpret(code, arg, size):
    frame = Frame(arg, size)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code[pc]
        x = code[pc + 1]
        pc += 2
        if op == PUSH_ARG:
            frame.push(frame.arg)
        elif op == PUSH:
            frame.push(x)
        elif op == LT:
            b = frame.pop()
            a = frame.pop()
            frame.push(1 if a < b else 0)
        elif op == JUMP_IF_FALSE:
            if frame.pop() == 0:
                pc = x
        elif op == SUB:
            b = frame.pop()
            a = frame.pop()
            frame.push(a - b)
        elif op == ADD:
            b = frame.pop()
            a = frame.pop()
            frame.push(a + b + frame.extra[frame.arg % 2] - 7)
        elif op == SPILL:
            for k in range(x):
                frame.push(frame.arg * 10 + k)
        elif op == UNSPILL:
            top = frame.pop()
            for k in range(x):
                frame.sp -= 1
                frame.stack.pop(frame.sp)
            frame.push(top)
        elif op == CALL:
            frame.push(interpret(code, frame.pop(), 4))
        elif op == RET:
            return frame.pop()


class Node(object):
    def __init__(self, v):
        self.v = v


node_driver = JitDriver(greens=["pc"], reds=["n", "box"])


class Box(object):
    def __init__(self):
        self.items = [None] * 3
        self.count = 0


def sum_nodes(n):
    # a stack of instances ([None] * 3): pushed past its size, then read back
    box = Box()
    pc = 0
    while n > 0:
        node_driver.jit_merge_point(pc=pc, n=n, box=box)
        if box.count < len(box.items):
            box.items[box.count] = Node(n)
        else:
            box.items.append(Node(n))
        box.count += 1
        n -= 1
    total = 0
    for i in range(box.count):
        total += box.items[i].v * (i + 1)
    return total


def fill(k):
    # frames that escape (kept in a list, read after this call): their stacks stay in the heap
    f = Frame(k, 3)
    for v in range(k):
        f.push(v * v)
    f.stack.pop()
    return f


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 15
    kept = []
    for k in range(n - 4, n + 1):
        kept.append(fill(k))
        print(k, interpret(CODE, k, 3))
    for f in kept:
        print(f.arg, f.sp, len(f.stack), f.stack[0], f.stack[len(f.stack) - 1])
    print(sum_nodes(50), sum_nodes(3))
    return 0


main(sys.argv)
