#include "FileBackend.h"

namespace scs {

ProjectBackend::SaveResult FileBackend::save(const Project &project)
{
    return m_file.save(project) ? SaveResult::Saved : SaveResult::Failed;
}

} // namespace scs
