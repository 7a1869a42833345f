# A function local that some path leaves unassigned (or deleted) and then reads: Python raises
# UnboundLocalError there, catchable, with its message; every construct that may leave a local
# unassigned, and reads the analysis proves assigned (which need no test at run time).
import sys

N = len(sys.argv)  # 1: the branches below are not constant


def attempt(f, arg):
    try:
        return f(arg)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def if_only(n):
    if n > 3:
        x = n
    return str(x)


def if_elif(n):
    if n == 1:
        y = "one"
    elif n == 2:
        y = "two"
    return str(y)


def if_else_all(n):
    if n == 1:
        z = 10
    elif n == 2:
        z = 20
    else:
        z = 30
    return str(z)


def for_zero(n):
    for i in range(n):
        last = i * 2
    return str(last)


def for_var_after(n):
    for i in range(n):
        pass
    return str(i)


def for_else(n):
    for i in range(n):
        if i == 5:
            found = i
            break
    else:
        found = -1
    return str(found)


def for_break_before(n):
    for i in range(3):
        if i >= n:
            break
        seen = i
    return str(seen)


def for_continue(n):
    for i in range(3):
        if i < n:
            continue
        tail = i
    return str(tail)


def while_cond(n):
    while n > 0:
        w = n
        n -= 1
    return str(w)


def while_true(n):
    while True:
        v = n * 3
        if v > 0:
            break
        n += 1
    return str(v)


def while_else(n):
    while n > 10:
        n -= 1
    else:
        r = "else"
    return str(r)


def try_body(n):
    try:
        if n > 0:
            raise ValueError("no")
        t = 1
    except ValueError:
        pass
    return str(t)


def try_handler_assigns(n):
    try:
        t = int("x" * n)
    except ValueError:
        t = -1
    return str(t)


def try_else(n):
    try:
        q = n
    except ValueError:
        return "handler"
    else:
        q2 = q + 1
    return str(q2)


def try_finally(n):
    try:
        if n > 0:
            return "early"
        fin = 1
    finally:
        pass
    return str(fin)


def handler_reraises(n):
    try:
        k = int("1" * n)
    except ValueError:
        raise
    return str(k)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return True  # swallows the exception


def with_swallowed(n):
    with Ctx():
        if n > 0:
            raise KeyError("k")
        wv = 5
    return str(wv)


def return_ends_path(n):
    if n > 0:
        a = 1
    else:
        return "returned"
    return str(a)


def raise_ends_path(n):
    if n > 0:
        b = 2
    else:
        raise ValueError
    return str(b)


def del_then_read(n):
    d = n
    del d
    return str(d)


def del_in_branch(n):
    d = n
    if n > 0:
        del d
    return str(d)


def del_twice(n):
    d = n
    del d
    del d
    return "not reached"


def del_then_assign(n):
    d = n
    del d
    d = n + 1
    return str(d)


def augmented(n):
    if n > 5:
        acc = 0
    acc += n
    return str(acc)


def loop_carried(n):
    for i in range(n):
        if i == 1:
            prev2 = prev
        prev = i
    return str(prev2)


def except_as_unbinds(n):
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return str(e)


def except_as_inside(n):
    try:
        raise ValueError("inside")
    except ValueError as e:
        return str(e)


def comprehension(n):
    items = [c * 2 for c in range(n)]
    if items:
        first = items[0]
    return str(first)


def unbound_in_loop_body(n):
    out = []
    for i in range(3):
        if i == n:
            mark = i
        out.append(mark)
    return str(out)


def global_not_local(n):
    global N
    if n > 100:
        N = n
    return str(N)


def nested_reads_outer(n):
    if n > 0:
        cap = n

    def inner():
        return 7

    return str(inner() + cap)


for name, f in [
    ("if_only", if_only),
    ("if_elif", if_elif),
    ("if_else_all", if_else_all),
    ("for_zero", for_zero),
    ("for_var_after", for_var_after),
    ("for_else", for_else),
    ("for_break_before", for_break_before),
    ("for_continue", for_continue),
    ("while_cond", while_cond),
    ("while_true", while_true),
    ("while_else", while_else),
    ("try_body", try_body),
    ("try_handler_assigns", try_handler_assigns),
    ("try_else", try_else),
    ("try_finally", try_finally),
    ("handler_reraises", handler_reraises),
    ("with_swallowed", with_swallowed),
    ("return_ends_path", return_ends_path),
    ("raise_ends_path", raise_ends_path),
    ("del_then_read", del_then_read),
    ("del_in_branch", del_in_branch),
    ("del_twice", del_twice),
    ("del_then_assign", del_then_assign),
    ("augmented", augmented),
    ("loop_carried", loop_carried),
    ("except_as_unbinds", except_as_unbinds),
    ("except_as_inside", except_as_inside),
    ("comprehension", comprehension),
    ("unbound_in_loop_body", unbound_in_loop_body),
    ("global_not_local", global_not_local),
    ("nested_reads_outer", nested_reads_outer),
]:
    for arg in [N - 1, N, N + 1, N + 4]:
        try:
            print(name, arg, attempt(f, arg))
        except (ValueError, KeyError) as exc:
            print(name, arg, "raised", type(exc).__name__)
