# A dict that loses keys and gains others while a loop runs over it, its size unchanged at each
# step: Python 3 visits the keys added after the position, and raises RuntimeError "dictionary
# keys changed during iteration" when it finds more keys than the dict had at the start.
def same_size(d):
    n = 0
    try:
        for k in d:
            n += 1
            if n == 1:
                del d[k]
                d[k + 500] = 1
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"


def swap_last(d):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == 0:
                del d[3]
                d[9] = 1
    except RuntimeError as e:
        return seen, str(e)
    return seen, "ok"


def swap_behind(d):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == 2:
                del d[0]
                d[7] = 1
    except RuntimeError as e:
        return seen, str(e)
    return seen, "ok"


def values_view(d):
    total = 0
    try:
        for v in d.values():
            total += v
            if v == 2:
                d.pop(1)
                d[40] = 40
    except RuntimeError as e:
        return total, str(e)
    return total, "ok"


def items_view(d):
    out = []
    try:
        for k, v in d.items():
            out.append((k, v))
            if k == 1:
                del d[1]
                d[1] = -1  # the same key again, at the end
    except RuntimeError as e:
        out.append((-1, len(str(e))))
    return out


def rename(words):
    d = {}
    for w in words:
        d[w] = len(w)
    try:
        for k in d:
            d[k.upper()] = d.pop(k)
    except RuntimeError as e:
        return sorted(d.items()), str(e)
    return sorted(d.items()), "ok"


def by_hand(d):
    it = iter(d)
    a = next(it)
    del d[a]
    d[a + 100] = 0
    got = [a]
    msg = "ok"
    try:
        for k in it:
            got.append(k)
    except RuntimeError as e:
        msg = str(e)
    return got, msg, list(it)  # after the error: nothing more, no error


def gen_keys(d):
    for k in d:
        yield k


def via_gen(d):
    out = []
    try:
        for k in gen_keys(d):
            out.append(k)
            if k == 1:
                del d[1]
                d[11] = 0
    except RuntimeError as e:
        out.append(-len(str(e)))
    return out


def comp(d):
    try:
        return [d.pop(k) + d.setdefault(k * 10, k) for k in d if k < 3]
    except RuntimeError as e:
        return [-len(str(e))]


def set_swap(s, old, new):
    seen = []
    try:
        for x in s:
            seen.append(x)
            if x == old:
                s.remove(old)
                s.add(new)
    except RuntimeError as e:
        seen.append(-1)
        seen.append(len(str(e)))
    return seen


def shift_all(d, by):
    # every step replaces a key: entries fill up until the table is rebuilt mid-loop
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k < by and len(seen) < 40:
                d[k + by] = d.pop(k)
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen, sorted(d.keys())


def set_shift(s, by):
    seen = []
    for x in s:
        seen.append(x)
        if x < by and len(seen) < 40:
            s.remove(x)
            s.add(x + by)
    return seen


def mk(n):
    return {i: i * 2 for i in range(n)}


class Registry:
    def __init__(self):
        self.items = {}

    def add(self, name, v):
        self.items[name] = v

    def refresh(self):
        done = []
        for name in self.items:
            done.append(name)
            if name.startswith("old"):
                v = self.items.pop(name)
                self.items["new" + name[3:]] = v
        return done


def main():
    print(same_size(mk(4)))
    print(swap_last(mk(4)))
    print(swap_behind(mk(4)))
    print(values_view({0: 1, 1: 2, 2: 3}))
    print(items_view(mk(3)))
    print(rename(["ab", "cd", "ef"]))
    print(rename(["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"]))
    print(by_hand(mk(3)))
    print(via_gen(mk(4)))
    print(comp(mk(5)))
    print(set_swap(set(range(8)), 2, 5 + 8))
    print(set_swap(set(range(8)), 5, 2 + 64))
    print(shift_all(mk(5), 5))
    print(shift_all(mk(12), 12))
    print(shift_all(mk(30), 30))
    print(set_shift(set(range(6)), 6))
    print(set_shift({1, 9, 17, 4}, 7))
    r = Registry()
    r.add("old1", 1)
    r.add("keep", 2)
    try:
        print(r.refresh())
    except RuntimeError as e:
        print("refresh:", e)
    print(sorted(r.items.items()))


main()
