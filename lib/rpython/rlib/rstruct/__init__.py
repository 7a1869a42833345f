"""rpy's version of rpython.rlib.rstruct: binary data in strings.

ieee     packs floats into the 2-, 4- and 8-byte IEEE 754 formats and back;
runpack  runpack(fmt, s), struct.unpack for a format that is a constant;
error    StructError and StructOverflowError.
"""
