# Unpacking a tuple of the wrong length raises Python's ValueError; an index out of range, IndexError.
import sys

lst = list(range(len(sys.argv) + 2))
t = tuple(lst)
try:
    a, b = t
    print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c, d = t
    print(a, b, c, d)
except ValueError as e:
    print("ValueError", e)
try:
    print(t[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(t.index(42))
except ValueError as e:
    print("ValueError", e)
first, *rest = t
print(first, rest)
