def _build_squares(n):
    return [i * i for i in range(n)]


SQUARES = _build_squares(20)
OPCODES = {}
NAMES = ["NOP", "PUSH", "POP", "ADD", "JMP"]
for _i in range(len(NAMES)):
    OPCODES[NAMES[_i]] = _i
REVERSE = dict([(v, k) for k, v in OPCODES.items()])
try:
    import nonexistent_module_for_rpy_tests
    HAVE_EXTRA = True
except ImportError:
    HAVE_EXTRA = False
