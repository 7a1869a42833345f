from .b import base_value
from . import b


def compute(x):
    return base_value() + x * b.SCALE
