# --gc=gen: an interpreter loop with rpython.rlib.jit hints. The JitDriver is a prebuilt instance
# and driver.jit_merge_point(...) / can_enter_jit(...) read it as a bound method: refused ("a
# bound method kept as a value") once prebuilt instances were admitted. Without --opt=jit (which
# --gc=gen refuses) the hints are emitted as nothing: neither the driver nor the reds (instances
# here) are evaluated or kept. Run under the stress modes and the small nurseries.
from rpython.rlib.jit import JitDriver, set_param


class Frame(object):
    def __init__(self, acc, parent):
        self.acc = acc
        self.parent = parent


driver = JitDriver(greens=["pc", "code"], reds=["frame", "n"])


def run(code, n):
    pc = 0
    frame = Frame(0, None)
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame, n=n)
        op = code[pc]
        if op == "+":
            frame = Frame(frame.acc + 1, frame)
        elif op == "*":
            frame = Frame(frame.acc * 2, frame)
        elif op == "-":
            frame = Frame(frame.acc - 3, None)
        pc += 1
        if pc == len(code):
            n -= 1
            if n == 0:
                break
            pc = 0
            driver.can_enter_jit(pc=pc, code=code, frame=frame, n=n)
    depth = 0
    f = frame
    while f is not None:
        depth += 1
        f = f.parent
    return frame.acc, depth


def main():
    set_param(driver, "threshold", 3)
    print(run("++*+-", 50))
    print(run("+*+", 20))


main()
