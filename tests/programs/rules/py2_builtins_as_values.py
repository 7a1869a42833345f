# python2
# A stack machine's opcode table mixing builtins (operator.*, max, min, abs) with the program's own
# functions, as RPython-style interpreters keep one; builtins in lists and tuples; a builtin or None.
import operator


def target(driver, args):
    return entry_point, None


def clamp(a, b):
    if a > b:
        return b
    return a


def double(x):
    return 2 * x


BINOPS = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul, 'div': operator.div,
          'max': max, 'min': min, 'clamp': clamp}
UNOPS = {'abs': abs, 'neg': operator.neg, 'double': double}


class Machine(object):
    def __init__(self):
        self.stack = []

    def run(self, program):
        for word in program.split():
            if word in BINOPS:
                b = self.stack.pop()
                a = self.stack.pop()
                self.stack.append(BINOPS[word](a, b))
            elif word in UNOPS:
                self.stack.append(UNOPS[word](self.stack.pop()))
            else:
                self.stack.append(int(word))
        return self.stack[-1]


def choose(name):
    f = None
    if name == 'big':
        f = max
    elif name == 'small':
        f = min
    return f


def entry_point(argv):
    for prog in ["3 4 add 5 mul", "20 -7 div 3 max", "9 2 sub neg abs", "100 7 clamp double", "1 2 min 8 max"]:
        print prog, '=>', Machine().run(prog)
    xs = [4, -2, 9, 0, 7]
    for f in (len, sum, min, max):
        print f.__name__, f(xs)
    print [g(xs) for g in [min, max]]
    for name in ['big', 'small', 'none']:
        f = choose(name)
        if f is not None:
            print name, f(xs), f(3, 8)
        else:
            print name, 'no function'
    print map(abs, xs), reduce(operator.add, xs)
    return 0


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
