# One value as both operands of an operation where it dies: `t * t`, `t + t`, `f * f`... The
# x86-64 backend gave the dying first operand's register to the result, and then found the
# second operand (the same value) nowhere: it read a frame slot never written, and the compiled
# loop computed t times garbage (`s += t * t` summed wrong squares; found when the stack VM's
# `dup; mul` read the same cached stack item twice).
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["i", "n", "s", "f", "bits"])


def run(n):
    i = 0
    s = 0
    f = 0.0
    bits = 0
    while i < n:
        driver.jit_merge_point(i=i, n=n, s=s, f=f, bits=bits)
        t = (i * 7) % 13
        s += t * t
        u = i % 11 - 5
        s += u + u
        v = i ^ 0x55
        bits += (v & v) + (v | v) + (v ^ v)
        g = (i % 9) * 0.5
        f += g * g + (g + g) - g / (g + 1.0)
        w = i % 5
        if w < w or w != w:
            s += 1000000
        i += 1
    return s, f, bits


def main():
    for n in [10, 3000, 12345]:
        s, f, bits = run(n)
        print(n, s, f, bits)


main()
