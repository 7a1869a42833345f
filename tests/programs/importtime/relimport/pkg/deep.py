from . import helper
from .helper import VALUE as V


def twice():
    return helper.VALUE + V
