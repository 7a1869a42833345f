# f(**d) of a bound method held in a local variable: refused, naming the callee (python3 prints 1).
class C:
    def m(self, a):
        return a


def main():
    d = {"a": 1}
    f = C().m
    print(f(**d))


main()
