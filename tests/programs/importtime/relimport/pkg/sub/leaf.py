from .. import helper
from ..user import get

NAME = 'leaf-%d' % (helper.VALUE + get())
