# A script's read of a local that may be unbound raises UnboundLocalError where Python evaluates
# it: the operands before it run first (their effects show), the ones after it never run.
import sys

N = len(sys.argv)


def tr(s):
    print("tr", s)
    return len(s)


def add(n):
    if n > 5:
        x = 1
    try:
        return tr("a") + x
    except UnboundLocalError:
        return -1


def display(n):
    if n > 5:
        x = 1
    try:
        return [tr("b"), x, tr("c")]
    except UnboundLocalError:
        return [0]


def call_args(n):
    if n > 5:
        x = 1
    try:
        return max(tr("d"), x, tr("e"))
    except UnboundLocalError:
        return -2


def compare(n):
    if n > 5:
        x = 1
    try:
        return tr("f") < x
    except UnboundLocalError:
        return False


def subscript(n):
    items = [10, 20]
    if n > 5:
        i = 1
    try:
        return items[tr("") + i]
    except UnboundLocalError:
        return -3


print(add(N), add(9))
print(display(N), display(9))
print(call_args(N), call_args(9))
print(compare(N), compare(9))
print(subscript(N), subscript(9))
