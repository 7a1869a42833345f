# A tuple whose length is known only at run time has items of one type: tuples of different
# lengths whose items do not merge (an int and a str) are refused, naming both.
import sys

t = (1, "a")
if len(sys.argv) > 1:
    t = (2, "b", "c")
print(t)
