# f(**d): d's items fill the parameters the call leaves, by name; python3's TypeErrors when a
# key is unknown, already given, or a required parameter is missing.
def g(a, b):
    return a - b


def h(x, y=10, z=100):
    return x + y + z


def k(first, *, scale=2):
    return first * scale


d = {"a": 1, "b": 2}
print(g(**d))
rev = {"b": 7, "a": 30}
print(g(**rev))
one = {"b": 5}
print(g(9, **one))
opts = {"x": 1}
print(h(**opts))
opts["z"] = 0
print(h(**opts))
more = {"y": 3}
print(h(4, **more))
kw = {"scale": 5}
print(k(3, **kw))
empty = {"first": 6}
print(k(**empty))
for bad in [{"a": 1, "c": 2}, {"a": 1}, {"b": 1, "a": 2, "q": 0}]:
    try:
        print(g(**bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(g(1, **d))
except TypeError as e:
    print("TypeError:", e)
try:
    only_y = {"y": 1}
    print(h(**only_y))
except TypeError as e:
    print("TypeError:", e)
