# A dict or set whose size the body of a loop over it changes: RuntimeError at the next step
# (for loops, views, comprehensions, iter()/next(), a generator), not after a break.
def grow_loop(d, stop):
    n = 0
    try:
        for k in d:
            n += 1
            if n == stop:
                d[-n] = 1
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"

def grow_items(d):
    n = 0
    try:
        for k, v in d.items():
            n += 1
            if n == 2:
                d[100 + n] = v
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"

def shrink_values(d):
    n = 0
    try:
        for v in d.values():
            n += 1
            if n == 1:
                del d[2]
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"

def add_then_break(d):
    for k in d:
        d[k + 1000] = 0
        break
    return len(d)

def add_at_last(d):
    n = 0
    try:
        for k in d:
            n += 1
            if n == len(d):
                d[-7] = 0
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"

def set_grow(s):
    n = 0
    try:
        for x in s:
            n += 1
            if n == 3:
                s.add(-1)
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"

def comp(d):
    try:
        return [d.setdefault(k + 50, k) for k in d]
    except RuntimeError as e:
        return [len(str(e))]

def via_iter(d):
    it = iter(d)
    a = next(it)
    d[77] = 1
    try:
        b = next(it)
        return a, b
    except RuntimeError as e:
        return a, -1

def gen(d):
    for k in d:
        yield k

def via_gen(d):
    out = []
    try:
        for k in gen(d):
            out.append(k)
            if k == 1:
                d[99] = 0
    except RuntimeError as e:
        out.append(-1)
    return out


def mk(n):
    return {i: i * 2 for i in range(n)}

print(grow_loop(mk(10), 3))
print(grow_loop(mk(10), 10))
print(grow_items(mk(5)))
print(shrink_values(mk(5)))
print(add_then_break(mk(3)))
print(add_at_last(mk(4)))
print(set_grow(set(range(8))))
print(comp(mk(3)))
print(via_iter(mk(3)))
print(via_gen(mk(4)))
