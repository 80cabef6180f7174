#pragma once
// The xapi target: the player package with the xAPI adapter at the root and tincan.xml, which
// names the course's one activity and its launch page. docs/export.md lists the options.

#include "export/exporttarget.h"

#include <QCoreApplication>

namespace cw {

class XapiTarget final : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(cw::XapiTarget)

public:
    QString name() const override { return QStringLiteral("xapi"); }
    QString label() const override;
    QString adapter() const override { return QStringLiteral("xapi"); }
    QList<ExportOption> options() const override;
    QString checkOption(const ExportOption &option, const QJsonValue &value) const override;
    bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const override;
};

} // namespace cw
