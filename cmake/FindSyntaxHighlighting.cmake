# KSyntaxHighlighting for Qt 6: the KF6 package where the distribution has one,
# else our own Qt 6 build of the KF5 sources (scripts/setup-deps), which keeps
# the KF5 names. A Qt 5 build would mix two Qt major versions in one process:
# refuse it with a message that says what to do.
# A static build links Qt6::Network privately; its imported target must exist.
find_package(Qt6 REQUIRED COMPONENTS Network)
find_package(KF6SyntaxHighlighting QUIET CONFIG)
if(KF6SyntaxHighlighting_FOUND)
    set(SCS_SYNTAX_TARGET KF6::SyntaxHighlighting)
    set(SCS_SYNTAX_VERSION "${KF6SyntaxHighlighting_VERSION}")
else()
    find_package(KF5SyntaxHighlighting QUIET CONFIG
        HINTS /opt/ksyntax-qt6 $ENV{KSH_PREFIX})
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR
            "KSyntaxHighlighting for Qt 6 was not found. Run scripts/setup-deps "
            "(it builds it into /opt/ksyntax-qt6) or install libkf6syntaxhighlighting-dev.")
    endif()
    get_target_property(_ksh_libs KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(NOT "${_ksh_libs}" MATCHES "Qt6::")
        message(FATAL_ERROR
            "KF5SyntaxHighlighting at ${KF5SyntaxHighlighting_DIR} is built against Qt 5. "
            "Run scripts/setup-deps to build it for Qt 6 into /opt/ksyntax-qt6.")
    endif()
    set(SCS_SYNTAX_TARGET KF5::SyntaxHighlighting)
    set(SCS_SYNTAX_VERSION "${KF5SyntaxHighlighting_VERSION}")
endif()
message(STATUS "KSyntaxHighlighting ${SCS_SYNTAX_VERSION} (${SCS_SYNTAX_TARGET})")
