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

QString ExportOption::choiceLabel(const QString &value) const
{
    const qsizetype at = spec.choices.indexOf(value);
    return at >= 0 && at < choiceLabels.size()
               ? QCoreApplication::translate("cw::ExportOption", choiceLabels.at(at))
               : value;
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
