#pragma once
// Bool properties: a check box carrying the property's label, or, for an answer (EditorHint::
// TrueOrFalse), the two answers side by side as radio buttons.

#include "inspector/propertyfield.h"

class QCheckBox;
class QRadioButton;

namespace cw {

class BoolField : public PropertyField
{
    Q_OBJECT

public:
    explicit BoolField(const PropertySpec &spec);
    bool labelInside() const override { return true; }
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    QCheckBox *m_box;
};

class TrueFalseField : public PropertyField
{
    Q_OBJECT

public:
    explicit TrueFalseField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    QRadioButton *m_true;
    QRadioButton *m_false;
};

} // namespace cw
