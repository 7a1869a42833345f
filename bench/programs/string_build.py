"""String building: an invoice report of N lines made with % formatting
(%d %s %x %o %f with flags, widths and precisions), str methods and
str.join, plus a summary per customer built by += on short strings.
Prints the report's size, a checksum of it and its last lines.

    python3 string_build.py N
"""
import sys

CUSTOMERS = ["Ada", "Grace", "Alan", "Barbara", "Edsger", "Donald", "Margaret",
             "Ken", "Dennis", "Guido", "Niklaus", "Frances"]
ITEMS = ["widget", "gadget", "sprocket", "flange", "gizmo", "doohickey", "bolt", "nut"]


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n


def make_line(number, customer, item, quantity, cents):
    price = cents / 100.0
    code = "%s-%04x-%o" % (item[:3].upper(), number, quantity)
    return "%06d %-9s %-10s %4d x %8.2f = %11.2f  [%s]" % (
        number, customer, item, quantity, price, quantity * price, code)


def report(n):
    rng = Random(42)
    lines = []
    totals = {}
    for i in range(n):
        customer = CUSTOMERS[rng.next(len(CUSTOMERS))]
        item = ITEMS[rng.next(len(ITEMS))]
        quantity = 1 + rng.next(250)
        cents = 5 + rng.next(20000)
        lines.append(make_line(i, customer, item, quantity, cents))
        totals[customer] = totals.get(customer, 0) + quantity * cents
    summary = ""
    for customer in sorted(totals):
        summary += customer.ljust(10) + str(totals[customer] // 100).rjust(12)
        summary += ".%02d\n" % (totals[customer] % 100)
    header = " ".join([w.capitalize() for w in "number customer item quantity price total".split()])
    return header + "\n" + "\n".join(lines) + "\n" + "=" * 40 + "\n" + summary


def main(n):
    text = report(n)
    checksum = 0
    for c in text[::7]:
        checksum = (checksum * 131 + ord(c)) % 1000000007
    print("%d lines, %d characters, %d sevens, checksum %d" % (n, len(text), text.count("7"), checksum))
    tail = text.split("\n")[-16:]
    print("\n".join(tail))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
