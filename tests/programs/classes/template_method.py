from __future__ import print_function
import os, sys


class Report(object):
    title = "report"

    def header(self):
        return "== " + self.title + " =="

    def body(self):
        return []

    def footer(self):
        return "-- " + str(len(self.body())) + " lines --"

    def render(self):
        lines = [self.header()]
        lines.extend(self.body())
        lines.append(self.footer())
        return "\n".join(lines)


class Sales(Report):
    title = "sales"

    def __init__(self, figures):
        self.figures = figures

    def body(self):
        return ["%-6s %4d" % (k, v) for k, v in self.figures]


class Empty(Report):
    def footer(self):
        return "-- nothing --"


def entry_point(argv):
    for r in [Sales([("north", 10), ("south", 250)]), Empty(), Report()]:
        print(r.render())
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
