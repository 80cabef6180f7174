#include "choicelabel.h"

#include <QCoreApplication>

namespace cw {

QString ChoiceLabel::label(const QString &value)
{
    static const struct
    {
        const char *value;
        const char *label;
    } table[] = {
        {"pages", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Pages viewed")},
        {"quizzes", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Quizzes passed")},
        {"scenarios", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Scenarios finished")},
        {"immediate", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "After each question")},
        {"afterQuiz", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "At the end of the quiz")},
        {"never", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Never")},
        {"info", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Information")},
        {"tip", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Tip")},
        {"warning", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Warning")},
        {"important", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Important")},
        {"number", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Number")},
        {"boolean", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "True or false")},
        {"content", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Content")},
        {"decision", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Decision")},
        {"ending", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Ending")},
        {"neutral", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Neutral")},
        {"pass", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Pass")},
        {"fail", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Fail")},
    };
    for (const auto &entry : table) {
        if (value == QLatin1String(entry.value))
            return QCoreApplication::translate("cw::ChoiceLabel", entry.label);
    }
    // A value added to the schema without a label here still reads acceptably.
    return value.isEmpty() ? value : value.at(0).toUpper() + value.mid(1);
}

} // namespace cw
