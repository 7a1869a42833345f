# A with statement inside a loop, around a loop left by a break through finally, then a read of
# a local that may be unbound: rpy's analysis followed the with statement's unbound states in a
# cycle (an earlier iteration's state) and ran out of stack ("the program nests too deeply").
import sys


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, a, b, c):
        print("exit")
        return False


def loops(n):
    w = 0
    while w < n:
        w += 1
        with Ctx() as cm:
            while True:
                try:
                    if w > 1:
                        j = w * 10
                    break
                finally:
                    print("finally", w)
            try:
                print(j)
            except UnboundLocalError as e:
                print("unbound:", e)
    return w


def simple(n):
    for i in range(n):
        with Ctx():
            while True:
                try:
                    k = i
                    break
                finally:
                    print("fin", i)
            print(k)
    return n


print(loops(2 + len(sys.argv)))
print(simple(2))
