"""rpy's version of rpython.rtyper.lltypesystem: lltype, rffi and lloperation."""
