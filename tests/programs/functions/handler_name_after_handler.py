# Python 3 unbinds a handler's name (`except E as e`) when the handler ends: a later read raises
# UnboundLocalError, even where nothing else in the function assigns the name, so that the read
# has no value at all.
import sys

e = "module e"


def read_after(n):
    try:
        if n > 0:
            raise ValueError("v%d" % n)
    except ValueError as e:
        print("caught", e)
    try:
        return str(e)
    except UnboundLocalError as u:
        return "unbound: " + str(u)


def attr_after():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        print(err.args)
    except UnboundLocalError as u:
        print("unbound:", u)
    return len(sys.argv)


def compare_after(n):
    try:
        raise IndexError("i")
    except IndexError as exc:
        n += 1
    try:
        if exc is None:
            return "none"
        return "not none"
    except UnboundLocalError:
        return "unbound %d" % n


print(read_after(len(sys.argv)))
print(read_after(0))
print(attr_after())
print(compare_after(3))
print(e)
