#include "choicefields.h"

#include "choicelabel.h"
#include "model/schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cw {

void selectOrMark(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(QCoreApplication::translate("cw::PropertyField", "(missing: %1)").arg(value.left(8)),
                       value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

EnumField::EnumField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_combo(new QComboBox)
{
    for (const QString &choice : spec.choices)
        m_combo->addItem(ChoiceLabel::label(choice), choice);
    connect(m_combo, &QComboBox::activated, this, [this] { Q_EMIT edited(true); });
    setEditor(m_combo);
}

QJsonValue EnumField::value() const
{
    return m_combo->currentData().toString();
}

void EnumField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_combo);
    selectOrMark(m_combo, value.toString());
}

FlagsField::FlagsField(const PropertySpec &spec)
    : PropertyField(spec)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    for (const QString &choice : spec.choices) {
        auto *check = new QCheckBox(ChoiceLabel::label(choice), box);
        check->setProperty("cwChoice", choice);
        connect(check, &QCheckBox::toggled, this, [this] { Q_EMIT edited(true); });
        column->addWidget(check);
        m_checks << check;
    }
    if (!m_checks.isEmpty())
        box->setFocusProxy(m_checks.first());
    setEditor(box);
}

QJsonValue FlagsField::value() const
{
    QJsonArray set;
    for (QCheckBox *check : m_checks) {
        if (check->isChecked())
            set.append(check->property("cwChoice").toString());
    }
    return set;
}

void FlagsField::show(const QJsonValue &value, const FieldContext &)
{
    QStringList on;
    for (const QJsonValue &item : value.toArray())
        on << item.toString();
    for (QCheckBox *check : m_checks) {
        const QSignalBlocker blocker(check);
        check->setChecked(on.contains(check->property("cwChoice").toString()));
    }
}

} // namespace cw
