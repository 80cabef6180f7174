#pragma once
// Strings a designer picks rather than types: the course language by name (stored as a BCP 47
// tag) and the theme colour with a colour picker and its contrast (stored as "#rrggbb").

#include "inspector/propertyfield.h"

namespace cw {

class ColorPicker;
class LanguagePicker;

class LanguageField : public PropertyField
{
    Q_OBJECT

public:
    explicit LanguageField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    LanguagePicker *m_picker;
};

class ColorField : public PropertyField
{
    Q_OBJECT

public:
    explicit ColorField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

private:
    ColorPicker *m_picker;
};

} // namespace cw
