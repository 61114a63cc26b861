// Nothing: the target compiling this file (scs_pch_core) only makes the
// precompiled Qt Core header that the core's parts, the command line and
// the tests reuse (scs_precompile in cmake/ScsTargets.cmake).
