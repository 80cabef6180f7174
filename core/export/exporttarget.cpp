#include "export/exporttarget.h"

#include "export/courseslice.h"
#include "export/statebudget.h"
#include "model/coursedocument.h"

#include <QCoreApplication>

#include <algorithm>

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

ExportOption ExportOption::make(const QString &key, PropertyType type, const char *label, const char *help,
                                std::initializer_list<std::pair<const char *, const char *>> choices,
                                const QJsonValue &defaultValue)
{
    ExportOption o;
    o.spec.key = key;
    o.spec.type = type;
    o.spec.label = label;
    for (const auto &[value, name] : choices) {
        o.spec.choices << QString::fromLatin1(value);
        o.choiceLabels << name;
    }
    o.spec.defaultValue = o.spec.choices.isEmpty() ? defaultValue : QJsonValue(o.spec.choices.first());
    o.help = help;
    return o;
}

ExportOption ExportOption::resume()
{
    return make(QStringLiteral("resume"), PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Resume"),
                QT_TRANSLATE_NOOP("cw::ExportOption",
                                  "always: a returning learner continues where they left off; ask: the "
                                  "course asks them first; never: every visit starts afresh."),
                {{"always", QT_TRANSLATE_NOOP("cw::ExportOption", "Always")},
                 {"ask", QT_TRANSLATE_NOOP("cw::ExportOption", "Ask the learner")},
                 {"never", QT_TRANSLATE_NOOP("cw::ExportOption", "Never")}});
}

qint64 ExportTarget::stateWorstCase(const ExportRequest &request) const
{
    return StateBudget::worstCase(request.document);
}

qint64 ExportTarget::worstModuleState(const ExportRequest &request)
{
    qint64 worst = 0;
    for (int m = 0; m < CourseSlice::moduleCount(request.document); ++m)
        worst = std::max(worst, StateBudget::worstCase(*CourseSlice::module(request.document, m)));
    return worst;
}

QJsonObject ExportTarget::resolve(const QJsonObject &stored, const QJsonObject &given, QString *error) const
{
    QJsonObject values;
    const QList<ExportOption> all = options();
    for (const ExportOption &option : all) {
        const QString &key = option.spec.key;
        values.insert(key, option.spec.defaultValue);
        const QJsonValue kept = stored.value(key);
        if (option.remembered && !kept.isUndefined() && Schema::checkValue(option.spec, kept).isEmpty() &&
            checkOption(option, Schema::normalized(option.spec, kept)).isEmpty())
            values.insert(key, Schema::normalized(option.spec, kept));
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto option = std::find_if(all.begin(), all.end(),
                                         [&](const ExportOption &o) { return o.spec.key == it.key(); });
        QString problem = option == all.end()
                              ? QCoreApplication::translate("cw::ExportOption", "%1 has no option \"%2\".")
                                    .arg(label(), it.key())
                              : Schema::checkValue(option->spec, it.value());
        if (problem.isEmpty())
            problem = checkOption(*option, Schema::normalized(option->spec, it.value()));
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
