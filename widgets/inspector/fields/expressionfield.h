#pragma once
// Condition and Effects properties: the expression typed in a fixed-width line, checked while
// typing (Expression, the parser the player's rules come from) with the error shown under it.

#include "inspector/propertyfield.h"

class QLabel;
class QLineEdit;

namespace cw {

class ExpressionField : public PropertyField
{
    Q_OBJECT

public:
    explicit ExpressionField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    void selectAll() override;
    // The parse error shown under the line, empty when the text is valid.
    QString message() const;

private:
    void check();

    QLineEdit *m_line;
    QLabel *m_message;
};

} // namespace cw
