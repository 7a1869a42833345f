"""rpy's version of rpython.jit.codewriter.policy: the JitPolicy class that a
target module's jitpolicy(driver) hook returns.  rpy has no JIT yet, so the
policy is accepted and ignored; its methods answer as the default policy does
(look inside every function)."""


class JitPolicy(object):
    def __init__(self, jithookiface=None):
        self.jithookiface = jithookiface
        self.unsafe_loopy_graphs = set()
        self.supports_floats = True
        self.supports_longlong = True
        self.supports_singlefloats = True

    def set_supports_floats(self, flag):
        self.supports_floats = flag

    def set_supports_longlong(self, flag):
        self.supports_longlong = flag

    def set_supports_singlefloats(self, flag):
        self.supports_singlefloats = flag

    def look_inside_function(self, func):
        return True

    def look_inside_graph(self, graph):
        return True
