#include "clioutput.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace cw::cli {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString linesSafe(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = terminalSafe(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString terminalSafe(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString safe;
    safe.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u))
            safe += c;
        else if (u == u'\n')
            safe += QLatin1String("\\n");
        else if (u == u'\r')
            safe += QLatin1String("\\r");
        else if (u == u'\t')
            safe += QLatin1String("\\t");
        else if (u <= 0xFF)
            safe += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            safe += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return safe;
}

void outJson(const QByteArray &json)
{
    // JSON escapes C0 characters itself but writes DEL, C1 and the bidirectional overrides as they
    // are. They can only occur inside strings, where \uXXXX means the same character. Done on the
    // UTF-8 bytes so that nothing else changes (dump's output stays byte-identical).
    QByteArray safe;
    safe.reserve(json.size());
    const auto escape = [&safe](int u) {
        safe += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0')).toLatin1();
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const uchar b = uchar(json[i]);
        const uchar next = i + 1 < json.size() ? uchar(json[i + 1]) : 0;
        const uchar third = i + 2 < json.size() ? uchar(json[i + 2]) : 0;
        if (b == 0x7F) {
            escape(0x7F);
        } else if (b == 0xC2 && next >= 0x80 && next <= 0x9F) { // U+0080..U+009F
            escape(next);
            ++i;
        } else if (b == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) ||
                                 (next == 0x81 && third >= 0xA6 && third <= 0xA9))) { // U+202A.., U+2066..
            escape(0x2000 | ((next & 0x0F) << 6) | (third & 0x3F));
            i += 2;
        } else {
            safe += char(b);
        }
    }
    outBytes(safe);
}

void out(const QString &text)
{
    const QByteArray utf8 = linesSafe(text).toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void outBytes(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code)
{
    const QByteArray utf8 = QStringLiteral("coursewright-cli: %1\n").arg(linesSafe(message)).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    return code;
}

} // namespace cw::cli
