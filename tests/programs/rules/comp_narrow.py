class Shape(object):
    def area(self):
        return 0.0

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return float(self.w * self.h)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.0 * self.r * self.r

def pick(n):
    if n > 3:
        return None
    return Rect(n, n + 1)

def main():
    shapes = [Rect(2, 3), Circle(1.5), Rect(4, 4), Shape()]
    print([r.w == r.h for r in shapes if isinstance(r, Rect)])
    print([s.r for s in shapes if not isinstance(s, Rect) and isinstance(s, Circle)])
    print({r.w: r.h for r in shapes if isinstance(r, Rect) if r.w > 2})
    opt = [pick(i) for i in range(6)]
    print([p.h for p in opt if p is not None])
    print([p.w for p in opt if p])
    print(sum(p.w for p in opt if p is not None))

main()
