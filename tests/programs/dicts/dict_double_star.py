# dict(**d), dict(a=1, **d), dict(p, **d): the mappings' items join the keyword dict in order;
# a key already given raises TypeError (python3's message).
d = {"a": 1, "b": 2}
e = {"c": 3}
print(dict(**d))
c = dict(**d)
c["z"] = 0
print(c, d)
print(dict(x=9, **d))
print(dict({"q": 5, "a": 0}, **d))
print(dict(**d, **e))
print(dict([("k", 7)], y=8, **e))
empty = {}
print(dict(**empty), dict(n=1, **empty))
try:
    print(dict(a=5, **d))
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(dict(**d, **{"b": 4}))
except TypeError as ex:
    print("TypeError:", ex)
names = {}
for w in ["one", "two", "three"]:
    names[w] = len(w)
print(dict(first=0, **names))
