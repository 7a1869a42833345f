# A Python 3 script with a JitDriver: for loops over a str (code points), dict.items(), keys()
# and values() while the values change, enumerate(zip(list, tuple)) unpacked in place; and a
# statement codegen cannot print apart from its operands (`env[k] = v % 50 + 1`: done whole by a
# helper over the locals it reads).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "n", "env"])


def run(code, n):
    acc = 0
    pc = 0
    env = {"a": 1, "bb": 2}
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n, env=env)
        c = code[pc]
        if c == "s":
            for ch in "héllo" + str(n):
                acc += len(ch) + ord(ch) % 7
        elif c == "d":
            for k, v in env.items():
                acc += len(k) * v
                env[k] = v % 50 + 1
            for k in env.keys():
                acc += len(k)
            for v in env.values():
                acc -= v
        elif c == "t":
            for i, (x, y) in enumerate(zip([1, 2, 3], (4, 5, 6))):
                acc += i * x - y
        elif c == "j":
            n -= 1
            if n > 0:
                pc = 0
                continue
        pc += 1
    return acc


print(run("sdtj", 200))
