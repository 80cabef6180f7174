#pragma once
// Shared by the fuzz harnesses: a broken invariant prints what broke and aborts, which libFuzzer
// reports as a crash (saving the input) and the corpus replay reports as a failed test.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace cw::fuzz {

// A value made printable on one line and cut short, so a report stays readable.
inline QString shown(const QString &text, qsizetype limit = 300)
{
    QString out;
    for (const QChar c : text.left(limit)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > limit)
        out += QStringLiteral("... (%1 characters)").arg(text.size());
    return out;
}

inline QString shown(const QByteArray &bytes, qsizetype limit = 300)
{
    return shown(QString::fromUtf8(bytes), limit);
}

[[noreturn]] inline void fail(const char *invariant, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", invariant, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const char *invariant, const QString &detail = {})
{
    if (!ok)
        fail(invariant, detail);
}

} // namespace cw::fuzz
