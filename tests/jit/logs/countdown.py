# jit: threshold=3
# A two-instruction bytecode loop: the trace of one iteration of the interpreted loop, with the
# greens constant, the branches as guards, and get_printable_location in debug_merge_point.
from rpython.rlib.jit import JitDriver, elidable


def location(pc, code):
    return "%d:%s" % (pc, code[pc])


driver = JitDriver(greens=["pc", "code"], reds=["n", "acc"], get_printable_location=location)


@elidable
def step_of(c):
    return 2 if c == "d" else 1


def run(code, n):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, n=n, acc=acc)
        c = code[pc]
        if c == "d":
            n -= step_of(c)
            acc += n
        elif c == "j":
            if n > 0:
                pc = 0
                continue
        pc += 1
    return acc


def entry_point(argv):
    print(run("dj", 40))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(None)
