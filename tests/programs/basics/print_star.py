# print(*x) prints the items of x (any iterable), with sep and end; constant displays of mixed items too.
rest = [6, 7, 8]
print(*rest)
print(*rest, sep="-")
t = (1, "a")
print(*t, sep=", ")
def f(*a):
    print(len(a), *a)
f(*(6, 7, 8))
print(*[x * 2 for x in rest])
print(*range(3), sep="")
print(*"abc")
print("x", *{"k": 1})
print(*[])
print(*(), end="|\n")
print(*[1.5, None, "s", [1]], sep=";")
g = (i * i for i in range(4))
print(*g)
class P:
    def __str__(self):
        return "P!"
print(*[P(), P()])
