# check-traceback
# A tuple that may be None, iterated (a for loop, a comprehension, `in`) where it holds a tuple,
# then iterated where it is None: Python 3's TypeError.
import sys

pair = None
if len(sys.argv) < 50:
    pair = (3, 4)
for q in pair:
    print("item", q)
print([q * 10 for q in pair], sum([q for q in pair]))
print(4 in pair, 5 not in pair)

other = None
if len(sys.argv) > 50:
    other = (1.5, 2.5)
print("other:", other)
try:
    print(2.5 in other)
except TypeError as e:
    print("TypeError:", e)
for q in other:
    print("never", q)
