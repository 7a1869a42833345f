# python2
# A tiny regex matcher (Thompson-style) with states as instances, None-initialised locals,
# and a result that is None on one path.
import os


class State(object):
    def __init__(self, c, out=None, out1=None):
        self.c = c        # character, or '' for split, or '$' for match
        self.out = out
        self.out1 = out1
        self.lastlist = -1


MATCH = State('$')


class Frag(object):
    def __init__(self, start, outs):
        self.start = start
        self.outs = outs


def patch(outs, s):
    for st, which in outs:
        if which == 0:
            st.out = s
        else:
            st.out1 = s


def compile_postfix(postfix):
    stack = []
    for c in postfix:
        if c == '.':
            e2 = stack.pop()
            e1 = stack.pop()
            patch(e1.outs, e2.start)
            stack.append(Frag(e1.start, e2.outs))
        elif c == '|':
            e2 = stack.pop()
            e1 = stack.pop()
            s = State('', e1.start, e2.start)
            stack.append(Frag(s, e1.outs + e2.outs))
        elif c == '*':
            e = stack.pop()
            s = State('', e.start, None)
            patch(e.outs, s)
            stack.append(Frag(s, [(s, 1)]))
        elif c == '?':
            e = stack.pop()
            s = State('', e.start, None)
            stack.append(Frag(s, e.outs + [(s, 1)]))
        else:
            s = State(c)
            stack.append(Frag(s, [(s, 0)]))
    e = stack.pop()
    patch(e.outs, MATCH)
    return e.start


class Matcher(object):
    def __init__(self, start):
        self.start = start
        self.listid = 0

    def addstate(self, l, s):
        if s is None or s.lastlist == self.listid:
            return
        s.lastlist = self.listid
        if s.c == '':
            self.addstate(l, s.out)
            self.addstate(l, s.out1)
            return
        l.append(s)

    def match(self, text):
        self.listid += 1
        clist = []
        self.addstate(clist, self.start)
        for ch in text:
            self.listid += 1
            nlist = []
            for s in clist:
                if s.c == ch:
                    self.addstate(nlist, s.out)
            clist = nlist
        for s in clist:
            if s is MATCH:
                return True
        return False


def first_match(m, words):
    found = None
    for w in words:
        if m.match(w):
            found = w
            break
    return found


def entry_point(argv):
    # a(b|c)*d  in postfix: a bc|*. d.
    m = Matcher(compile_postfix("abc|*.d."))
    for w in ["ad", "abd", "abcbcd", "abx", "d", "acccd"]:
        os.write(1, "%s %s\n" % (w, "yes" if m.match(w) else "no"))
    f = first_match(m, ["x", "y", "abbd", "ad"])
    os.write(1, "first: %s\n" % (f if f is not None else "none"))
    g = first_match(m, ["x"])
    os.write(1, "first: %s\n" % (g if g is not None else "none"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
