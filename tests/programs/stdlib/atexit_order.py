# atexit handlers run when the script ends, last registered first: the ones registered while the
# module is set up (a decorator, register() with arguments and defaults) and the ones its running
# code registers (with the values the arguments had then, a nested function, unregister()).
import atexit

log = []


@atexit.register
def goodbye():
    print("goodbye", len(log))


def show(tag, n, sep="-"):
    print("show", tag, sep * n)


def never():
    print("never printed")


atexit.register(show, "setup", 3)
atexit.register(show, "kw", n=2, sep="+")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print("registered")


def main():
    total = 0
    for i in range(3):
        total += i
        log.append(i)
        atexit.register(show, "loop", i, "*")
    atexit.register(never)
    atexit.unregister(never)
    name = "inner"

    def inner(k):
        print("inner", name, k, total)

    atexit.register(inner, 7)
    f = atexit.register(show, "returned", 1)
    print("register returns the function:", f is show)
    print("main done")


main()
