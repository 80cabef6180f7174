#include "clioutput.h"

#include <cstdio>

namespace cw::cli {

void out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void outBytes(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code)
{
    const QByteArray utf8 = QStringLiteral("coursewright-cli: %1\n").arg(message).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    return code;
}

} // namespace cw::cli
