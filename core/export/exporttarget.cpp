#include "export/exporttarget.h"

#include "export/statebudget.h"

#include <QCoreApplication>

namespace cw {

QString ExportOption::label() const
{
    return QCoreApplication::translate("cw::ExportOption", spec.label);
}

QString ExportOption::helpText() const
{
    return QCoreApplication::translate("cw::ExportOption", help);
}

QString ExportOption::flag() const
{
    QString out;
    for (const QChar c : spec.key) {
        if (c.isUpper())
            out += QLatin1Char('-');
        out += c.toLower();
    }
    return out;
}

QString ExportOption::choiceLabel(const QString &value)
{
    // The stored values are stable identifiers (CLI words, course files); designers read these.
    static const struct
    {
        const char *value;
        const char *label;
    } table[] = {
        {"course", QT_TRANSLATE_NOOP("cw::ExportOption", "One package for the course")},
        {"sco-per-module", QT_TRANSLATE_NOOP("cw::ExportOption", "One package, a SCO per module")},
        {"package-per-module", QT_TRANSLATE_NOOP("cw::ExportOption", "One package per module")},
        {"passed", QT_TRANSLATE_NOOP("cw::ExportOption", "Passed")},
        {"completed", QT_TRANSLATE_NOOP("cw::ExportOption", "Completed")},
        {"failed", QT_TRANSLATE_NOOP("cw::ExportOption", "Failed")},
        {"incomplete", QT_TRANSLATE_NOOP("cw::ExportOption", "Incomplete")},
        {"always", QT_TRANSLATE_NOOP("cw::ExportOption", "Always")},
        {"ask", QT_TRANSLATE_NOOP("cw::ExportOption", "Ask the learner")},
        {"never", QT_TRANSLATE_NOOP("cw::ExportOption", "Never")},
    };
    for (const auto &entry : table) {
        if (value == QLatin1String(entry.value))
            return QCoreApplication::translate("cw::ExportOption", entry.label);
    }
    return value;
}

qint64 ExportTarget::stateWorstCase(const ExportRequest &request) const
{
    return StateBudget::worstCase(request.document);
}

QJsonObject ExportTarget::resolve(const QJsonObject &stored, const QJsonObject &given, QString *error) const
{
    QJsonObject values;
    const QList<ExportOption> all = options();
    for (const ExportOption &option : all) {
        const QString &key = option.spec.key;
        values.insert(key, option.spec.defaultValue);
        const QJsonValue kept = stored.value(key);
        if (option.remembered && !kept.isUndefined() && Schema::checkValue(option.spec, kept).isEmpty())
            values.insert(key, Schema::normalized(option.spec, kept));
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto option = std::find_if(all.begin(), all.end(),
                                         [&](const ExportOption &o) { return o.spec.key == it.key(); });
        const QString problem =
            option == all.end() ? QCoreApplication::translate("cw::ExportOption", "%1 has no option \"%2\".")
                                      .arg(label(), it.key())
                                : Schema::checkValue(option->spec, it.value());
        if (!problem.isEmpty()) {
            if (error)
                *error = option == all.end() ? problem
                                             : QCoreApplication::translate("cw::ExportOption", "%1: %2")
                                                   .arg(option->label(), problem);
            return {};
        }
        values.insert(it.key(), Schema::normalized(option->spec, it.value()));
    }
    return values;
}

} // namespace cw
