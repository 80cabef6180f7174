#include "export/htmlexport.h"

#include "export/playerpackage.h"

namespace cw {

QString HtmlExport::label() const
{
    return tr("HTML (offline website)");
}

bool HtmlExport::plan(const ExportRequest &request, PackagePlan &plan, QString *error) const
{
    return PlayerPackage::addTo(plan, request.document, request.file, adapter(), error);
}

} // namespace cw
