# `is` / `is not` between values of unrelated types (lists and dicts of different item types,
# instances of unrelated classes, strs, numbers of different kinds, tuples): distinct objects,
# unless both are None; both operands run, in order. `==` between them keeps Python's meaning
# (two empty lists of different item types are equal).
import sys


class Job(object):
    def __init__(self, n):
        self.n = n


class Other(object):
    pass


TRACE = []


def jobs(tag):
    TRACE.append(tag)
    return [Job(len(tag))]


def table(tag):
    TRACE.append(tag)
    return {tag: 1}


def maybe_list(flag):
    if flag:
        return [Job(1)]
    return None


def maybe_dict(flag):
    if flag:
        return {"k": 2.5}
    return None


def main():
    keep = [Job(1)]
    empty = []
    ints = [1, 2]
    names = {"a": 1}
    codes = {1: "a"}
    job = Job(3)
    other = Other()
    word = "word"
    num = len(sys.argv)
    real = 1.0 * num
    pair = (num, word)
    print(keep is not empty, keep is empty, keep == empty, empty == [])
    print(ints is keep, keep is not ints, ints == keep)
    print(names is codes, names is not codes, names == codes)
    print(job is other, job is not other)
    print(keep is names, word is keep, job is keep, job is word, names is not job)
    print(num is real, num is not real, num == real, True is num, pair is keep)
    for flag in [True, False]:
        ml = maybe_list(flag)
        md = maybe_dict(flag)
        print(flag, ml is md, ml is not md, md is ml)
    print(jobs("left") is table("right"), table("a") is not jobs("b"), TRACE)


main()
