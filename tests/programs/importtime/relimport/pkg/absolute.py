from __future__ import absolute_import
import string as stdlib_string   # absolute: the standard module
