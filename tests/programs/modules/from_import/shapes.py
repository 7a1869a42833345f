from util import clamp


class Rect(object):
    def __init__(self, w, h):
        self.w = clamp(w, 0, 100)
        self.h = clamp(h, 0, 100)

    def area(self):
        return self.w * self.h
