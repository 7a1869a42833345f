# Every way out of a try/finally runs the finally body once, in Python's order: return (its value
# computed first), break and continue (also through several finally bodies, and with for/while
# else clauses), an exception, and a finally body that itself returns, breaks or raises, which
# replaces the exit in progress.
import sys

trace = []


def note(s):
    trace.append(s)
    return len(trace)


def nested_return(n):
    try:
        try:
            if n > 0:
                return note("value")
            note("no return")
        finally:
            note("inner")
        note("between")
    finally:
        note("outer")
    return -1


def finally_overrides(n):
    try:
        return n * 2
    finally:
        if n > 1:
            return n * 100


def swallow(n):
    for i in range(3):
        try:
            if i == n:
                raise ValueError("boom %d" % i)
        finally:
            if i == n:
                break
    return i


def loops(stop):
    out = []
    for i in range(5):
        try:
            try:
                if i == 1:
                    continue
                if i == stop:
                    break
                out.append(str(i))
            finally:
                out.append(str(-i))
        finally:
            out.append(str(100 + i))
    else:
        out.append("else")
    k = 0
    while k < 4:
        k += 1
        try:
            if k == 2:
                continue
            if k == stop:
                break
        finally:
            out.append("w%d" % k)
    else:
        out.append("welse")
    return out


def replace_exception():
    try:
        try:
            raise KeyError("first")
        finally:
            note("cleanup")
            raise ValueError("second")
    except ValueError as e:
        return "caught " + str(e)
    except KeyError:
        return "wrong"


class Manager(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        note("enter " + self.name)
        return self

    def __exit__(self, kind, value, tb):
        note("exit " + self.name)
        return False


def with_return(n):
    with Manager("a"):
        with Manager("b"):
            if n:
                return "early"
        note("after b")
    return "late"


def gen(n):
    try:
        for i in range(n):
            try:
                yield i
            finally:
                note("gen step %d" % i)
    finally:
        note("gen done")


def main():
    print(nested_return(1), nested_return(0), trace)
    del trace[:]
    print(finally_overrides(1), finally_overrides(2))
    print(swallow(1), swallow(5))
    print(loops(3))
    print(loops(9))
    print(replace_exception(), trace)
    del trace[:]
    print(with_return(1), with_return(0), trace)
    del trace[:]
    print(list(gen(3)), trace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
