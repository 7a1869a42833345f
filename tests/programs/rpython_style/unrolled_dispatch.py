# python2
# A PyPy-style bytecode dispatch: opcode names unrolled, methods fetched with getattr on a
# constant name, an OperationError carrying a wrapped exception, quasi-immutable fields.
import os
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize, instantiate, we_are_translated

opnames = ['NOP', 'PUSH', 'ADD', 'NEG', 'PRINT', 'RAISE', 'DUPTOP', 'RETURN']
opcodes = {}
for i, name in enumerate(opnames):
    opcodes[name] = i
unrolling_ops = unrolling_iterable([(opcodes[n], n) for n in opnames])


class W_Root(object):
    _attrs_ = ()

    def str_w(self):
        raise NotImplementedError


class W_IntObject(W_Root):
    _attrs_ = ('intval',)
    _immutable_fields_ = ('intval',)

    def __init__(self, v):
        self.intval = v

    def str_w(self):
        return str(self.intval)


class W_ErrObject(W_Root):
    _attrs_ = ('msg',)

    def __init__(self, msg):
        self.msg = msg

    def str_w(self):
        return "<error %s>" % self.msg


class OperationError(Exception):
    def __init__(self, w_type, w_value):
        self.w_type = w_type
        self.w_value = w_value

    def match(self, name):
        return self.w_type == name


class Code(object):
    _immutable_fields_ = ['co_code', 'consts_w[*]', 'name?']

    def __init__(self, co_code, consts_w, name):
        self.co_code = co_code
        self.consts_w = consts_w
        self.name = name


class Frame(object):
    def __init__(self, code):
        self.code = code
        self.valuestack_w = [None] * 16
        self.depth = 0

    def pushvalue(self, w):
        self.valuestack_w[self.depth] = w
        self.depth += 1

    def popvalue(self):
        self.depth -= 1
        w = self.valuestack_w[self.depth]
        self.valuestack_w[self.depth] = None
        return w

    def NOP(self, oparg):
        pass

    def PUSH(self, oparg):
        self.pushvalue(self.code.consts_w[oparg])

    def ADD(self, oparg):
        w_b = self.popvalue()
        w_a = self.popvalue()
        assert isinstance(w_a, W_IntObject)
        assert isinstance(w_b, W_IntObject)
        self.pushvalue(W_IntObject(w_a.intval + w_b.intval))

    def NEG(self, oparg):
        w_a = self.popvalue()
        if not isinstance(w_a, W_IntObject):
            raise OperationError('TypeError', W_ErrObject("bad operand"))
        self.pushvalue(W_IntObject(-w_a.intval))

    def PRINT(self, oparg):
        os.write(1, self.popvalue().str_w() + "\n")

    def RAISE(self, oparg):
        raise OperationError('ValueError', self.popvalue())

    def DUPTOP(self, oparg):
        w = self.popvalue()
        self.pushvalue(w)
        self.pushvalue(w)

    def RETURN(self, oparg):
        return self.popvalue()

    @jit.unroll_safe
    def dispatch(self):
        code = self.code.co_code
        pc = 0
        while pc < len(code):
            op = ord(code[pc])
            arg = ord(code[pc + 1])
            pc += 2
            if op == opcodes['RETURN']:
                return self.popvalue()
            for opnum, name in unrolling_ops:
                if op == opnum:
                    getattr(self, name)(arg)
                    break
            else:
                raise OperationError('SystemError', W_ErrObject("bad opcode"))
        return None


def assemble(pairs):
    return "".join([chr(opcodes[n]) + chr(a) for n, a in pairs])


def run(code):
    f = Frame(code)
    try:
        w = f.dispatch()
    except OperationError as e:
        if e.match('ValueError'):
            return "ValueError: " + e.w_value.str_w()
        return "%s: %s" % (e.w_type, e.w_value.str_w())
    if w is None:
        return "None"
    return w.str_w()


def entry_point(argv):
    consts = [W_IntObject(40), W_IntObject(2), W_ErrObject("x")]
    progs = [
        [('PUSH', 0), ('PUSH', 1), ('ADD', 0), ('DUPTOP', 0), ('PRINT', 0), ('RETURN', 0)],
        [('PUSH', 0), ('NEG', 0), ('PRINT', 0), ('NOP', 0)],
        [('PUSH', 2), ('NEG', 0)],
        [('PUSH', 1), ('RAISE', 0)],
    ]
    for i in range(len(progs)):
        code = Code(assemble(progs[i]), consts, "prog%d" % i)
        os.write(1, "%s -> %s\n" % (code.name, run(code)))
    w = instantiate(W_IntObject)
    w.intval = 7
    os.write(1, w.str_w() + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
