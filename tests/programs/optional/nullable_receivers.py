# Methods of a list, str or dict that may be None, and iterating one: Python's AttributeError
# (raised when the method is looked up, before its arguments run) and TypeError.


def mk(n):
    if n > 0:
        return "a b c"
    return None


def ml(n):
    if n > 0:
        return [3, 1, 2]
    return None


def md(n):
    if n > 0:
        return {1: 2, 5: 6}
    return None


def arg(tag):
    print("arg", tag)
    return 1


class Holder:
    def __init__(self, n):
        self.items = ml(n)
        self.name = mk(n)


def attempt(i, n):
    s = mk(n)
    xs = ml(n)
    d = md(n)
    h = Holder(n)
    try:
        if i == 0:
            print(s.upper())
        elif i == 1:
            xs.append(arg("append"))
            print(xs)
        elif i == 2:
            print(d.get(arg("get"), arg("default")))
        elif i == 3:
            print(s.split())
        elif i == 4:
            print(xs.pop())
        elif i == 5:
            for x in xs:
                print(x)
        elif i == 6:
            print([x * 2 for x in xs])
        elif i == 7:
            print(list(xs))
        elif i == 8:
            print(sorted(xs))
        elif i == 9:
            a, b, c = xs
            print(a, b, c)
        elif i == 10:
            for k in d:
                print(k)
        elif i == 11:
            for ch in s:
                print(ch)
        elif i == 12:
            print(s.find("b", arg("find")))
        elif i == 13:
            print(sorted(d.keys()))
        elif i == 14:
            print(sum(x for x in xs))
        elif i == 15:
            h.items.append(arg("field"))
            print(h.items)
        elif i == 16:
            print(h.name.replace("a", "z"))
        elif i == 17:
            up = s.upper
            print("looked up")
            print(up())
        elif i == 18:
            print(tuple(xs), set(xs) == {1, 2, 3}, sum(xs), min(xs), max(xs))
        elif i == 19:
            print(list(enumerate(xs)), any(xs), all(xs))
        elif i == 20:
            print(list(zip([7, 8], xs)), list(reversed(xs)))
        elif i == 21:
            print(list(map(str, xs)), "-".join(s.split()))
        elif i == 22:
            ys = [0]
            ys.extend(xs)
            print(ys)
        elif i == 23:
            words = s.split() if n > 0 else None
            print("-".join(words))
        elif i == 24:
            print({k: v for k, v in d.items()})
        elif i == 25:
            print(sorted(d.values()), [c for c in s if c != " "])
        elif i == 26:
            first, *rest = xs
            print(first, rest)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


for i in range(27):
    attempt(i, 1)
    attempt(i, 0)
