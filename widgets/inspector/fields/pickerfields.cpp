#include "pickerfields.h"

#include "inspector/colorpicker.h"
#include "inspector/languagepicker.h"

#include <QSignalBlocker>

namespace cw {

LanguageField::LanguageField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_picker(new LanguagePicker)
{
    connect(m_picker, &LanguagePicker::tagChosen, this, [this] { Q_EMIT edited(true); });
    setEditor(m_picker);
}

QJsonValue LanguageField::value() const
{
    return m_picker->tag();
}

void LanguageField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_picker);
    m_picker->setTag(value.toString());
}

ColorField::ColorField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_picker(new ColorPicker)
{
    connect(m_picker, &ColorPicker::edited, this, &PropertyField::edited);
    setEditor(m_picker);
}

QJsonValue ColorField::value() const
{
    return m_picker->color();
}

void ColorField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_picker);
    m_picker->setColor(value.toString());
}

} // namespace cw
