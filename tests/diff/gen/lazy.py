"""Generator expressions kept in a variable and consumed later, in part or whole.

Python evaluates a generator expression's first iterable when the expression is evaluated and
everything else (the element, the conditions) only as items are taken, so traced effects of the
element interleave with the statements between its creation and its consumption, an early
`break` or a short `zip` partner leaves the rest uncomputed, and a local rebound in between is
read with its new value."""

from . import types as T
from . import literals as L
from .code import Block
from .exprs import PURE, ANY, bool_expr, expr
from . import exprs_seq as S


def genexp_stmt(sc, d, out):
    from .stmts import typed_value, nested, print_stmt, assign
    rng = sc.rng
    sc.forget_intervals()
    aliases = []
    ety, src = S.iterable_expr(sc, 2, ANY, aliases)
    c = sc.unit.fresh('c')
    sc.push()
    sc.declare(c, ety, mutable=False)
    text, dty, _ = typed_value(sc, S.random_type(sc, 1), 2)
    # the element always logs when it is computed: laziness shows in the log's order
    text = '%s(%s, %s)' % (sc.unit.tracer(dty), L.str_lit(sc.unit.tag()), text)
    cond = ' if %s' % bool_expr(sc, 1, ANY) if rng.random() < 0.3 else ''
    sc.pop()
    sc.effects = True
    sc.had_nested = True
    # a list the generator may iterate itself stays unmutated until the statement ends
    from .context import rtype_key
    frozen = set(rtype_key(T.non_null(t)) for t in aliases) - sc.frozen
    sc.frozen |= frozen
    g = sc.unit.fresh('ge')
    out.append('%s = (%s for %s in %s%s)' % (g, text, c, src, cond))
    # between creation and use: something that logs, maybe a rebinding the element reads
    out.append('%s(%s, 0)' % (sc.unit.tracer(T.Int(0, 0)), L.str_lit(sc.unit.tag())))
    if rng.random() < 0.5:
        print_stmt(sc, 1, out)
    if rng.random() < 0.4:
        assign(sc, 1, out)
    r = rng.random()
    if r < 0.45:
        x = sc.unit.fresh('x')
        sc.push()
        sc.declare(x, dty, mutable=False)
        body = nested(sc, rng.randint(1, 3), d - 1, loop_mult=12)
        if rng.random() < 0.6:
            # first or last: some statements are several lines of text, not one item
            body.insert(rng.choice([0, len(body)]), Block('if %s' % bool_expr(sc, 1, PURE), ['break']))
        sc.pop()
        out.append(Block('for %s in %s' % (x, g), body))
    elif r < 0.7:
        for _ in range(rng.randint(1, 3)):
            v = sc.unit.fresh('v')
            out.append('%s = next(%s, %s)' % (v, g, expr(sc, dty, 1, PURE)))
            sc.declare(v, dty)
    elif r < 0.85 and sc.on('genexp_zip'):
        e2, s2 = S.iterable_expr(sc, 1, PURE, aliases)
        x, y = sc.unit.fresh('x'), sc.unit.fresh('y')
        sc.push()
        sc.declare(x, dty, mutable=False)
        sc.declare(y, e2, mutable=False)
        body = nested(sc, rng.randint(1, 2), d - 1, loop_mult=12)
        sc.pop()
        first, second = (g, s2) if rng.random() < 0.5 else (s2, g)
        if first is not g:
            x, y = y, x
        out.append(Block('for %s, %s in zip(%s, %s)' % (x, y, first, second), body))
        # what zip left in the generator
        v = sc.unit.fresh('v')
        out.append('%s = next(%s, %s)' % (v, g, expr(sc, dty, 1, PURE)))
        sc.declare(v, dty)
    else:
        v = sc.unit.fresh('v')
        out.append('%s = list(%s)' % (v, g))
        sc.declare(v, T.List(dty))
    sc.frozen -= frozen
    sc.forget_intervals()
    return True


def kept_iter_stmt(sc, d, out):
    """enumerate() (both dialects) or zip() (Python 3) kept in a variable, consumed in part
    (next() with a default, `in`, a loop left with break), then whole with list(): each reads
    only what the one before left."""
    from .stmts import nested
    from .context import print_line, rtype_key
    from . import types as TY
    rng = sc.rng
    sc.forget_intervals()
    aliases = []
    ety, src = S.iterable_expr(sc, 2, PURE, aliases)
    if sc.unit.dialect == 3 and rng.random() < 0.5:
        ety2, src2 = S.iterable_expr(sc, 1, PURE, aliases)
        tty = T.Tuple([ety, ety2])
        call = 'zip(%s, %s)' % (src, src2)
    else:
        start = rng.choice(['', '', ', 1', ', 3'])
        tty = T.Tuple([T.Int(0, 100), ety])
        call = 'enumerate(%s%s)' % (src, start)
    frozen = set(rtype_key(T.non_null(t)) for t in aliases) - sc.frozen
    sc.frozen |= frozen
    it = sc.unit.fresh('it')
    out.append('%s = %s' % (it, call))
    shown = TY.printable(tty, sc.unit.opts, sc.unit.dialect)
    for _ in range(rng.randint(1, 2)):
        r = rng.random()
        if r < 0.4:
            v = sc.unit.fresh('v')
            out.append('%s = next(%s, %s)' % (v, it, expr(sc, tty, 1, PURE)))
            if shown:
                out.append(print_line(sc.unit, v))
        elif r < 0.7:
            b = sc.unit.fresh('b')
            out.append('%s = %s in %s' % (b, expr(sc, tty, 1, PURE), it))
            out.append(print_line(sc.unit, b))
        else:
            a, x = sc.unit.fresh('a'), sc.unit.fresh('x')
            sc.push()
            sc.declare(a, tty.items[0], mutable=False)
            sc.declare(x, tty.items[1], mutable=False)
            body = nested(sc, rng.randint(1, 2), d - 1, loop_mult=12)
            body.insert(rng.choice([0, len(body)]), Block('if %s' % bool_expr(sc, 1, PURE), ['break']))
            sc.pop()
            out.append(Block('for %s, %s in %s' % (a, x, it), body))
    rest = sc.unit.fresh('v')
    out.append('%s = list(%s)' % (rest, it))
    if shown:
        out.append(print_line(sc.unit, rest))
    out.append(print_line(sc.unit, 'len(%s)' % rest))
    sc.declare(rest, T.List(tty))
    sc.frozen -= frozen
    return True
