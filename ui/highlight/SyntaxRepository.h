#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace scs {

// The one KSyntaxHighlighting repository of the application. It finds our
// SMS definition in the resources (:/org.kde.syntax-highlighting/syntax-addons).
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace scs
