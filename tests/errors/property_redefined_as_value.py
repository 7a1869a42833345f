# A subclass replaces a property of its base with a plain class attribute: reading it through the
# base class would need the class attribute or the getter depending on the object; rpy refuses.
class Base(object):
    def _get(self):
        return 1

    value = property(_get)


class Fixed(Base):
    value = 5


def entry_point(argv):
    o = Base()
    if len(argv) > 3:
        o = Fixed()
    print o.value
    return 0


def target(*args):
    return entry_point, None
