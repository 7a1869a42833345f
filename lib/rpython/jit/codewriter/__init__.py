"""rpy's version of rpython.jit.codewriter: only the policy module."""
