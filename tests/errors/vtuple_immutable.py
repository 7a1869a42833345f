# A tuple made by tuple() is never changed: its list methods and item assignment are refused
# with Python's messages (the interpreter raises AttributeError and TypeError there).
import sys

t = tuple(range(len(sys.argv) + 2))
t.append(3)
t[0] = 5
del t[1]
print(t)
