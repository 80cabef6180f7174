#include "export/targets/xapi/activityiri.h"

#include <QRegularExpression>

namespace cw {

namespace {

// Characters left as they are in an IRI that already has a scheme: the reserved set keeps its
// structure. QUrl::toPercentEncoding cannot be told to keep '%', so encoding is done here: an
// existing %XX stays, or an identifier typed encoded would be encoded twice.
const QByteArray KeepInIri = QByteArrayLiteral("!#$&'()*+,/:;=?@[]~");

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Percent-encodes all but RFC 3986 unreserved characters, `keep`, and (when `keepEscapes`) %XX.
QString encoded(const QString &text, const QByteArray &keep, bool keepEscapes)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        const bool escape =
            keepEscapes && c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) && isHex(utf8.at(i + 2));
        if (unreserved || keep.contains(c) || escape)
            out += c;
        else
            out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
    }
    return QString::fromLatin1(out);
}

} // namespace

bool ActivityIri::hasScheme(const QString &text)
{
    // RFC 3986 scheme; two letters at least, so a Windows path ("C:\...") is not taken for one.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    return scheme.match(text).hasMatch();
}

QString ActivityIri::defaultBase(const QString &courseIdentifier)
{
    const QString id = courseIdentifier.trimmed();
    if (hasScheme(id))
        return encoded(id, KeepInIri, true);
    // Percent-encoded whole: an identifier like "a/b" stays one path segment.
    return QStringLiteral("https://coursewright.invalid/course/") + encoded(id, {}, false);
}

QString ActivityIri::activityIri(const QString &base, const QString &nodeId)
{
    QString b = base.trimmed();
    // A base given with a trailing slash must not make "//": the IRIs would differ by how it was typed.
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return b + QLatin1Char('/') + encoded(nodeId, {}, false);
}

} // namespace cw
