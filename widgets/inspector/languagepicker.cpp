#include "languagepicker.h"

#include "validate/contentrules.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <utility>

namespace cw {

namespace {

struct Language
{
    QString tag;
    QString name;
};

// Every language and language-with-territory Qt has data for, by name. English names first so
// any designer can find a language; the native name after it for the one who speaks it.
const QList<Language> &languages()
{
    static const QList<Language> list = [] {
        QMap<QString, QString> byTag;
        const QList<QLocale> all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : all) {
            if (locale.language() == QLocale::C)
                continue;
            const QString languageTag = QLocale(locale.language()).bcp47Name();
            const QString english = QLocale::languageToString(locale.language());
            const QString native = locale.nativeLanguageName();
            const auto describe = [](const QString &en, const QString &nat, const QString &tag) {
                // "American English" adds nothing to "English"; "Deutsch" does to "German".
                const bool sameName = nat.isEmpty() || nat.contains(en, Qt::CaseInsensitive) ||
                                      en.contains(nat, Qt::CaseInsensitive);
                return sameName ? QStringLiteral("%1 (%2)").arg(en, tag)
                                : QStringLiteral("%1 \u2014 %2 (%3)").arg(en, nat, tag);
            };
            if (!byTag.contains(languageTag))
                byTag.insert(languageTag, describe(english, native, languageTag));
            // bcp47Name() drops the territory a language is most often written in (pt for pt-BR);
            // a designer choosing "Portuguese, Brazil" means the territory.
            QString tag = locale.bcp47Name();
            if (!tag.contains(QLatin1Char('-')) && locale.name().contains(QLatin1Char('_')))
                tag = locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
            if (tag != languageTag && !byTag.contains(tag) && locale.territory() != QLocale::AnyTerritory) {
                const QString nativeTerritory = locale.nativeTerritoryName();
                byTag.insert(
                    tag,
                    describe(english + QStringLiteral(", ") + QLocale::territoryToString(locale.territory()),
                             nativeTerritory.isEmpty() ? native
                                                       : native + QStringLiteral(", ") + nativeTerritory,
                             tag));
            }
        }
        QList<Language> sorted;
        for (auto it = byTag.cbegin(); it != byTag.cend(); ++it)
            sorted.append({it.key(), it.value()});
        QCollator collator{QLocale(QLocale::English)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(sorted.begin(), sorted.end(), [&collator](const Language &a, const Language &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        return sorted;
    }();
    return list;
}

} // namespace

LanguagePicker::LanguagePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    for (const Language &language : languages())
        addItem(language.name, language.tag);
    // Type any part of a name ("deut", "portug", "pt-BR") to narrow the list.
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type a language name or a tag such as en-GB"));
    setToolTip(tr("The language the course is written in. Learning platforms and screen readers use "
                  "it; it is stored as a standard language tag (BCP 47)."));
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString tag = itemData(index).toString();
        if (tag.isEmpty())
            return;
        const bool changed = tag != m_tag;
        m_tag = tag;
        if (changed)
            Q_EMIT tagChosen(tag);
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &LanguagePicker::commitText);
}

int LanguagePicker::indexOfTag(const QString &tag) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().compare(tag, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void LanguagePicker::setTag(const QString &tag)
{
    m_tag = tag;
    int index = indexOfTag(tag);
    if (index < 0 && !tag.isEmpty()) {
        // Kept as it is: a tag this Qt has no data for is still the designer's choice.
        insertItem(0, tag, tag);
        index = 0;
    }
    const QSignalBlocker blocker(this);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
}

QString LanguagePicker::displayName(const QString &tag)
{
    for (const Language &language : languages()) {
        if (language.tag.compare(tag, Qt::CaseInsensitive) == 0)
            return language.name;
    }
    return tag;
}

void LanguagePicker::commitText()
{
    const QString text = currentText().trimmed();
    int index = findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = indexOfTag(text);
    QString tag;
    if (index >= 0)
        tag = itemData(index).toString();
    else if (ContentRules::isWellFormedLanguageTag(text))
        tag = text;
    if (tag.isEmpty()) {
        setTag(m_tag); // not a language: show the stored one again
        return;
    }
    const bool changed = tag != m_tag;
    setTag(tag);
    if (changed)
        Q_EMIT tagChosen(tag);
}

void LanguagePicker::focusOutEvent(QFocusEvent *event)
{
    // The completer's popup takes the focus while it is open; the text is final only when the
    // keyboard leaves for good.
    if (!completer()->popup()->isVisible())
        commitText();
    QComboBox::focusOutEvent(event);
}

} // namespace cw
