"""rpy's version of rpython.jit: only the codewriter.policy module that target
modules use in their jitpolicy() hook."""
