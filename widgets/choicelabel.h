#pragma once
// Readable, translated names for the stored values of Enum and Flags properties.

#include <QString>

namespace cw {

class ChoiceLabel
{
public:
    static QString label(const QString &value);
};

} // namespace cw
