# The truth of an instance of a hierarchy where only some classes define __bool__ or __len__:
# Python 3 asks the value's class at run time (__bool__ along its MRO first, else __len__).
class Shape:
    def __init__(self, label):
        self.label = label


class Empty(Shape):
    def __bool__(self):
        return False


class Bag(Shape):
    def __init__(self, label, things):
        super().__init__(label)
        self.things = things

    def __len__(self):
        return len(self.things)


class TrueBag(Bag):
    def __bool__(self):
        return True


def check(shapes):
    out = []
    for s in shapes:
        out.append(s.label + ("+" if s else "-"))
    return " ".join(out)


def first_true(shapes):
    for s in shapes:
        if not s:
            continue
        return s.label
    return "none"


def main():
    shapes = [Shape("s"), Empty("e"), Bag("b0", []), Bag("b1", ["x"]), TrueBag("t", [])]
    print(check(shapes))
    print(first_true(shapes[1:]), first_true([Empty("a"), Bag("b", [])]))
    holder = {"k": Bag("in", [])}
    if holder["k"]:
        print("dict value true")
    else:
        print("dict value false")
    opt = None
    for s in shapes:
        if s.label == "b1":
            opt = s
    print("found" if opt else "missing")


main()
