"""rpython.tool: the helpers of RPython's toolchain that programs import at import time."""
