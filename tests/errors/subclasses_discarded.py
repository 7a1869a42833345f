# C.__subclasses__() once a subclass of C was discarded: Python keeps the class (a cycle) until
# its garbage collector runs, so whether it is listed depends on when that happens; rpy refuses
# rather than guess (python3 prints 1 here, or 0 after a collection).
class Base(object):
    pass


def make():
    class Temp(Base):
        pass

    return Temp.__name__


make()
print(len(Base.__subclasses__()))
