# --gc=gen (tests/errors/CMakeLists.txt): print(), str(), repr(), '%' and format() call the
# __str__/__repr__ of an instance, or of each item of a list of them, with every operand rooted
# (docs/GC.md, "Instances as text"); a dict of instances is converted by the runtime item by item
# while it holds the dict's tables: refused.
class V(object):
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "V(%d)" % self.x


def main():
    d = {"a": V(2), "b": V(3)}
    print(str(V(1)), [V(4)])
    print(d)


main()
