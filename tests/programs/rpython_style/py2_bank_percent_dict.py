# python2
# An RPython-style program (accounts, exceptions with `except E, e`, class attributes, sorted by
# key): "%(kind)s %(owner)-6s %(bal)8d" % {display} mixes str and int values (was refused).
import os

class Account(object):
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount %d" % amount)
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        self.balance += int(self.balance * self.interest)

    def __str__(self):
        return "%s<%s: %d>" % (self.__class__.__name__, self.owner, self.balance)


class Savings(Account):
    interest = 0.02


class Checking(Account):
    fee = 3

    def month_end(self):
        Account.month_end(self)
        self.balance -= self.fee


class InsufficientFunds(Exception):
    def __init__(self, owner, short):
        self.owner = owner
        self.short = short


def report(accounts):
    lines = []
    for a in sorted(accounts, key=lambda a: -a.balance):
        kind = "S" if isinstance(a, Savings) else ("C" if isinstance(a, Checking) else "-")
        lines.append("%(kind)s %(owner)-6s %(bal)8d" % {"kind": kind, "owner": a.owner, "bal": a.balance})
    return "\n".join(lines)


def entry_point(argv):
    accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy"), Savings("dee", 7)]
    ops = [(0, "dep", 500), (1, "wd", 80), (2, "dep", -5), (3, "wd", 1), (1, "dep", 30), (2, "dep", 20)]
    for idx, op, amt in ops:
        a = accts[idx]
        try:
            if op == "dep":
                a.deposit(amt)
            else:
                a.withdraw(amt)
        except InsufficientFunds, e:
            print "short:", e.owner, e.short
        except ValueError, e:
            print "error:", str(e)
    for month in range(3):
        for a in accts:
            a.month_end()
    print report(accts)
    for a in accts:
        print a, len(a.history), [h for h in a.history if h[0] == "dep"]
    d = {}
    for a in accts:
        d.setdefault(type(a).__name__, []).append(a.owner)
    for k in sorted(d):
        print k, ",".join(d[k])
    print "%.2f %5.1f%% %x %r" % (1.0 / 3, 12.345, 255, "it's")
    os.write(1, "done\n")
    return 0


def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
