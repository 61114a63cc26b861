# Settings every target of ours shares: warnings, Qt's strict string
# conversions, and the test helper.

add_library(scs_settings INTERFACE)
target_compile_options(scs_settings INTERFACE -Wall -Wextra -Wpedantic)
if(SCS_WERROR)
    target_compile_options(scs_settings INTERFACE -Werror)
endif()
# SCS_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every target
# of ours (scripts/check-sanitizers). SCS_FUZZ: coverage for libFuzzer plus
# the same sanitizers, clang only (scripts/check-fuzz, tests/fuzz).
if(SCS_SANITIZE OR SCS_FUZZ)
    # Every UB halts, except nonnull-attribute, which must be recoverable so
    # that tests/sanitizers/ubsan.supp can silence it inside Qt's headers
    # (a suppressed unrecoverable check still aborts); halt_on_error=1 in
    # UBSAN_OPTIONS stops at any that is not suppressed.
    set(scs_sanitizers -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        -fsanitize-recover=nonnull-attribute)
    if(SCS_FUZZ)
        list(APPEND scs_sanitizers -fsanitize=fuzzer-no-link)
    endif()
    target_compile_options(scs_settings INTERFACE ${scs_sanitizers})
    target_link_options(scs_settings INTERFACE ${scs_sanitizers})
endif()
target_compile_definitions(scs_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SCS_VERSION_STRING="${PROJECT_VERSION}")

# Each test process runs in a home of its own (tests/support/
# HermeticEnvironment.cpp): an object library, compiled once and linked into
# every test executable whole (a static library would drop its unreferenced
# initializer).
function(scs_test_home)
    if(NOT TARGET scs_test_home)
        add_library(scs_test_home OBJECT ${PROJECT_SOURCE_DIR}/tests/support/HermeticEnvironment.cpp)
        target_link_libraries(scs_test_home PRIVATE scs_settings Qt6::Core)
    endif()
endfunction()

# Precompiled Qt headers (option SCS_PCH, on by default). Reading Qt's
# headers is a third to a half of compiling one of our files, and CI
# compiles the tree three times from nothing. Three headers in all, each
# made once (a header is 140-190 MB and takes 12-18 s to make; there were
# 26, one per library and test folder, 376 of the 2,034 CPU seconds of a
# build):
#   CORE     Qt Core, made by scs_pch_core and reused by every part of the
#            core, the command line and every test that does not link scs_ui;
#   GUI      scs_render's own (Qt Core and Gui);
#   WIDGETS  scs_ui's, reused by the tests linking it.
# A target only reuses a header of libraries it links: under UBSan a header
# with Qt Widgets' classes makes code refer to their type information. GCC
# takes a header only where every macro defined when it was made is defined
# too (more may be): scs_pch_core has the fewest, and scs_render's header
# (made with QT_PDF_LIB, which it links privately) is its own. -Winvalid-pch
# with -Werror fails the build where a header does not fit.
set(SCS_PCH_CORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDir> <QtCore/QFile>
    <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument>
    <QtCore/QJsonObject> <QtCore/QList> <QtCore/QLocale> <QtCore/QObject>
    <QtCore/QRegularExpression> <QtCore/QSet> <QtCore/QString> <QtCore/QStringList>
    <QtCore/QVariant>)
set(SCS_PCH_GUI ${SCS_PCH_CORE} <QtGui/QPainter>)
set(SCS_PCH_WIDGETS ${SCS_PCH_CORE}
    <QtGui/QKeyEvent> <QtGui/QPainter> <QtWidgets/QApplication> <QtWidgets/QBoxLayout>
    <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPlainTextEdit> <QtWidgets/QPushButton>
    <QtWidgets/QWidget>)
# scs_precompile(target CORE|GUI|WIDGETS)
function(scs_precompile target set)
    if(NOT SCS_PCH)
        return()
    endif()
    if(set STREQUAL "CORE")
        if(NOT TARGET scs_pch_core)
            add_library(scs_pch_core OBJECT ${PROJECT_SOURCE_DIR}/cmake/PchDonor.cpp)
            target_link_libraries(scs_pch_core PRIVATE scs_settings Qt6::Core)
            target_precompile_headers(scs_pch_core PRIVATE ${SCS_PCH_CORE})
        endif()
        target_precompile_headers(${target} REUSE_FROM scs_pch_core)
    else()
        target_precompile_headers(${target} PRIVATE ${SCS_PCH_${set}})
    endif()
endfunction()

# A test's precompiled header: scs_ui's when it links scs_ui, else the core's.
function(scs_test_pch target libs)
    if(NOT SCS_PCH)
        return()
    endif()
    set(donor scs_pch_core)
    if("scs_ui" IN_LIST libs)
        set(donor scs_ui)
    endif()
    target_precompile_headers(${target} REUSE_FROM ${donor})
endfunction()

# scs_add_test(NAME name SOURCES ... LIBS ... [GUI])
# One Qt Test executable, registered with ctest. GUI tests run on the
# offscreen platform so they need no display, each in a home of its own.
function(scs_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    scs_test_home()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE scs_settings Qt6::Test scs_test_home ${T_LIBS})
    # Test helpers shared by the core, command-line and GUI tests.
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE
        SCS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SCS_BINARY_DIR="${PROJECT_BINARY_DIR}")
    scs_test_pch(${T_NAME} "${T_LIBS}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=qt.qpa.fonts=false")
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# Several Qt Test classes in one executable (tests/ui/TestRegistry.h), linked
# once; each TESTS entry "ctest-name:ClassName" is a ctest test running that
# class from file ctest-name.cpp.
function(scs_add_test_suite)
    cmake_parse_arguments(T "" "NAME" "SOURCES;TESTS;LIBS" ${ARGN})
    scs_test_home()
    set(sources ${T_SOURCES})
    foreach(entry ${T_TESTS})
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 test)
        list(APPEND sources ${test}.cpp)
    endforeach()
    qt_add_executable(${T_NAME} ${sources})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE scs_settings Qt6::Test scs_test_home ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE
        SCS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SCS_BINARY_DIR="${PROJECT_BINARY_DIR}")
    scs_test_pch(${T_NAME} "${T_LIBS}")
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=qt.qpa.fonts=false")
    foreach(entry ${T_TESTS})
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 test)
        list(GET parts 1 class)
        add_test(NAME ${test} COMMAND ${T_NAME} ${class})
        set_tests_properties(${test} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    endforeach()
endfunction()
