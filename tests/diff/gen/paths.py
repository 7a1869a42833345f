"""Locals that some paths leave unassigned. Both dialects: loops left by a break or continue
through a finally clause after the assignment, which RPython's flow space accepts (the finally
clause starts from the jump's state). Python 3 scripts: reads that a path reaches unbound (an if
without else, a loop that runs zero times, `del`), where Python raises UnboundLocalError."""

from . import literals as L
from .code import Block
from .exprs import ANY, NOPRINT, int_expr, bool_expr, coerce_int
from .stmts_more import print_line


def small_int(sc, ed, fx=NOPRINT):
    return coerce_int(sc, int_expr(sc, ed, fx), -1000, 1000)


def fin_block(sc):
    return Block('finally', [print_line(sc, L.str_lit('finally %s' % sc.unit.tag()))])


def inner_stmts(sc, d):
    """A few statements inside a loop of this module: no break or continue of their own (they
    would jump in this loop, which might then never end)."""
    from .stmts import nested
    loops, sc.loops = sc.loops, 0
    try:
        return nested(sc, sc.rng.randint(0, 2), max(d - 1, 0))
    finally:
        sc.loops = loops


def jump_through_finally(sc, d, out):
    """v assigned, then a break or continue that leaves a try through its finally; v read after
    the loop."""
    rng = sc.rng
    v = sc.unit.fresh('j')
    c = sc.unit.fresh('c')
    shape = rng.randint(0, 2)
    sc.push()
    if shape == 0:  # while True: only the break leaves the loop, after v is assigned
        body = ['%s = %s' % (v, small_int(sc, 2))] + inner_stmts(sc, d) + ['break']
        out.append(Block('while True', [Block('try', body), fin_block(sc)]))
    elif shape == 1:  # a for loop left by a break, or its else clause: v assigned either way
        body = ['%s = %s' % (v, small_int(sc, 2))] + inner_stmts(sc, d)
        body.append(Block('if %s' % bool_expr(sc, 2, NOPRINT), ['break']))
        out.append(Block('for %s in range(%d)' % (c, rng.randint(0, 4)), [Block('try', body), fin_block(sc)]))
        out.append(Block('else', ['%s = %s' % (v, small_int(sc, 1))]))
    else:  # assigned before the loop, reassigned before a continue through finally
        out.append('%s = %s' % (v, small_int(sc, 1)))
        first = Block('if %s' % bool_expr(sc, 2, NOPRINT), ['%s = %s' % (v, small_int(sc, 2)), 'continue'])
        body = [first] + inner_stmts(sc, d) + ['%s = %s' % (v, small_int(sc, 1))]
        out.append(Block('for %s in range(%d)' % (c, rng.randint(0, 4)), [Block('try', body), fin_block(sc)]))
    sc.pop()
    out.append(print_line(sc, v))
    sc.prints = True
    sc.may_raise = True
    sc.forget_intervals()
    return True


def unbound_read(sc, d, out):
    """Python 3 scripts: a local that some path leaves unbound, read inside a try that catches
    UnboundLocalError; an operand with effects before the read runs first."""
    if sc.unit.dialect != 3:
        return None
    rng = sc.rng
    u = sc.unit.fresh('u')
    shape = rng.randint(0, 2)
    if shape == 0:
        out.append(Block('if %s' % bool_expr(sc, 2, NOPRINT), ['%s = %s' % (u, small_int(sc, 2))]))
    elif shape == 1:
        c = sc.unit.fresh('c')
        out.append(Block('for %s in range(%d)' % (c, rng.randint(0, 2)), ['%s = %s' % (u, small_int(sc, 2))]))
    else:
        out.append('%s = %s' % (u, small_int(sc, 2)))
        out.append(Block('if %s' % bool_expr(sc, 2, NOPRINT), ['del %s' % u]))
    read = u if rng.random() < 0.5 else '%s + %s' % (small_int(sc, 2, ANY), u)
    out.append(Block('try', [print_line(sc, read)]))
    out.append(Block('except UnboundLocalError', [print_line(sc, L.str_lit('unbound %s' % sc.unit.tag()))]))
    sc.prints = True
    sc.forget_intervals()
    return True
