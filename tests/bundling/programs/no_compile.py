# The test's compiler wrapper (../failing_cxx.sh) refuses any C++ file holding this marker: the
# bundle holding this program does not compile, and the program is the one reported.
print("rpy-bundling-test: no compile")
