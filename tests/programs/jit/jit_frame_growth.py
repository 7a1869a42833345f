# A bridge compiled while the interpreter was in a nested portal call, and then entered by the
# outer level's running code. The outer level (i >= 1500) calls run(1, 1) at each step; in there
# (a deeper level) the loop's guard on state.flag fails until a bridge for the big branch is
# compiled and attached: it keeps 40 values at once, and needs a bigger frame than the outer
# level's, sized when that level entered its code. When the nested calls stop resetting the flag,
# the outer level's code fails that guard and jumps straight into the bridge. Until session 19
# the bridge ran in the small frame and wrote past it (RPY_JIT=check_frames=1, as in the
# trace_eagerness=1 mode of tests/jit: "internal error: machine code wrote past the frame of
# nesting level 0"); now a trace's code grows a frame smaller than it needs on entry.
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds='auto')


class State(object):
    def __init__(self):
        self.flag = 0
        self.count = 0


state = State()


def run(n, depth):
    i = 0
    acc = 0
    while i < n:
        driver.jit_merge_point()
        if state.flag:
            a0 = (i * 3 + 1) % 1000003
            a1 = (i * 4 + 8) % 1000003
            a2 = (i * 5 + 15) % 1000003
            a3 = (i * 6 + 22) % 1000003
            a4 = (i * 7 + 29) % 1000003
            a5 = (i * 8 + 36) % 1000003
            a6 = (i * 9 + 43) % 1000003
            a7 = (i * 10 + 50) % 1000003
            a8 = (i * 11 + 57) % 1000003
            a9 = (i * 12 + 64) % 1000003
            a10 = (i * 13 + 71) % 1000003
            a11 = (i * 14 + 78) % 1000003
            a12 = (i * 15 + 85) % 1000003
            a13 = (i * 16 + 92) % 1000003
            a14 = (i * 17 + 99) % 1000003
            a15 = (i * 18 + 106) % 1000003
            a16 = (i * 19 + 113) % 1000003
            a17 = (i * 20 + 120) % 1000003
            a18 = (i * 21 + 127) % 1000003
            a19 = (i * 22 + 134) % 1000003
            a20 = (i * 23 + 141) % 1000003
            a21 = (i * 24 + 148) % 1000003
            a22 = (i * 25 + 155) % 1000003
            a23 = (i * 26 + 162) % 1000003
            a24 = (i * 27 + 169) % 1000003
            a25 = (i * 28 + 176) % 1000003
            a26 = (i * 29 + 183) % 1000003
            a27 = (i * 30 + 190) % 1000003
            a28 = (i * 31 + 197) % 1000003
            a29 = (i * 32 + 204) % 1000003
            a30 = (i * 33 + 211) % 1000003
            a31 = (i * 34 + 218) % 1000003
            a32 = (i * 35 + 225) % 1000003
            a33 = (i * 36 + 232) % 1000003
            a34 = (i * 37 + 239) % 1000003
            a35 = (i * 38 + 246) % 1000003
            a36 = (i * 39 + 253) % 1000003
            a37 = (i * 40 + 260) % 1000003
            a38 = (i * 41 + 267) % 1000003
            a39 = (i * 42 + 274) % 1000003
            acc = (acc + a0 * a39 + a1 * a38 + a2 * a37 + a3 * a36 + a4 * a35 + a5 * a34 + a6 * a33 + a7 * a32 + a8 * a31 + a9 * a30 + a10 * a29 + a11 * a28 + a12 * a27 + a13 * a26 + a14 * a25 + a15 * a24 + a16 * a23 + a17 * a22 + a18 * a21 + a19 * a20 + a20 * a19 + a21 * a18 + a22 * a17 + a23 * a16 + a24 * a15 + a25 * a14 + a26 * a13 + a27 * a12 + a28 * a11 + a29 * a10 + a30 * a9 + a31 * a8 + a32 * a7 + a33 * a6 + a34 * a5 + a35 * a4 + a36 * a3 + a37 * a2 + a38 * a1 + a39 * a0) % 1000000007
        else:
            acc = (acc + i) % 1000000007
        if depth == 0 and i >= 1500:
            state.flag = 1
            acc = (acc + run(1, 1)) % 1000000007
        i += 1
    if depth == 1:
        state.count += 1
        if state.count < 2500:
            state.flag = 0
    return acc


def main():
    print(run(6000, 0))
    state.flag = 0
    state.count = 0
    print(run(2500, 0))


main()
