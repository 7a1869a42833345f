# Cells of many types and shapes: a generator that makes a closure rebinding its local, a handler's
# name captured, a method's closure writing self and a counter, int cells becoming floats, list, str
# and optional cells, and a recursive nested function rebinding its enclosing list.
def gen_outer(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add(i)
        yield total

def handler_capture():
    try:
        raise ValueError("boom")
    except ValueError as e:
        f = lambda: str(e)
        r = f()
    return r

class Acc:
    def __init__(self):
        self.items = []
    def run(self, xs):
        count = 0
        def push(x):
            nonlocal count
            self.items.append(x)
            count += 1
        for x in xs:
            push(x)
        return count

def mixed_num():
    v = 1
    def half():
        nonlocal v
        v = v / 2
    half()
    half()
    return v

def list_cell():
    acc = []
    def reset():
        nonlocal acc
        acc = [len(acc)]
    acc.append(5)
    acc.append(6)
    reset()
    acc.append(7)
    return acc

def rec(n):
    seen = []
    def visit(k):
        nonlocal seen
        seen = seen + [k]
        if k > 0:
            visit(k - 1)
    visit(n)
    return seen

def str_cell(words):
    out = ""
    def emit(w):
        nonlocal out
        if out:
            out += " "
        out += w
    for w in words:
        emit(w.upper())
    return out

def opt_cell(xs):
    best = None
    def see(x):
        nonlocal best
        if best is None or x > best:
            best = x
    for x in xs:
        see(x)
    return best

def main():
    print(list(gen_outer(5)))
    print(handler_capture())
    a = Acc()
    print(a.run([1, 2, 3]), a.items)
    print(mixed_num())
    print(list_cell())
    print(rec(3))
    print(str_cell(["a", "bc", "d"]))
    print(opt_cell([3, 9, 2]), opt_cell([]))

main()
