# A slice bound that is None, or may be None, is the default bound when it is None, as in Python
# (lists, strings; reads, assignments and deletions), and it runs in its place in the order.


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def bound(tag, v):
    print("bound", tag)
    return v


xs = [1, 2, 3, 4, 5]
s = "abcdef"
u = find(xs, 99)
k = find(xs, 3)
n = None
print(xs[u:k], xs[k:u], xs[u:u], xs[n:k], xs[k:n], xs[::n], xs[u::2], xs[::k])
print(s[u:k], s[k:u], s[u:u], s[u:], s[:u], s[u::2], s[::u], s[n:k], s[k:n])
print(xs[bound("a", find(xs, 9)):bound("b", find(xs, 4))])
print(s[bound("c", find(xs, 9)):bound("d", find(xs, 4)):bound("e", find(xs, 9))])
print(s[bound("f", None):bound("g", 2)])
ys = list(xs)
ys[u:k] = [0]
print(ys)
ys[k:u] = [7, 7]
print(ys)
ys[bound("h", u):bound("i", 1)] = [bound("j", 8)]
print(ys)
del ys[u:k]
print(ys)
del ys[k:u]
print(ys)
zs = list(range(10))
del zs[u::k]
print(zs)
