"""rpy's version of rpython.rtyper: the lltypesystem names programs import for hints and casts
(lltype, rffi, lloperation), and extregistry's ExtRegistryEntry as a name."""
