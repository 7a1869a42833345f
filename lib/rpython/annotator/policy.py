"""rpy's version of rpython.annotator.policy: AnnotatorPolicy, the base class
that programs derive their policies from (JitPolicy mixes it in).  rpy's
annotator has one fixed policy, so an instance only answers the defaults."""


class AnnotatorPolicy(object):
    """The default annotation policy: functions are specialized only as
    their own hints (_annspecialcase_, @specialize) ask."""

    def event(self, bookkeeper, what, *args):
        pass

    def no_more_blocks_to_annotate(self, annotator):
        pass


class StrictAnnotatorPolicy(AnnotatorPolicy):
    allow_someobjects = False
