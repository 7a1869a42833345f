# python2
# for loops over every kind of iterable in a portal, as interpreters write them: a small VM whose
# globals live in a dict (dumped with iteritems(), summed with itervalues(), keys copied), whose
# instructions take argument tuples (for over a tuple), whose CALL binds parameters with zip()
# and enumerate(), whose stack is scanned with reversed(), whose set of visited pcs is iterated,
# and whose "range" instruction consumes a generator. The dict is mutated while a snapshot of its
# keys is iterated (Python 2's keys() is a list), deleted from while iterating its items() list,
# its values changed while itervalues() visits them.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["frame", "n"])


class Frame(object):
    def __init__(self):
        self.stack = []
        self.env = {}
        self.seen = {}
        self.acc = 0
        self.log = []


def countdown(k):
    while k > 0:
        yield k
        k -= 2


def pairs(xs):
    for i in range(0, len(xs) - 1, 2):
        yield xs[i], xs[i + 1]


def run(code, n):
    frame = Frame()
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, frame=frame, n=n)
        c = code[pc]
        if c == "s":  # store n under a few names
            for name in ("a", "b", "c"):
                frame.env[name + str(n % 3)] = n
        elif c == "d":  # dump the globals
            t = 0
            for k, v in frame.env.iteritems():
                t += len(k) * v
            for v in frame.env.itervalues():
                t -= v
            for v in frame.env.itervalues():  # sees the values as the loop changes them
                t += v
                for k2 in frame.env.keys():
                    frame.env[k2] = frame.env[k2] % 1000 + 1
            for k in frame.env:
                t += ord(k[0])
            frame.acc += t
        elif c == "k":  # a snapshot of the keys while the dict changes
            for k in frame.env.keys():
                frame.env[k + "x"] = 1
                if len(frame.env) > 40:
                    break
            for k, v in frame.env.items():
                if v == 1:
                    del frame.env[k]
        elif c == "p":  # push n, n+1, n+2
            for x in (n, n + 1, n + 2):
                frame.stack.append(x)
        elif c == "z":  # bind 2 parameters
            names = ["x", "y"]
            args = [frame.stack.pop(), frame.stack.pop()]
            for name, value in zip(names, args):
                frame.env[name] = value
            for i, value in enumerate(args):
                frame.acc += i * value
        elif c == "r":  # scan the stack from the top
            for x in reversed(frame.stack):
                if x % 5 == 0:
                    break
                frame.acc += x
            else:
                frame.acc += 1
            frame.stack = []
        elif c == "v":  # a set of visited values
            frame.seen[n % 7] = True
            total = 0
            for v in frame.seen:
                total += v
            frame.acc += total
        elif c == "g":  # a generator
            for k in countdown(n % 9):
                frame.acc += k
            for a, b in pairs([n, 2, 3, n % 4, 5]):
                frame.acc += a * b
        elif c == "j":
            n -= 1
            if n > 0:
                pc = 0
                continue
        pc += 1
    keys = frame.env.keys()
    keys.sort()
    frame.log.append(",".join(keys))
    return frame.acc, frame.log


def entry_point(argv):
    n = 150
    if len(argv) > 1:
        n = int(argv[1])
    acc, log = run("sdkpzpzrvgdj", n)
    print(acc)
    for line in log:
        print(line)
    acc, log = run("pprvsgj", n + 7)
    print(acc)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
