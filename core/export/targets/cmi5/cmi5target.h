#pragma once
// The cmi5 target: the player package with the cmi5 adapter and cmi5.xml, the course structure:
// one AU for the course, or a block with one AU per module (each module's player in au-<n>/, the
// runtime and media shared at the root). docs/export.md lists the options.

#include "export/exporttarget.h"

#include <QCoreApplication>

namespace cw {

class Cmi5Target final : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(cw::Cmi5Target)

public:
    QString name() const override { return QStringLiteral("cmi5"); }
    QString label() const override;
    QString adapter() const override { return QStringLiteral("cmi5"); }
    QList<ExportOption> options() const override;
    QString checkOption(const ExportOption &option, const QJsonValue &value) const override;
    qint64 stateWorstCase(const ExportRequest &request) const override;
    bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const override;
};

} // namespace cw
