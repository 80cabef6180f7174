#include "export/targets/xapi/xapitarget.h"

#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/targets/xapi/tincanmanifest.h"
#include "export/targets/xapi/xapioptions.h"
#include "model/coursedocument.h"

namespace cw {

QString XapiTarget::label() const
{
    return tr("xAPI (Tin Can)");
}

QList<ExportOption> XapiTarget::options() const
{
    return {XapiOptions::activityBase(), ExportOption::resume()};
}

QString XapiTarget::checkOption(const ExportOption &option, const QJsonValue &value) const
{
    return XapiOptions::checkOption(option, value);
}

bool XapiTarget::plan(const ExportRequest &request, PackagePlan &plan, QString *error) const
{
    const QString base = XapiOptions::base(request, error);
    if (base.isEmpty())
        return false;
    // The course is the package's one activity: its IRI is the base itself, and pages, questions
    // and scenario steps are base + "/" + their node id.
    const PlayerPackage::Setup setup = XapiOptions::playerSetup(request.options, base, base);
    if (!PlayerPackage::addTo(plan, request.document, request.file, adapter(), error, setup))
        return false;
    const Node &course = *request.document.root();
    TincanManifest::Content manifest;
    manifest.activityId = base;
    manifest.name = course.string(QStringLiteral("title"));
    manifest.description = course.string(QStringLiteral("description"));
    manifest.launch = QStringLiteral("index.html");
    manifest.language = course.string(QStringLiteral("language"));
    return plan.addBytes(QStringLiteral("tincan.xml"), TincanManifest::write(manifest), error);
}

} // namespace cw
