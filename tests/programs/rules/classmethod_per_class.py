# A class method constructor, cls(arg), called through each class of a family whose __init__s
# take different types (an int for Const, a str for Var): Python runs it with the class it is
# called through; rpy annotates it once per class (annotate/specialize_rules.cpp). A class value
# narrowed by `cls is Const` calls it with that class.
class Expr:
    @classmethod
    def build(cls, arg):
        e = cls(arg)
        e.check()
        return e

    def check(self):
        pass

    def show(self):
        return "?"


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def show(self):
        return str(self.value * 2)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def check(self):
        if not self.name:
            raise ValueError("empty name")

    def show(self):
        return self.name + "!"


def make(kind, text):
    cls = Const if kind == "c" else Var
    if cls is Const:
        return cls.build(int(text))
    return cls.build(text)


def main():
    a = Const.build(21)
    b = Var.build("x")
    print(a.show(), b.show())
    for k, t in [("c", "4"), ("v", "yy"), ("c", "10")]:
        print(make(k, t).show())
    try:
        Var.build("")
    except ValueError as e:
        print("error:", e)


main()
