# A Python 3 interpreter whose program is a str (UTF-8 inside rpy, so `code[pc]` and `len(code)`
# are helpers): with code and pc green they are folded while tracing (a helper of immutable
# operands, kFoldable: session 21), also when they raise (the program ends by running past the
# end of its code, an IndexError caught by the interpreter, while tracing too). The code is built
# at run time for every call (equal strs, other objects: one green key, compared by value), with
# characters beyond ASCII.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "n", "out"])


def build(k):
    return "".join(["↑" for _ in range(k)]) + "×é<"


def run(code, n):
    pc = 0
    acc = 1
    out = []
    while True:
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n, out=out)
        try:
            c = code[pc]
        except IndexError:
            break
        if c == "↑":
            acc += 1
        elif c == "×":
            acc = acc * 3 % 100003
        elif c == "é":
            if acc % 7 == 0:
                out.append(len(code) + pc)
        elif c == "<" and n > 0:
            n -= 1
            pc = 0
            continue
        pc += 1
    return acc + sum(out)


def main():
    total = 0
    for call in range(40):
        total = (total * 31 + run(build(1 + call % 4), 30 + call)) % 1000003
    print(total)
    print(run("", 3), run("<", 0), run(build(0), 2))


main()
