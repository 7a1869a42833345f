# a > b on instances of a class that defines __lt__ only: Python calls b.__lt__(a) (the
# reflected method); rpy refuses it ("rpy does not call reflected comparison methods yet").
class Val(object):
    def __init__(self, x):
        self.x = x

    def __lt__(self, o):
        return self.x < o.x


def main():
    a = Val(3)
    b = Val(5)
    print(a > b, b > a, a < b)
    vs = [Val(4), Val(1), Val(9)]
    print(max(vs).x, min(vs).x)


main()
