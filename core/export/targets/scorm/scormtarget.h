#pragma once
// The SCORM targets (scorm12, scorm2004-3, scorm2004-4): the player package with a SCORM tracking
// adapter, placed by scope (one SCO, a SCO per module, or a zip per module), and imsmanifest.xml.
// docs/export.md lists the options.

#include "export/exporttarget.h"
#include "export/targets/scorm/scormmanifest.h"

#include <QCoreApplication>

namespace cw {

class ScormTarget final : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(cw::ScormTarget)

public:
    explicit ScormTarget(ScormManifest::Edition edition)
        : m_edition(edition)
    {}

    QString name() const override;
    QString label() const override;
    QString adapter() const override;
    QList<ExportOption> options() const override;
    qint64 stateLimit() const override;
    qint64 stateWorstCase(const ExportRequest &request) const override;
    QStringList packageNames(const ExportRequest &request) const override;
    bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const override;

private:
    bool is12() const { return m_edition == ScormManifest::Edition::Scorm12; }
    bool addSchemaFiles(const QString &folder, PackagePlan &plan, QString *error) const;

    ScormManifest::Edition m_edition;
};

} // namespace cw
