#include "propertyfield.h"

#include "fields/booleanfields.h"
#include "fields/choicefields.h"
#include "fields/expressionfield.h"
#include "fields/numberfields.h"
#include "fields/pickerfields.h"
#include "fields/referencefields.h"
#include "fields/textfields.h"
#include "model/schema.h"

#include <QComboBox>
#include <QWidget>

#include <algorithm>

namespace cw {

PropertyField::PropertyField(const PropertySpec &spec)
    : m_spec(spec)
{}

PropertyField::~PropertyField() = default;

void PropertyField::setEditor(QWidget *editor, QWidget *row)
{
    m_editor = editor;
    m_row = row;
    const QString label = Schema::propertyLabel(m_spec);
    editor->setAccessibleName(label);
    editor->setObjectName(QStringLiteral("property_") + m_spec.key);
    // A list's longest entry (a language's full name, a file's) must not widen the whole form
    // past a small window: the box asks for room for 16 characters and the form gives it the
    // rest of the row.
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(std::max(combo->minimumContentsLength(), 16));
    }
}

std::unique_ptr<PropertyField> PropertyField::create(const PropertySpec &spec)
{
    switch (spec.type) {
    case PropertyType::Bool:
        if (spec.hint == EditorHint::TrueOrFalse)
            return std::make_unique<TrueFalseField>(spec);
        return std::make_unique<BoolField>(spec);
    case PropertyType::Int:
        return std::make_unique<IntField>(spec);
    case PropertyType::Real:
        return std::make_unique<RealField>(spec);
    case PropertyType::String:
        if (spec.hint == EditorHint::LanguageTag)
            return std::make_unique<LanguageField>(spec);
        if (spec.hint == EditorHint::Color)
            return std::make_unique<ColorField>(spec);
        return std::make_unique<LineField>(spec);
    case PropertyType::RichText:
        return std::make_unique<RichTextField>(spec);
    case PropertyType::StringList:
        return std::make_unique<ListField>(spec);
    case PropertyType::Enum:
        return std::make_unique<EnumField>(spec);
    case PropertyType::Flags:
        return std::make_unique<FlagsField>(spec);
    case PropertyType::AssetRef:
        return std::make_unique<AssetField>(spec);
    case PropertyType::NodeRef:
        return std::make_unique<NodeRefField>(spec);
    case PropertyType::Condition:
    case PropertyType::Effects:
        return std::make_unique<ExpressionField>(spec);
    case PropertyType::Settings:
        break; // kept by the tool that owns it (export options)
    }
    return nullptr;
}

} // namespace cw
