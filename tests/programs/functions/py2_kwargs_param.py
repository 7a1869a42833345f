# python2
# **kw parameters in an RPython program (Python 2.7): the dict's order is 2.7's (keywords
# inserted in the call's order into a new dict).
import sys


def configure(name, **options):
    keys = options.keys()
    print name, len(options), options
    for k in keys:
        print k, options[k]
    return len(options)


class Node(object):
    def __init__(self, tag, **attrs):
        self.tag = tag
        self.attrs = attrs

    def render(self):
        parts = [self.tag]
        for k in sorted(self.attrs.keys()):
            parts.append("%s=%d" % (k, self.attrs[k]))
        return " ".join(parts)


def entry_point(argv):
    print configure("x")
    print configure("y", verbose=1, depth=2, width=3, alpha=4, zeta=5, eta=6)
    print configure(name="z", a=1)
    print Node("div", w=3, h=4).render(), Node("p").render()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
