# python2
# A Python 2 list comprehension's loop variables are the function's (or the module's) locals:
# they keep their last value after it, overwrite a local of the same name, and are unbound
# after a comprehension that ran zero times (UnboundLocalError, catchable).
import sys
n = len(sys.argv)
sq = [i * i for i in range(n + 2)]
print sq, i

def nested(m):
    pairs = [(a, b) for a in range(m) for b in range(a)]
    return pairs, a, b

def in_lambda(m):
    f = lambda k: ([j for j in range(k)], j)[1]
    return f(m)

def shadow(m):
    x = "before"
    ys = [x for x in ["p", "q"][:m]]
    return x, ys

def genexp_first_iter(m):
    s = sum(v for v in [w + 1 for w in range(m)])
    return s, w

def in_loop(m):
    out = []
    for k in range(3):
        if k:
            out.append(t)
        ys = [t * 10 for t in range(k + m)]
    return out

print nested(3)
print in_lambda(4)
print shadow(2), shadow(1)
print genexp_first_iter(3)
print in_loop(1)

def zero_times(m):
    ys = [q for q in range(m)]
    try:
        return str(q)
    except UnboundLocalError as e:
        return str(e)

print zero_times(len(sys.argv) - 1), zero_times(2)
