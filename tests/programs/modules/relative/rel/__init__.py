from .a import compute
from . import b
