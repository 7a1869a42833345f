"""One generated program (a "unit"): module-level constants, exception classes, class
families and functions in definition order, then its main function."""

import random

from . import types as T
from .code import Block, render
from .context import Unit, Scope, FuncInfo
from .choose import Fail
from .exprs import expr, ANY, PURE
from . import exprs_seq as S
from . import classes as C
from . import funcs as F
from . import stmts as St


def unit_rng(seed, index, dialect):
    return random.Random('rpy-difftest:%s:%s:%s' % (seed, index, dialect))


def generate(seed, index, dialect, opts):
    """A Unit whose `items` hold the program's definitions and `main` its entry function."""
    rng = unit_rng(seed, index, dialect)
    unit = Unit(rng, opts, dialect, index)
    _globals(unit)
    if unit.on('exceptions') and rng.random() < 0.7:
        C.new_exceptions(unit)
    if unit.on('classes') and rng.random() < 0.3:
        C.new_context_manager(unit)
    from . import extras as X
    if unit.on('iterators') and rng.random() < 0.25:
        X.new_iterator_class(unit)
    if unit.on('decorators') and rng.random() < 0.25:
        X.new_decorators(unit)
    if unit.on('special_methods') and rng.random() < 0.3:
        from . import specials as SP
        SP.new_value_class(unit)
    for _ in range(rng.randint(1, 5)):
        saved = (len(unit.items), len(unit.classes), len(unit.funcs), len(unit.gens))
        try:
            if unit.on('classes') and rng.random() < 0.4:
                C.new_family(unit)
            else:
                F.new_function(unit)
        except Fail:
            # drop what the failed definition registered
            del unit.items[saved[0]:], unit.classes[saved[1]:]
            del unit.funcs[saved[2]:], unit.gens[saved[3]:]
    _main(unit)
    return unit


def _globals(unit):
    rng = unit.rng
    sc = Scope(unit)
    for _ in range(rng.randint(0, 3)):
        ty = S.random_type(sc, 2, allow_inst=False)
        name = unit.gname('g')
        text = expr(sc, ty, 1 if unit.on('import_time_exprs') else 0, PURE)
        if text == '[]' or text == '{}':
            continue
        unit.items.append('%s = %s' % (name, text))
        if ty.kind == 'int':
            ty = T.Int(ty.lo, ty.hi)
        unit.globals.append((name, ty))


def _main(unit):
    rng = unit.rng
    f = FuncInfo(unit.prefix + 'main', [], T.Int(0, 3), 'main')
    sc = Scope(unit, f)
    # every class is instantiated (and every exception class), so that the attributes its
    # methods read have a type even when the random code never builds one
    body = []
    for c in unit.classes:
        if c.is_exc:
            body.append('%s(%s)' % (c.name, ', '.join(expr(sc, t, 0, PURE) for n, t in c.init_params)))
        else:
            from .objects import construct
            body.append(construct(sc, c, 1, PURE))
    body += St.block(sc, rng.randint(4, 12), 3)
    body.append('return %d' % rng.choice([0, 0, 0, 1, 2, 3]))
    unit.main = Block('def %s()' % f.name, [Block('try', body), Block('finally', [
        '%sflush()' % unit.prefix])])


def definitions(unit):
    """The unit's code as lines: helpers (log, tracers, flush), definitions, main."""
    p = unit.prefix
    dialect = unit.dialect
    out = []
    pr = 'print(%s)'
    if unit.uses_log:
        out.append('%s = []' % unit.log)
        for name in unit.tracer_defs:
            out += render([Block('def %s(tag, v)' % name, ['%s.append(tag)' % unit.log,
                                                            'return v'])])
        out += render([Block('def %sflush()' % p, [
            Block('if %s' % unit.log, [pr % ("' '.join(%s)" % unit.log)]),
            'del %s[:]' % unit.log])])
    else:
        out += render([Block('def %sflush()' % p, ['pass'])])
    out += render(unit.items)
    out += render([unit.main])
    return out
