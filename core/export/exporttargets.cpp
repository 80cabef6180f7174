#include "export/exporttarget.h"
#include "export/htmlexport.h"
#include "export/targets/scorm/scormtarget.h"

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

QStringList ExportTargets::upcoming()
{
    QStringList names;
    for (const QString &name :
         {QStringLiteral("scorm12"), QStringLiteral("scorm2004-3"), QStringLiteral("scorm2004-4"),
          QStringLiteral("xapi"), QStringLiteral("cmi5")}) {
        if (!find(name))
            names.append(name);
    }
    return names;
}

} // namespace cw
