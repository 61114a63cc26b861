#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace scs {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace scs
