#pragma once
// References: a media file of the course (only files that fit the property, MediaFit; a picture
// of an image beside the list) and another node (only those ReferenceScope allows, by name).

#include "inspector/propertyfield.h"

class QComboBox;
class QLabel;

namespace cw {

class AssetField : public PropertyField
{
    Q_OBJECT

public:
    explicit AssetField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    bool listsAssets() const override { return true; }
    // The picture beside the list (an image's thumbnail); hidden for other media.
    QLabel *preview() const { return m_preview; }

private:
    QComboBox *m_combo;
    QLabel *m_preview;
};

class NodeRefField : public PropertyField
{
    Q_OBJECT

public:
    explicit NodeRefField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    bool listsNodes() const override { return true; }

private:
    QComboBox *m_combo;
};

} // namespace cw
