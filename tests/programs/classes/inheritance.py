from __future__ import print_function
import os, sys


class Animal(object):
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return self.name + " says " + self.speak()


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " (squeaky, age " + str(self.age) + ")"


class Cat(Animal):
    def speak(self):
        return "meow"


def entry_point(argv):
    zoo = [Animal("generic"), Dog("rex"), Cat("tom"), Puppy("bit", 1)]
    for a in zoo:
        print(a.intro())
    print(isinstance(zoo[3], Dog), isinstance(zoo[3], Animal), isinstance(zoo[2], Dog))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
