#include "export/targets/xapi/xapioptions.h"

#include "export/targets/xapi/activityiri.h"
#include "model/coursedocument.h"

#include <QRegularExpression>
#include <QUrl>

namespace cw {

namespace {

const QString ActivityBase = QStringLiteral("activityBase");

QString withoutTrailingSlash(QString iri)
{
    while (iri.endsWith(QLatin1Char('/')))
        iri.chop(1);
    return iri;
}

// Empty, or what keeps `text` from being the base the activity IRIs start with.
QString baseProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (!ActivityIri::hasScheme(text) || text.section(QLatin1Char(':'), 1).isEmpty())
        return XapiOptions::tr("\"%1\" is not an absolute IRI: start it with a scheme, as in "
                               "https://example.com/courses/safety.")
            .arg(text);
    // Characters an IRI can never hold (RFC 3987): spaces, controls, and these delimiters.
    static const QRegularExpression forbidden(QStringLiteral("[\\s\\x00-\\x1f\\x7f<>\"{}|\\\\^`]"));
    if (text.contains(forbidden))
        return XapiOptions::tr(
                   "\"%1\" holds a space or a character an IRI cannot hold (< > \" { } | \\ ^ `); "
                   "percent-encode such characters.")
            .arg(text);
    if (text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('#')))
        return XapiOptions::tr("\"%1\" has a query (?) or a fragment (#); node ids are added to the end "
                               "of the base, so it must end in a path.")
            .arg(text);
    const QString scheme = text.section(QLatin1Char(':'), 0, 0).toLower();
    if ((scheme == u"http" || scheme == u"https") && QUrl(text).host().isEmpty())
        return XapiOptions::tr("\"%1\" names no host: write it as %2://host/path, as in "
                               "https://example.com/courses/safety.")
            .arg(text, scheme);
    return {};
}

} // namespace

ExportOption XapiOptions::activityBase()
{
    return ExportOption::make(
        ActivityBase, PropertyType::String, QT_TRANSLATE_NOOP("cw::ExportOption", "Activity IRI base"),
        QT_TRANSLATE_NOOP("cw::ExportOption",
                          "The absolute IRI the course's activity ids start with, such as "
                          "https://example.com/courses/safety: the LRS keeps a learner's records by them, "
                          "so keep it when you re-export. Empty: made from the course identifier."));
}

QString XapiOptions::checkOption(const ExportOption &option, const QJsonValue &value)
{
    return option.spec.key == ActivityBase ? baseProblem(value.toString().trimmed()) : QString();
}

QString XapiOptions::base(const ExportRequest &request, QString *error)
{
    const QString given = request.options.value(ActivityBase).toString().trimmed();
    if (const QString problem = baseProblem(given); !problem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cw::ExportOption", "%1: %2")
                         .arg(activityBase().label(), problem);
        return {};
    }
    if (!given.isEmpty())
        return withoutTrailingSlash(given);
    const Node &course = *request.document.root();
    const QString identifier = course.string(QStringLiteral("identifier")).trimmed();
    return withoutTrailingSlash(
        ActivityIri::defaultBase(identifier.isEmpty() ? idString(course.id()) : identifier));
}

PlayerPackage::Setup XapiOptions::playerSetup(const QJsonObject &options, const QString &base,
                                              const QString &activityId, const QString &folder)
{
    PlayerPackage::Setup setup;
    setup.folder = folder;
    const QString resume = ExportOption::resume().spec.key;
    setup.tracking = {{resume, options.value(resume)},
                      {QStringLiteral("activityId"), activityId},
                      {QStringLiteral("activityBase"), base}};
    setup.connectSources = QStringLiteral("'self' http: https:");
    return setup;
}

} // namespace cw
