# Builtins of different kinds as values: a calculator's dispatch table, lists and tuples of
# builtins, a builtin passed where functions of the program are, a builtin or None.
import operator


def median(xs):
    s = sorted(xs)
    return s[len(s) // 2]


BINARY = {
    '+': operator.add,
    '-': operator.sub,
    '*': operator.mul,
    '//': operator.floordiv,
    '%': operator.mod,
    'max': max,
    'min': min,
    'pow': pow,
}

UNARY = {'neg': operator.neg, 'abs': abs, 'not': operator.not_}


def rpn(line):
    stack = []
    for tok in line.split():
        if tok in BINARY:
            b = stack.pop()
            a = stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(int(UNARY[tok](stack.pop())))
        else:
            stack.append(int(tok))
    return stack


def combine(f, a, b):
    return f(a, b)


def pick_reducer(name):
    reducer = None
    if name == 'largest':
        reducer = max
    elif name == 'smallest':
        reducer = min
    return reducer


def vowels(w):
    return sum(1 for c in w.lower() if c in "aeiou")


def main():
    xs = [3, -7, 12, 5, -1, 8]
    for f in (len, sum, min, max, median):
        print(f.__name__, f(xs))
    stats = [min, max, sum, len, median]
    print([f(xs) for f in stats])
    for line in ["3 4 + 2 *", "10 3 // 7 max", "2 10 pow 1000 %", "5 neg abs 3 -", "0 not 9 min"]:
        print(line, "=>", rpn(line))
    print(combine(max, 4, 9), combine(operator.sub, 4, 9), combine(lambda a, b: a * 10 + b, 4, 9))
    for name in ['largest', 'smallest', 'other']:
        r = pick_reducer(name)
        if r is None:
            print(name, "no reducer")
        else:
            print(name, r(xs))
    words = ["Banana", "apple", "Fig", "cherry"]
    for fn in [str.upper, str.lower, str.title]:
        print([fn(w) for w in words])
    keys = {'length': len, 'vowels': vowels, 'hash': hash}
    for k in ['length', 'vowels']:
        by = keys[k]
        print(k, sorted(words, key=by))
    convert = [int, abs]
    print([c(-4) for c in convert])


def identities():
    fs = [min, max, abs]
    for f in fs:
        print(f is max, f == min, f is not abs, f.__name__)
    g = fs[1]
    print(g is max, g in fs, fs.index(max), len in fs)
    hs = [len, sum]
    for h in hs:
        print(h is max, h is not max, h == len, hs.index(sum), max in hs)


main()
identities()
