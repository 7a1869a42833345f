# A dict or set cleared and refilled to its size (or a popitem() and an add) by the body of a loop
# over it: the loop goes on over the new table from its position, as Python's iterator does (it
# visited the old keys), and update()/setdefault() of existing keys change nothing.
def clear_refill(d):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == 1:
                n = len(d)
                d.clear()
                for i in range(n):
                    d[i + 10] = i
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


def popitem_add(d):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == 0:
                a, b = d.popitem()
                d[a + 100] = b
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


def update_same(d):
    seen = []
    for k in d:
        seen.append(k)
        d.update({0: 5, 1: 6})
        d.setdefault(2, 9)
    return seen, sorted(d.items())


def set_clear_refill(s):
    seen = []
    try:
        for x in s:
            seen.append(x)
            if x == 2:
                s.clear()
                for i in range(5):
                    s.add(i * 8)
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


print(clear_refill({i: i for i in range(4)}))
print(clear_refill({i: i for i in range(8)}))
print(popitem_add({i: i for i in range(4)}))
print(update_same({i: i for i in range(4)}))
print(set_clear_refill({0, 1, 2, 3, 4}))
print(set_clear_refill(set(range(9))))
