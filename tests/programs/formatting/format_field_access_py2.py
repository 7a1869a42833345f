# python2
# str.format fields reading attributes and items in Python 2.7 (refused before)
import sys
class P(object):
    def __init__(self, name, xy):
        self.name = name
        self.xy = xy
def entry_point(argv):
    p = P("ada", [3, 4])
    print "{0.name} is at {0.xy[0]},{0.xy[1]}".format(p)
    print "{p.name!r:>8}|{p.xy}|{n:03d}".format(p=p, n=len(argv))
    print "{0[k]} {0[x y]}".format({"k": "v", "x y": "sp"})
    return 0
def target(*a): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
