#pragma once

#include "Catalog.h"

#include <span>

namespace scs::CatalogTables {

// The static tables behind Catalog: one entry per field in FieldId order,
// one per section in SectionId order. Kept apart from the lookup code so
// the texts can be read (and reviewed) as one list.
std::span<const FieldDef> fields();
std::span<const SectionDef> sections();
std::span<const FixedValueDef> fixedRequestValues();

} // namespace scs::CatalogTables
