from helper import VALUE      # Python 2 implicit relative import
import string                 # the sibling pkg/string.py, not the standard module

sibling_string_is_local = hasattr(string, 'LOCAL_MARKER')


def get():
    return VALUE
