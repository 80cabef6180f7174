#pragma once
// Enum and Flags properties: one choice from a list, or any set of choices as check boxes, each
// shown in words (ChoiceLabel), stored by its stable name.

#include "inspector/propertyfield.h"

#include <QList>

class QCheckBox;
class QComboBox;

namespace cw {

// Selects the item whose data is `value`, adding a marked entry when the list does not offer it:
// a stored value the list does not know (a reference to something deleted, a choice from a newer
// version) stays visible rather than silently reading as another one.
void selectOrMark(QComboBox *combo, const QString &value);

class EnumField : public PropertyField
{
    Q_OBJECT

public:
    explicit EnumField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    QComboBox *m_combo;
};

class FlagsField : public PropertyField
{
    Q_OBJECT

public:
    explicit FlagsField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    QList<QCheckBox *> m_checks;
};

} // namespace cw
