"""rpy's version of the rpython package: the parts of PyPy's RPython library
that translated programs import (rpython.rlib.*, rpython.jit.codewriter.policy).

Every module here is plain Python that runs under python3 and python2, so a
program that imports it can be run under the interpreter (the oracle).  At
translation time rpy reads the same modules and substitutes its own type rules
for the intrinsic functions, named by their qualified names.
"""
