# collections.Counter.elements(): each key as many times as its count, in the Counter's order;
# keys whose count is zero or negative are left out; read lazily.
from collections import Counter

c = Counter("abracadabra")
print(sorted(c.elements()))
print(list(c.elements()))
n = Counter([3, 1, 3, 2, 3])
n[1] -= 1
n[7] = -2
print(list(n.elements()), len(list(n.elements())))
total = 0
for x in n.elements():
    total += x
print(total)
e = Counter("")
print(list(e.elements()))
it = c.elements()
print(next(it), next(it))
c["b"] = 5  # a count changed while iterating: seen when its key is reached
print("".join(it))
words = Counter("the cat the hat the end".split())
print(" ".join(words.elements()))
