"""rpy's version of rpython.tool.sourcetools: the helpers programs call while
they are imported to make renamed copies of functions (one copy per use, so
that each is annotated on its own) and to compile generated source."""

import types


def func_with_new_name(func, newname, globals=None):
    """A copy of func named newname, with func's attributes (copied, so that
    decorating the copy leaves func alone) and, if given, other globals."""
    if globals is None:
        globals = func.func_globals
    copy = types.FunctionType(func.func_code, globals, newname,
                              func.func_defaults, func.func_closure)
    copy.__dict__.update(func.__dict__)
    return copy


def func_renamer(newname):
    """A decorator: func_with_new_name(func, newname)."""
    def decorate(func):
        return func_with_new_name(func, newname)
    return decorate


def compile2(source, filename='', mode='exec', flags=0, dont_inherit=0):
    """compile() of generated source (str, or a py.code.Source)."""
    return compile(str(source) + '\n', filename or '<generated>', mode,
                   flags, dont_inherit)


def valid_identifier(stuff):
    """stuff with every character that cannot be in an identifier made '_'
    (and a leading '_' when it starts with a digit)."""
    stuff = str(stuff)
    result = []
    for c in stuff:
        if c.isalnum() or c == '_':
            result.append(c)
        else:
            result.append('_')
    text = ''.join(result)
    if not text or text[0].isdigit():
        text = '_' + text
    return text
