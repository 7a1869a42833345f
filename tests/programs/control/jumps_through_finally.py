# A break or continue that leaves a try through its finally clause: the finally body starts from
# the state of the jump itself (RPython's flow space does the same), so a local assigned before
# the break is assigned after the loop, and one the finally body assigns or deletes is as the
# finally body leaves it. None of these is refused.
from __future__ import print_function
import sys


def break_after_assign(n):
    while True:
        try:
            x = n * 2
            break
        finally:
            n += 1
    return x + n


def break_in_handler(items):
    i = 0
    while True:
        try:
            v = items[i]
            i += 1
        except IndexError:
            last = "end after %d" % i
            break
        finally:
            i += 0
    return last


def break_in_else(n):
    k = 0
    while True:
        try:
            k += n
        except ValueError:
            continue
        else:
            found = k
            break
        finally:
            k += 1
    return found, k


def finally_assigns(n):
    while True:
        try:
            if n > 100:
                raise ValueError("big")
            break
        finally:
            tag = "done %d" % n
    return tag


def nested_finally(n):
    while True:
        try:
            try:
                y = n + 1
                break
            finally:
                n += 10
        finally:
            n += 100
    return y, n


def continue_after_assign(items):
    out = []
    for it in items:
        try:
            z = it * 3
            if it % 2:
                continue
            out.append(z)
        finally:
            out.append(-it)
        out.append(z + 1)
    return out


def break_in_for(items):
    total = 0
    for it in items:
        try:
            hit = it
            if it > 2:
                break
        finally:
            total += it
    else:
        hit = -1
    return hit, total


def break_inner_loop_in_try(n):
    try:
        while True:
            w = n
            break
    finally:
        n += 1
    return w + n


def return_through_finally(n, log):
    while True:
        try:
            r = n * 5
            return r
        finally:
            log.append(n)


def entry_point(argv):
    n = len(argv)
    print(break_after_assign(n))
    print(break_in_handler([4, 5, 6]))
    print(break_in_else(n + 2))
    print(finally_assigns(n))
    print(nested_finally(n))
    print(continue_after_assign([1, 2, 3, 4]))
    print(break_in_for([1, 2, 3, 4]), break_in_for([1]))
    print(break_inner_loop_in_try(n))
    log = []
    print(return_through_finally(n + 1, log), log)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
