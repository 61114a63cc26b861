#pragma once

namespace scs {

// What shortcode-studio sets up on its QApplication before any window:
// names (for settings and the desktop entry), the style and the window icon.
// Call after constructing the QApplication.
void configureApplication();

} // namespace scs
