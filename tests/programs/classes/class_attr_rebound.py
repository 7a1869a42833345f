# Class attributes rebound at run time: counters, flags, registries and a cached singleton, read
# through the class, a subclass and instances.


class Shape:
    count = 0
    verbose = False
    last = None
    unit = "cm"

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        Shape.last = self
        if Shape.verbose:
            print("made", name, self.count)

    def label(self):
        return "%s#%d %s" % (self.name, self.count, self.unit)


class Square(Shape):
    def __init__(self):
        Shape.__init__(self, "square")


class Config:
    level = 1
    names = ["a"]
    _instance = None

    @staticmethod
    def get():
        if Config._instance is None:
            Config._instance = Config()
            print("created")
        return Config._instance


def bump():
    Config.level = Config.level * 10 + 1
    return Config.level


print(Shape.count, Square.count)
a = Shape("a")
Shape.verbose = True
b = Square()
print(Shape.count, Square.count, a.count, b.count, a.label(), b.label())
print(Shape.last.name, Shape.last is b)
Shape.unit = "mm"
print(a.label())
print(bump(), bump(), Config.level)
Config.names = Config.names + ["b"]
print(Config.names)
print(Config.get() is Config.get())
