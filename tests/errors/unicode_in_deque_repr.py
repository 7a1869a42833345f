# python2
# Python 2 shows a deque of unicode as deque([u'a']); rpy shows u'...' only inside lists, tuples,
# dicts and sets, and refuses the others rather than print 'a'.
from collections import deque


def entry_point(argv):
    q = deque()
    q.append(u'a')
    print q
    return 0


def target(*args):
    return entry_point, None
