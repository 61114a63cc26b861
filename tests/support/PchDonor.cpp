// Nothing: the target compiling this file only makes the precompiled header
// that test executables reuse (scs_test_pch in cmake/ScsTargets.cmake).
