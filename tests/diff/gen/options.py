"""Named generator features, each on by default.

A feature whose programs rpy still gets wrong is switched off in the CI batch: `WAITING` maps it
to the finding it waits for (tests/diff/findings/NAME.py); when the finding is fixed, delete the
entry and regenerate the Python 2 expectations (tests/diff/difftest.py regen-ci).
"""

# name: what the feature generates
FEATURES = {
    'eval_order': 'side effects (traced calls) in operands whose order Python fixes',
    'method_varargs': '*args parameters on methods',
    'void_override': 'a method family where one override returns nothing',
    'attr_shadow': 'class attributes that subclasses shadow with instance attributes',
    'none_attr': 'attribute reads through a variable holding None (AttributeError)',
    'py3_int_div': 'int / int in Python 3 scripts (true division)',
    'py2_float_str': 'str() of floats in Python 2 programs (12 significant digits)',
    'py2_dict_order': 'printing or iterating dicts in Python 2 programs (hash order)',
    'py2_set_repr': 'printing sets in Python 2 programs (set([...]))',
    'exc_message': "str(e) of a caught builtin exception (the interpreter's message)",
    'exc_type_name': 'type(e).__name__ of a caught exception',
    'intmask': 'arithmetic past 2**63 wrapped by rarithmetic.intmask',
    'ovfcheck': 'rarithmetic.ovfcheck catching overflow',
    'big_shift': 'shift counts of 64 and more',
    'minint_div': 'intmask(-2**63 // -1) and -2**63 % -1',
    'float_format': '% with flags/width/precision, format(), str.format on floats',
    'softspace': 'Python 2 print with a trailing comma',
    'closures': 'nested functions and lambdas reading enclosing variables',
    'generators': 'generator functions',
    'sets': 'set values',
    'exceptions': 'user exception classes, raise/try/except/finally across functions',
    'classes': 'user classes',
    'dicts': 'dict values',
    'recursion': 'bounded recursive functions',
    'fstrings': 'f-strings (Python 3)',
    'star_args': 'f(*tuple) calls and *args parameters on functions',
    'star_display': 'f(*(a, b)): a tuple display as the star argument',
    'negate_literal': 'unary minus applied to a parenthesized negative literal',
    'import_time_exprs': 'module-level constants computed with str methods, format, %',
    'kwargs': 'keyword arguments and defaults',
    'big_true_div': 'int / int of ints beyond 2**53 in Python 3 (correctly rounded)',
    'super': 'super() calls in __init__',
    'dead_code': 'statements after an unconditional raise',
    'py2_print_paren': "Python 2 `print (a, b)`: one parenthesized tuple as the print statement's item",
    'iter_next': 'next(reversed(lst), default)',
    'yield_in_handler': 'yield inside an except or finally clause',
    'char_lists': 'list(s): lists of one-character strings mixed with lists of str',
    'nullable_items': 'lists of nullable instances holding None',
    'tuple_compare': '== and in on lists of tuples',
    'special_override': 'subclasses overriding __getitem__/__len__/__contains__',
    'class_attr_via_expr': 'a class attribute read through a call or constructor (C(1).kind)',
    'jump_in_finally': 'return, break or continue inside a finally clause',
    'setitem': '__setitem__/__delitem__ on user classes',
    'staticmethods': '@staticmethod methods, called through the class and instances',
    'iterators': 'user iterator classes (__iter__ and next/__next__)',
    'decorators': 'decorators applied at import time',
    'override_skip': 'overrides more than one level below the class introducing the method',
    'gen_raise_new': 'raise E(...) of a newly built exception in a generator function',
    'set_const_display': 'set displays of three or more elements (CPython folds constant ones)',
    'raise_in_finally': 'statements that may raise inside a finally clause',
    'underscore_numbers': "int()/float() of strings with underscores ('1_000')",
    'optional_values': 'ints and tuples that may be None: printed, compared, tested, used after a test',
    'str_pad': 'str.zfill/ljust/rjust/center',
    'str_case': 'str.swapcase/capitalize/title',
    'str_case_text': 'str.swapcase/capitalize/title of Python 3 text that may not be ASCII',
    'char_escapes': 'non-printable and non-ASCII characters in strings',
    'special_methods': 'a value class with __add__/__eq__/__hash__/__lt__/__call__/__len__/__bool__/'
                       '__str__/__repr__, classmethod and staticmethod',
    'module_globals': 'module variables rebound by functions through `global` (scripts)',
    'reflected_compare': 'a > b on a class defining only __lt__ (calls b.__lt__(a))',
    'starred': 'starred assignment targets (Python 3)',
    'stdlib_modules': 'heapq, bisect and collections.deque on lists of ints',
    'jump_paths': 'a local assigned before a break or continue through finally, read after the loop',
    'unbound_paths': 'reads a path reaches unbound, UnboundLocalError caught (Python 3 scripts)',
    'nullable_containers': 'methods, iteration and builtins on a list, str or dict that may be None (AttributeError, '
                           'TypeError caught)',
    'genexp_lazy': 'generator expressions kept in a variable, consumed later in part (next, break) or whole',
    'genexp_zip': 'zip() of a generator expression kept in a variable and a shorter partner (what zip leaves)',
    'kept_iterators': 'enumerate() (and Python 3 zip()) kept in a variable, consumed in part (next, in, break) then '
                      'whole',
    'walrus': 'assignment expressions (w := e) in if/while tests and comprehension conditions (Python 3)',
    'vtuples': 'tuples of unknown length: tuple() of lists and generators, as keys, compared with fixed ones',
}

# feature: the finding it waits for (switched off in the CI batch until that finding is fixed)
WAITING = {
    # known before the generator existed (../shared/repros/never-wrong/)
    # found by the generator (tests/diff/findings/)
    'set_const_display': 'set_display_order',
}


# Features not yet in the CI batch (on in campaigns): adding one changes the batch's programs, so
# it joins with a regeneration of the Python 2 expectations (difftest.py regen-ci) and a passing
# `difftest.py ci` in both dialects.
NOT_IN_CI = set()  # kept_iterators joined in session 21 (difftest.py regen-ci, ci in both dialects)


class Options(object):
    def __init__(self, off=(), print_function=False):
        unknown = [f for f in off if f not in FEATURES]
        if unknown:
            raise ValueError('unknown generator feature(s): %s' % ', '.join(unknown))
        self.off = frozenset(off)
        # RPython programs start with `from __future__ import print_function`
        self.print_function = print_function

    def on(self, name):
        assert name in FEATURES, name
        return name not in self.off

    @staticmethod
    def ci():
        return Options(off=set(WAITING) | NOT_IN_CI)

    @staticmethod
    def parse(spec):
        """'ci' | 'all' | comma list of features to switch off, optionally 'ci,+name' to turn
        a CI-disabled feature back on."""
        off = set()
        pf = False
        for part in [p.strip() for p in (spec or 'all').split(',') if p.strip()]:
            if part == 'print_function':
                pf = True
            elif part == 'ci':
                off |= set(WAITING) | NOT_IN_CI
            elif part == 'all':
                pass
            elif part.startswith('+'):
                off.discard(part[1:])
            else:
                off.add(part.lstrip('-'))
        return Options(off, pf)

    def describe(self):
        d = ','.join(sorted(self.off)) or 'all'
        return d + ',print_function' if self.print_function else d
