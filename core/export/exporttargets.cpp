#include "export/exporttarget.h"
#include "export/htmlexport.h"
#include "export/targets/cmi5/cmi5target.h"
#include "export/targets/scorm/scormtarget.h"
#include "export/targets/xapi/xapitarget.h"

#include <memory>
#include <vector>

namespace cw {

namespace {

// The registry: one line per target. Built once, never changed afterwards, so reading it from the
// export worker thread needs no lock.
const std::vector<std::unique_ptr<ExportTarget>> &registry()
{
    static const std::vector<std::unique_ptr<ExportTarget>> targets = [] {
        std::vector<std::unique_ptr<ExportTarget>> list;
        list.push_back(std::make_unique<HtmlExport>());
        list.push_back(std::make_unique<ScormTarget>(ScormManifest::Edition::Scorm12));
        list.push_back(std::make_unique<ScormTarget>(ScormManifest::Edition::Scorm2004Third));
        list.push_back(std::make_unique<ScormTarget>(ScormManifest::Edition::Scorm2004Fourth));
        list.push_back(std::make_unique<XapiTarget>());
        list.push_back(std::make_unique<Cmi5Target>());
        return list;
    }();
    return targets;
}

} // namespace

QList<const ExportTarget *> ExportTargets::all()
{
    QList<const ExportTarget *> list;
    for (const auto &target : registry())
        list.append(target.get());
    return list;
}

const ExportTarget *ExportTargets::find(const QString &name)
{
    for (const auto &target : registry()) {
        if (target->name() == name)
            return target.get();
    }
    return nullptr;
}

} // namespace cw
