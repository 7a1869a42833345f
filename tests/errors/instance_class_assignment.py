# The state pattern by swapping an instance's class (python3 prints "closed", then "open"): rpy
# stored a field named __class__ and kept calling Closed's methods, printing "closed" twice.
# Refused, naming what to write instead.
class Door:
    def state(self):
        return "?"


class Closed(Door):
    def state(self):
        return "closed"

    def toggle(self):
        self.__class__ = Open


class Open(Door):
    def state(self):
        return "open"

    def toggle(self):
        self.__class__ = Closed


def main():
    d = Closed()
    print(d.state())
    d.toggle()
    print(d.state())


main()
