# `del x` of a module-level variable unbinds it: a later read raises NameError, as in Python,
# and a new assignment binds it again.
import sys

count = 10
x = len(sys.argv)
print(x, count)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
x = 5
print(x)


def show():
    try:
        return "count is %d" % count
    except NameError as e:
        return "NameError: %s" % e


def drop():
    global count
    del count


print(show())
drop()
print(show())
try:
    drop()
except NameError as e:
    print("NameError:", e)
for i in range(3):
    y = i
    print(y)
    del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
