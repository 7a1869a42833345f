# python2
# A method that only subclasses define, called through the base class (RPython treats it as an
# abstract method): each object runs its own class's method; an object of the base class itself
# raises AttributeError, as Python does.
class A(object):
    def run(self): return self.name()
class B(A):
    def name(self): return "b"
class C(A):
    def name(self): return "c"
def make(n):
    if n == 1:
        return B()
    if n == 2:
        return C()
    return A()
def entry_point(argv):
    for i in [1, 2, 3]:
        x = make(i)
        try:
            print x.run()
        except AttributeError as e:
            print 'AttributeError', e
    return 0
def target(*args): return entry_point, None
if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
