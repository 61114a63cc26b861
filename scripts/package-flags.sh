# Sourced by scripts/build and scripts/check-package: the configure arguments
# of the Debian package's build (Release, Debian's hardening flags, installed
# under /usr), in the array PACKAGE_CMAKE_ARGS. CI builds the test suite with
# exactly these, so the package is made from the build the suite ran on.
# -g is left out because the package is stripped anyway. Needs dpkg-buildflags
# (dpkg-dev).
export DEB_BUILD_MAINT_OPTIONS=hardening=+bindnow
package_cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
package_cxxflags=$(printf '%s' "$package_cxxflags" | sed -e 's/\(^\| \)-g\( \|$\)/ /g' -e 's/\(^\| \)-O2\( \|$\)/ /g')
PACKAGE_CMAKE_ARGS=(
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG"
  -DCMAKE_CXX_FLAGS="$package_cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
  -DCMAKE_INSTALL_PREFIX=/usr -DSCS_WERROR=ON)
unset package_cxxflags
