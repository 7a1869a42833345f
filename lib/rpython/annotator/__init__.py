"""rpy's version of rpython.annotator: the model module, whose SomeXxx classes programs use as
type descriptions (rpython.rlib.types returns them for @signature)."""
