# args: 7
# Globals assigned when the program runs (in the main block, at module level after the first
# print, or by functions through `global`) are read by functions with their current values.
import sys

N = 5
COUNT = 0
LABEL = "none"
history = []


def f():
    return N * 2


def bump(k):
    global COUNT
    COUNT += k
    history.append(COUNT)
    return COUNT


def set_label(s):
    global LABEL
    LABEL = s


def describe():
    return "%s:%d" % (LABEL, COUNT)


print(f(), describe())
for i in range(4):
    bump(i)
print(COUNT, history, describe())
set_label("mid")
COUNT = 100
print(describe(), bump(1))

if __name__ == "__main__":
    N = int(sys.argv[1])
    print(f())
    LABEL = "main"
    print(describe())
    steps = 0
    while COUNT < 110:
        bump(3)
        steps += 1
    print(steps, COUNT, describe())
