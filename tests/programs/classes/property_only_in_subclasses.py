# A property that only subclasses define, read through the base class (a list of shapes):
# each class's getter, AttributeError for an instance of a class without it.
class Shape:
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    def __init__(self, r):
        super().__init__("c")
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r
class Ring(Circle):
    @property
    def diameter(self):
        return 3.5
class Sq(Shape):
    pass
class Blob(Shape):
    @property
    def diameter(self):
        return float(len(self.name))
shapes = [Circle(1.5), Sq("s"), Ring(2.0), Blob("blobby")]
for s in shapes:
    try:
        print(s.name, s.diameter)
    except AttributeError as e:
        print("AE", e)
c = Circle(4.0)
print(c.diameter)
