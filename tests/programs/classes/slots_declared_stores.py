# Stores of attributes __slots__ declares (along the MRO, private names, a subclass without
# __slots__ that has a __dict__), and a range object's read-only start/stop/step read back.
class Base:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
class Free(Base):
    def __init__(self, x):
        Base.__init__(self, x)
        self.y = 2
class Slotted(Base):
    __slots__ = ("z", "__hidden")
    def __init__(self, x):
        super().__init__(x)
        self.z = 3
        self.__hidden = 4
    def hidden(self):
        return self.__hidden
def main():
    f = Free(1)
    f.w = 5
    s = Slotted(2)
    s.x = 7
    print(f.x, f.y, f.w, s.x, s.z, s.hidden())
    for r in (range(3), range(1, 9, 2)):
        print(r, r.start, r.stop, r.step, len(r), list(r))
main()
