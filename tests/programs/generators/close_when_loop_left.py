# A generator whose yield lies inside try/finally, a with statement or a handler of GeneratorExit,
# left unfinished by the for loop iterating it (break, return, an exception): CPython closes it
# when the loop drops it, so its finally body runs there (rpy never ran it).
log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append("exit " + self.name)
        return False


def counted(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("counted done")


def managed(n):
    with Res("r%d" % n):
        for i in range(n):
            yield i * 10


def guarded(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    except GeneratorExit:
        log.append("closed at %d" % i)
        raise


def first_big(limit):
    for v in counted(100):
        if v * v > limit:
            return v
    return -1


def boom(n):
    for v in managed(5):
        if v >= n:
            raise ValueError("at %d" % v)


def main():
    for v in counted(10):
        if v == 3:
            break
    print(log)
    log.clear()
    print(first_big(50), log)
    log.clear()
    try:
        boom(20)
    except ValueError as e:
        print("caught", e, log)
    log.clear()
    for v in guarded(5):
        if v == 2:
            break
    print(log)
    log.clear()
    for v in counted(3):
        pass
    print(log)
    log.clear()
    total = 0
    for v in managed(4):
        total += v
    print(total, log)
    log.clear()
    for v in counted(5):
        for w in guarded(5):
            if w == 1:
                break
        if v == 1:
            break
    print(log)


main()
