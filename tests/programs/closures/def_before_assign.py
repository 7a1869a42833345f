# A nested function defined before the enclosing variable it reads is assigned (or where it is
# assigned on some paths only) reads it through a shared cell: the value at the call, or Python's
# NameError while it has none.


def later():
    def g():
        return x

    x = 1
    return g()


def some_paths(n):
    if n > 5:
        y = n

    def g():
        return y

    try:
        return g()
    except NameError as e:
        print("NameError:", e)
        return -1


def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


def deleted():
    x = 3

    def g():
        return x

    first = g()
    del x
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    x = 4
    return first, g()


def outer_reads_unbound(preset):
    def set_it():
        nonlocal v
        v = 9

    if preset:
        v = 1

    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    set_it()
    return v


def returned_before_assigned():
    def get():
        return late_value * 2

    fs = [get]
    late_value = 21
    return fs


print(later())
print(some_paths(1), some_paths(7))
print(mutual(7))
print(deleted())
print(outer_reads_unbound(False), outer_reads_unbound(True))
print(returned_before_assigned()[0]())
