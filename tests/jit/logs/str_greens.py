# jit: threshold=3
# pypylog: jit-log-opt,jit-backend-counts
# A green holding a str is compared by value for the green key (RPython's warmstate:
# equal_whatever), so the code string built again at every call (an equal string, another
# object) finds the loop traced for the first one: one loop, entered by every call. And a green
# holding the current one-char string (a new object at each step) repeats its key: its promotion
# is a guard on the string's value (call_pure of `str green ==`), not on its address.
from __future__ import print_function
from rpython.rlib.jit import JitDriver

vm = JitDriver(greens=["pc", "code"], reds=["acc", "n"])
chars = JitDriver(greens=["c"], reds=["acc", "i", "text"])


def make_code(k):
    return "".join(["+"] * k) + "*<"


def run(code, n):
    pc = 0
    acc = 1
    while pc < len(code):
        vm.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        c = code[pc]
        if c == "+":
            acc += 1
        elif c == "*":
            acc = acc * 3 % 10007
        elif c == "<" and n > 0:
            n -= 1
            pc = 0
            continue
        pc += 1
    return acc


def weigh(text):
    acc = 0
    i = 0
    while i < len(text):
        c = text[i]
        chars.jit_merge_point(c=c, acc=acc, i=i, text=text)
        acc = (acc * 31 + ord(c)) % 65521
        i += 1
    return acc


def main():
    total = 0
    for call in range(20):
        total += run(make_code(2), 10)
    print(total)
    print(weigh("ab" * 40))


main()
