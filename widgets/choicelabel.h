#pragma once
// Readable, translated names for the stored values of Enum and Flags properties.

#include <QString>

namespace cw {

class ChoiceLabel
{
public:
    static QString label(const QString &value);
    // Whether `value` has words of its own here (label() otherwise capitalises the stored value,
    // which no translation reaches).
    static bool hasLabel(const QString &value);
};

} // namespace cw
