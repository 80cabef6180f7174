#include "export/htmlexport.h"

#include "export/playerpackage.h"

namespace cw {

bool HtmlExport::plan(const CourseDocument &document, const ProjectFile *file, PackagePlan &plan,
                      QString *error)
{
    return PlayerPackage::addTo(plan, document, file, adapter(), error);
}

} // namespace cw
