"""RPython's specialization hint for rpy's library modules written in Python.

`@spec("specialize:argtype(0)")` sets the function's _annspecialcase_, as rpython.rlib's
objectmodel.specialize does: translated code gets one copy of the function per argument type
(or per constant, per call site: the tag says which).
"""


def spec(tag):
    def deco(func):
        func._annspecialcase_ = tag
        return func
    return deco
