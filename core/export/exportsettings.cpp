#include "export/exportsettings.h"

#include "export/exporttarget.h"
#include "model/coursedocument.h"

namespace cw {

namespace {

QJsonObject all(const CourseDocument &document)
{
    return document.root()->property(QLatin1String(ExportSettings::Property)).toObject();
}

} // namespace

QString ExportSettings::lastFormat(const CourseDocument &document)
{
    return all(document).value(QStringLiteral("format")).toString();
}

QJsonObject ExportSettings::stored(const CourseDocument &document, const QString &format)
{
    return all(document).value(format).toObject();
}

QJsonObject ExportSettings::updated(const CourseDocument &document, const ExportTarget &target,
                                    const QJsonObject &resolved)
{
    QJsonObject kept;
    for (const ExportOption &option : target.options()) {
        if (option.remembered && resolved.contains(option.spec.key))
            kept.insert(option.spec.key, resolved.value(option.spec.key));
    }
    QJsonObject settings = all(document);
    settings.insert(QStringLiteral("format"), target.name());
    settings.insert(target.name(), kept);
    return settings;
}

bool ExportSettings::remember(CourseDocument &document, const ExportTarget &target,
                              const QJsonObject &resolved)
{
    const QJsonObject next = updated(document, target, resolved);
    if (next == all(document))
        return false;
    return document.setProperty(document.root()->id(), QLatin1String(Property), next, true);
}

} // namespace cw
