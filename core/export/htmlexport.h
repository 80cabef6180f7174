#pragma once
// The offline HTML target: the player package with the standalone adapter (learner state in
// localStorage) and nothing else, to open index.html from disk or put on any web server.

#include "export/exporttarget.h"

#include <QCoreApplication>

namespace cw {

class HtmlExport final : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(cw::HtmlExport)

public:
    static QString standaloneAdapter() { return QStringLiteral("standalone"); }

    QString name() const override { return QStringLiteral("html"); }
    QString label() const override;
    QString adapter() const override { return standaloneAdapter(); }
    bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const override;
};

} // namespace cw
