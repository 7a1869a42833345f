# pypy.jit.codewriter.policy: the pre-2013 name of rpython.jit.codewriter.policy (before RPython moved out of PyPy's tree).
from rpython.jit.codewriter.policy import *  # noqa: F401,F403
