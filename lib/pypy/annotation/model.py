# pypy.annotation.model: the pre-2013 name of rpython.annotator.model (before RPython moved out of PyPy's tree).
from rpython.annotator.model import *  # noqa: F401,F403
