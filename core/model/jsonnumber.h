#pragma once
// Whole numbers read from JSON without wrapping. JSON numbers are doubles: casting one that is
// fractional, out of range or not finite to an integer silently gives another number (4294967297
// becomes 1 as an int) or is undefined behaviour, so every such read goes through here.

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace cw {

class JsonNumber
{
    Q_DECLARE_TR_FUNCTIONS(cw::JsonNumber)

public:
    // The largest whole number a JSON number (a double) holds exactly: 2^53 - 1.
    static constexpr qint64 MaxExact = 9007199254740991;

    // The whole number `value` holds when it lies in [minimum, maximum]; otherwise nullopt and, in
    // *error, why (without the JSON path, which the caller knows): "4294967297 is out of range
    // (0 to 2147483647)", "1.5 is not a whole number", "expected a number".
    static std::optional<qint64> toInteger(const QJsonValue &value, qint64 minimum, qint64 maximum,
                                           QString *error);
    // Checks a finite number against [minimum, maximum] the same way; for Real properties.
    static bool checkRange(const QJsonValue &value, double minimum, double maximum, QString *error);
    // The shortest text that reads back as `value` ("4294967297", "1.5", "1e+300").
    static QString text(double value);
};

} // namespace cw
