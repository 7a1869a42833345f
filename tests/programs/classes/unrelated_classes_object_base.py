# Instances of unrelated classes in one list, variable and dict (no common base but object): a
# value of their common base, object, as in Python (refused before: "have no common base class").
import sys


class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name
        self.legs = 4

    def speak(self):
        return self.name + " says " + self.sound

    def __repr__(self):
        return "Dog(%r)" % self.name


class Robot:
    def __init__(self, serial):
        self.name = "R-%d" % serial
        self.serial = serial

    def speak(self):
        return "beep " + str(self.serial)


class Puppy(Dog):
    sound = "yip"


class Counter:
    pass


def describe(x):
    if isinstance(x, Dog):
        return "dog with %d legs" % x.legs
    elif isinstance(x, Robot):
        return "robot #%d" % x.serial
    return "thing " + type(x).__name__


things = [Dog("rex"), Robot(7), Puppy("bit"), Robot(9)]
for t in things:
    print(t.speak(), "|", t.name, "|", describe(t), type(t).__name__)
print(len(things), things[0], things[2])
pick = things[1] if len(sys.argv) > 5 else things[0]
print(pick.name)
kinds = [Dog, Robot]
made = [Dog("d0"), Robot(1)]
print([m.speak() for m in made])
c = Counter()
mixed = [c, things[0]]
print(describe(mixed[0]), describe(mixed[1]), mixed[0] is c)
by_name = {t.name: t for t in things}
print(sorted(by_name), by_name["rex"].speak())
try:
    print(mixed[0].name)
except AttributeError as e:
    print("AttributeError:", e)
