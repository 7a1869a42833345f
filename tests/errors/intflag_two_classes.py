# `|` between members of two IntFlag classes: Python 3.11 names the result with the other member's
# repr (<IP.A|<IQ.X: 2>: 3>); rpy refuses it by name rather than print another name.
import enum


class IP(enum.IntFlag):
    A = 1


class IQ(enum.IntFlag):
    X = 2


def main():
    print(repr(IP.A | IQ.X))


main()
