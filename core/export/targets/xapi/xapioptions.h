#pragma once
// What the xapi and cmi5 targets share: the activity IRI base option and its check, and how a
// player of either is set up (what its adapter reads in Coursewright.data.tracking, and a page
// that may reach an LRS on another origin). docs/export.md lists the options.

#include "export/exporttarget.h"
#include "export/playerpackage.h"

#include <QCoreApplication>

namespace cw {

class XapiOptions
{
    Q_DECLARE_TR_FUNCTIONS(cw::XapiOptions)

public:
    // The option "activityBase": empty for the default (ActivityIri::defaultBase).
    static ExportOption activityBase();
    // What is wrong with `value` as the activity IRI base, in words; empty when nothing is (an
    // empty value is the default). ExportTarget::checkOption of both targets.
    static QString checkOption(const ExportOption &option, const QJsonValue &value);
    // The base of the package's activity IRIs, without a trailing '/': the option's value, else
    // ActivityIri::defaultBase of the course identifier (of the course's node id when the course
    // has no identifier). Empty, with *error, when the option holds no absolute IRI.
    static QString base(const ExportRequest &request, QString *error);
    // A player whose adapter reports as `activityId`: tracking {resume, activityId, activityBase}
    // and a CSP connect-src open to any http(s) origin, since the LRS is on another one.
    static PlayerPackage::Setup playerSetup(const QJsonObject &options, const QString &base,
                                            const QString &activityId, const QString &folder = {});
};

} // namespace cw
