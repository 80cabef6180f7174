#include "jsonnumber.h"

#include <QLocale>

#include <cmath>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString JsonNumber::text(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool JsonNumber::checkRange(const QJsonValue &value, double minimum, double maximum, QString *error)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(error, tr("expected a number"));
    const double d = value.toDouble();
    if (d < minimum || d > maximum)
        return fail(error, tr("%1 is out of range (%2 to %3)").arg(text(d), text(minimum), text(maximum)));
    return true;
}

std::optional<qint64> JsonNumber::toInteger(const QJsonValue &value, qint64 minimum, qint64 maximum,
                                            QString *error)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(error, tr("expected a number"));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (d != std::floor(d)) {
        fail(error, tr("%1 is not a whole number").arg(text(d)));
        return std::nullopt;
    }
    // Compared as doubles before any cast, as the cast of an out-of-range double is undefined;
    // bounds within +-2^53 convert to double exactly, so the comparison is exact too.
    Q_ASSERT(minimum >= -MaxExact && maximum <= MaxExact);
    if (d < double(minimum) || d > double(maximum)) {
        fail(error, tr("%1 is out of range (%2 to %3)").arg(text(d)).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return qint64(d);
}

} // namespace cw
