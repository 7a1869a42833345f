# A Smalltalk-like object VM in the style of public RPython interpreters: classes with method
# dicts looked up by selector (an elidable lookup keyed by the promoted class), a virtualizable
# frame with a `stack` list and a `stackpointer`, bytecode as a str green, a recursive portal per
# send, boxed small integers, and printable locations. It runs a counting loop with sends to
# methods of user objects (an accumulator and a point), and a recursive fibonacci.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, elidable, promote, unroll_safe, hint


def get_location(pc, code, method):
    return "%s:%d %s" % (method.name, pc, code[pc])


driver = JitDriver(greens=["pc", "code", "method"], reds=["frame", "w_self"], virtualizables=["frame"],
                   get_printable_location=get_location)


class W_Object(object):
    def getclass(self, vm):
        return vm.object_class

    def getint(self):
        raise TypeError("not an int")


class W_Int(W_Object):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def getclass(self, vm):
        return vm.int_class

    def getint(self):
        return self.value


class W_Instance(W_Object):
    def __init__(self, cls, nslots):
        self.cls = cls
        self.slots = [None] * nslots

    def getclass(self, vm):
        return self.cls


class Method(object):
    _immutable_fields_ = ["name", "code", "consts[*]", "nargs", "nlocals"]

    def __init__(self, name, code, consts, nargs, nlocals):
        self.name = name
        self.code = code
        self.consts = consts
        self.nargs = nargs
        self.nlocals = nlocals


class Class(object):
    def __init__(self, name, nslots):
        self.name = name
        self.nslots = nslots
        self.methods = {}

    @elidable
    def lookup(self, selector):
        return self.methods.get(selector, None)


class Frame(object):
    _virtualizable_ = ["stack[*]", "stackpointer", "locals[*]"]

    def __init__(self, method, size):
        self = hint(self, access_directly=True, fresh_virtualizable=True)
        self.stack = [None] * size
        self.stackpointer = 0
        self.locals = [None] * method.nlocals

    def push(self, w):
        self.stack[self.stackpointer] = w
        self.stackpointer += 1

    def pop(self):
        self.stackpointer -= 1
        w = self.stack[self.stackpointer]
        self.stack[self.stackpointer] = None
        return w

    @unroll_safe
    def popn(self, n):
        args = [None] * n
        i = n - 1
        while i >= 0:
            args[i] = self.pop()
            i -= 1
        return args


class VM(object):
    def __init__(self):
        self.object_class = Class("Object", 0)
        self.int_class = Class("Int", 0)
        self.sends = 0


# Bytecodes (one char each, arguments are the next char's ord):
#   c k  push consts[k]       l k  push local k     s k  store local k (pop)
#   S    push self            g k  push slot k       p k  store slot k (pop)
#   +  -  <   int arithmetic   m k  send selector consts[k] with consts[k+1] args
#   j k  jump to k            f k  pop, jump to k if false (0)     r  return top


def run(vm, method, w_self, args):
    frame = Frame(method, 16)
    for i in range(len(args)):
        frame.locals[i] = args[i]
    code = method.code
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, method=method, frame=frame, w_self=w_self)
        c = code[pc]
        if c == "c":
            frame.push(method.consts[ord(code[pc + 1])])
            pc += 2
        elif c == "l":
            frame.push(frame.locals[ord(code[pc + 1])])
            pc += 2
        elif c == "s":
            frame.locals[ord(code[pc + 1])] = frame.pop()
            pc += 2
        elif c == "S":
            frame.push(w_self)
            pc += 1
        elif c == "g":
            assert isinstance(w_self, W_Instance)
            frame.push(w_self.slots[ord(code[pc + 1])])
            pc += 2
        elif c == "p":
            assert isinstance(w_self, W_Instance)
            w_self.slots[ord(code[pc + 1])] = frame.pop()
            pc += 2
        elif c == "+" or c == "-" or c == "<":
            b = frame.pop().getint()
            a = frame.pop().getint()
            if c == "+":
                frame.push(W_Int(a + b))
            elif c == "-":
                frame.push(W_Int(a - b))
            else:
                frame.push(W_Int(1 if a < b else 0))
            pc += 1
        elif c == "m":
            k = ord(code[pc + 1])
            w_sel = method.consts[k]
            assert isinstance(w_sel, W_Selector)
            nargs = method.consts[k + 1].getint()
            margs = frame.popn(nargs)
            w_recv = frame.pop()
            cls = promote(w_recv.getclass(vm))
            target = cls.lookup(w_sel.name)
            if target is None:
                raise KeyError(w_sel.name)
            vm.sends += 1
            frame.push(run(vm, target, w_recv, margs))
            pc += 2
        elif c == "j":
            pc = ord(code[pc + 1])
            driver.can_enter_jit(pc=pc, code=code, method=method, frame=frame, w_self=w_self)
        elif c == "f":
            if frame.pop().getint() == 0:
                pc = ord(code[pc + 1])
            else:
                pc += 2
        elif c == "r":
            return frame.pop()
        else:
            raise ValueError("bad bytecode %s" % c)


class W_Selector(W_Object):
    def __init__(self, name):
        self.name = name


def assemble(text):
    # "g0 l0 + p0": an opcode char, then its argument in decimal if it has one
    out = []
    for word in text.split(" "):
        out.append(word[0])
        if len(word) > 1:
            out.append(chr(int(word[1:])))
    return "".join(out)


def build(vm):
    counter = Class("Counter", 2)
    vm.counter_class = counter
    one = W_Int(1)
    # Counter>>add: x   slot0 := slot0 + x. slot1 := slot1 + 1. ^slot0
    counter.methods["add:"] = Method("add:", assemble("g0 l0 + p0 g1 c0 + p1 g0 r"), [one], 1, 1)
    # Counter>>total  ^slot0 + slot1
    counter.methods["total"] = Method("total", assemble("g0 g1 + r"), [], 0, 0)
    # Int>>fib  self < 2 ifTrue: [^self]. ^(self - 1) fib + (self - 2) fib
    fib_sel = W_Selector("fib")
    vm.int_class.methods["fib"] = Method(
        "fib",
        assemble("S c0 < f8 S r S c1 - m2 S c0 - m2 + r"),
        [W_Int(2), W_Int(1), fib_sel, W_Int(0)], 0, 0)
    # main: i := 0. [i < n] whileTrue: [c add: i. i := i + 1]. ^c total
    add_sel = W_Selector("add:")
    total_sel = W_Selector("total")
    main = Method(
        "main",
        assemble("c0 s1 l1 l0 < f28 l2 l1 m1 s3 l1 c3 + s1 j4 l2 m4 r"),
        [W_Int(0), add_sel, W_Int(1), W_Int(1), total_sel, W_Int(0)], 0, 4)
    return main


def entry_point(argv):
    n = 3000
    if len(argv) > 1:
        n = int(argv[1])
    vm = VM()
    main = build(vm)
    counter = W_Instance(vm.counter_class, 2)
    counter.slots[0] = W_Int(0)
    counter.slots[1] = W_Int(0)
    res = run(vm, main, None, [W_Int(n), None, counter, None])
    print("total", res.getint())
    fib = vm.int_class.lookup("fib")
    print("fib", run(vm, fib, W_Int(12 + n % 3), []).getint())
    print("sends", vm.sends)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
