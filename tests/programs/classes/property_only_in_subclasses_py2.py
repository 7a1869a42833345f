# python2
# A property only one subclass defines, read through the base: the getter, or AttributeError.
class Shape(object):
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "c")
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r
class Sq(Shape):
    pass
def main(n):
    shapes = [Circle(1.5 + n), Sq("s")]
    for s in shapes:
        try:
            print s.name, s.diameter
        except AttributeError as e:
            print "AE", e
if __name__ == "__main__":
    main(1)
