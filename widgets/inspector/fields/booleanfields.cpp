#include "booleanfields.h"

#include "model/schema.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSignalBlocker>

namespace cw {

BoolField::BoolField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_box(new QCheckBox(Schema::propertyLabel(spec)))
{
    connect(m_box, &QCheckBox::toggled, this, [this] { Q_EMIT edited(true); });
    setEditor(m_box);
}

QJsonValue BoolField::value() const
{
    return m_box->isChecked();
}

void BoolField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(value.toBool());
}

TrueFalseField::TrueFalseField(const PropertySpec &spec)
    : PropertyField(spec)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_true = new QRadioButton(tr("True"), box);
    m_false = new QRadioButton(tr("False"), box);
    auto *group = new QButtonGroup(box);
    group->addButton(m_true);
    group->addButton(m_false);
    row->addWidget(m_true);
    row->addWidget(m_false);
    row->addStretch();
    const QString label = Schema::propertyLabel(spec);
    m_true->setAccessibleName(tr("%1: true").arg(label));
    m_false->setAccessibleName(tr("%1: false").arg(label));
    for (QRadioButton *button : {m_true, m_false})
        connect(button, &QRadioButton::clicked, this, [this] { Q_EMIT edited(true); });
    // The box is what a form row and a label's buddy point at; the keyboard lands on the answer.
    box->setFocusProxy(m_true);
    setEditor(box);
}

QJsonValue TrueFalseField::value() const
{
    return m_true->isChecked();
}

void TrueFalseField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker a(m_true), b(m_false);
    (value.toBool() ? m_true : m_false)->setChecked(true);
}

} // namespace cw
