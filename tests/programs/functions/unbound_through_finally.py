# Jumps that leave a try through finally, in a script: the finally body starts from the jump's
# own state, so a local it deletes is unbound after the loop (UnboundLocalError, as python3
# raises), and one assigned before the jump is read without a check.
import sys

N = len(sys.argv)


def attempt(f, arg):
    try:
        return f(arg)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def deleted_in_finally(n):
    while True:
        try:
            x = n
            break
        finally:
            if n > 1:
                del x
    return str(x)


def continue_then_read(n):
    out = []
    i = 0
    while i < 3:
        i += 1
        try:
            if i == n:
                y = i * 10
            continue
        finally:
            out.append(i)
    return str((out, y))


def assigned_before_break(n):
    for i in range(5):
        try:
            z = i + n
            if i == 2:
                break
        finally:
            n += 1
    return str(z)


print(attempt(deleted_in_finally, N), attempt(deleted_in_finally, 2))
print(attempt(continue_then_read, N), attempt(continue_then_read, 0))
print(attempt(assigned_before_break, N))
