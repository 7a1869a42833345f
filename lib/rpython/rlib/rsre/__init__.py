"""rpy's version of rpython.rlib.rsre, RPython's regular expressions.

rsre_re      the interface of Python's re module (compile, match, search,
             findall, finditer, sub, subn, split, escape; pattern and match
             objects), for translated code;
rsre_core    the matching machine: match, search, fullmatch over a compiled
             pattern, returning match contexts;
rpy          get_code(pattern), the compiled pattern rsre_core runs;
rsre_compile the parser and compiler of Python 2.7's pattern syntax.
"""
