from __future__ import print_function
import os, sys


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed


class UnknownAccount(Exception):
    def __init__(self, name):
        self.name = name


class Account(object):
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.log = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount - self.balance)
        self.balance -= amount
        self.log.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.log.append(amount)


class SavingsAccount(Account):
    rate = 3

    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest


class Bank(object):
    def __init__(self):
        self.accounts = {}

    def open(self, acct):
        self.accounts[acct.name] = acct

    def get(self, name):
        if name not in self.accounts:
            raise UnknownAccount(name)
        return self.accounts[name]

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount)
        b.deposit(amount)


def entry_point(argv):
    bank = Bank()
    bank.open(Account("alice", 100))
    bank.open(SavingsAccount("bob", 1000))
    ops = [("alice", "bob", 30), ("bob", "alice", 500), ("alice", "bob", 1000), ("carol", "bob", 1)]
    for src, dst, amt in ops:
        try:
            bank.transfer(src, dst, amt)
            print("ok", src, "->", dst, amt)
        except InsufficientFunds as e:
            print("insufficient funds in", e.account, "missing", e.needed)
        except UnknownAccount as e:
            print("unknown account", e.name)
    bob = bank.get("bob")
    if isinstance(bob, SavingsAccount):
        print("interest", bob.add_interest())
    for name in ["alice", "bob"]:
        a = bank.get(name)
        print(name, a.balance, a.log)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
