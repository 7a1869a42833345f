"""rpy's version of rpython.rlib.rsre.rpy: get_code(pattern) compiles a
regular expression (usually while the program is imported) into the pattern
that rsre_core.match and rsre_core.search run."""

from rpython.rlib.rsre import rsre_core


def get_code(regexp, flags=0, allargs=False):
    """The compiled pattern of regexp; with allargs, the tuple (pattern,
    flags, (number of groups, {group name: number}, [name or None per
    group])) that RPython's version returns."""
    pattern = rsre_core.compile_pattern(regexp, flags)
    if not allargs:
        return pattern
    indexgroup = [None] * (pattern.ngroups + 1)
    for name in pattern.groupindex:
        indexgroup[pattern.groupindex[name]] = name
    return pattern, pattern.flags, (pattern.ngroups, pattern.groupindex, indexgroup)
