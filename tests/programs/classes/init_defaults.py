from __future__ import print_function
import os, sys


class Account(object):
    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount

    def show(self):
        return self.owner + " " + str(self.balance) + " " + self.currency


def entry_point(argv):
    accts = [Account("ann"), Account("bob", 50), Account("cy", currency="USD"),
             Account(balance=7, owner="di")]
    for a in accts:
        a.deposit(10)
        print(a.show())
    try:
        accts[0].deposit(-5)
    except ValueError:
        print("rejected", accts[0].balance)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
