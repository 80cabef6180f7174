#include "numberfields.h"

#include "inspector/decimalspinbox.h"
#include "model/schema.h"

#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <QSpinBox>

#include <climits>

namespace cw {

IntField::IntField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_spin(new QSpinBox)
{
    m_spin->setRange(spec.hasRange ? int(spec.minimum) : INT_MIN,
                     spec.hasRange ? int(spec.maximum) : INT_MAX);
    m_spin->setMaximumWidth(160);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] { Q_EMIT edited(false); });
    connect(m_spin, &QSpinBox::editingFinished, this, [this] { Q_EMIT edited(true); });
    setEditor(m_spin);
}

QJsonValue IntField::value() const
{
    return m_spin->value();
}

void IntField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(value.toInt());
}

void IntField::selectAll()
{
    m_spin->selectAll();
}

RealField::RealField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_spin(new DecimalSpinBox)
{
    m_spin->setRange(spec.hasRange ? spec.minimum : -1e9, spec.hasRange ? spec.maximum : 1e9);
    m_spin->setMaximumWidth(200);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT edited(false); });
    connect(m_spin, &QDoubleSpinBox::editingFinished, this, [this] { Q_EMIT edited(true); });
    setEditor(m_spin);
}

QJsonValue RealField::value() const
{
    return m_spin->value();
}

void RealField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_spin);
    m_spin->setValue(value.toDouble());
}

void RealField::selectAll()
{
    m_spin->selectAll();
}

} // namespace cw
