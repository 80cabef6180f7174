#include "choicelabel.h"

#include <QCoreApplication>

namespace cw {

namespace {

struct Entry
{
    const char *value;
    const char *label;
};

const Entry table[] = {
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
    {"system", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "System font")},
    {"sans", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Sans serif")},
    {"serif", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Serif")},
    {"rounded", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Rounded")},
    {"mono", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Monospace")},
    {"free", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "Free: any page in any order")},
    {"sequential", QT_TRANSLATE_NOOP("cw::ChoiceLabel", "In order: each page after the one before")},
};

const Entry *find(const QString &value)
{
    for (const Entry &entry : table) {
        if (value == QLatin1String(entry.value))
            return &entry;
    }
    return nullptr;
}

} // namespace

QString ChoiceLabel::label(const QString &value)
{
    if (const Entry *entry = find(value))
        return QCoreApplication::translate("cw::ChoiceLabel", entry->label);
    // A value added to the schema without a label here still reads acceptably (a test asks for one).
    return value.isEmpty() ? value : value.at(0).toUpper() + value.mid(1);
}

bool ChoiceLabel::hasLabel(const QString &value)
{
    return find(value) != nullptr;
}

} // namespace cw
