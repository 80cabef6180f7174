#pragma once
// Int and Real properties: spin boxes bounded by the schema's range. Typing merges into one undo
// step; leaving the field closes it.

#include "inspector/propertyfield.h"

class QDoubleSpinBox;
class QSpinBox;

namespace cw {

class IntField : public PropertyField
{
    Q_OBJECT

public:
    explicit IntField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    void selectAll() override;

private:
    QSpinBox *m_spin;
};

class RealField : public PropertyField
{
    Q_OBJECT

public:
    explicit RealField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    void selectAll() override;

private:
    QDoubleSpinBox *m_spin;
};

} // namespace cw
