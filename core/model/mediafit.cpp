#include "mediafit.h"

namespace cw {

bool MediaFit::isWebVtt(const QByteArray &head)
{
    QByteArrayView rest(head);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    if (!rest.startsWith("WEBVTT"))
        return false;
    rest = rest.sliced(6);
    return rest.isEmpty() || rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\n' ||
           rest.front() == '\r';
}

QString MediaFit::mimeType(const QString &detected, const QByteArray &head)
{
    if (isWebVtt(head))
        return Captions;
    if (detected == Captions)
        return QStringLiteral("text/plain");
    return detected;
}

bool MediaFit::fits(const QString &mediaType, const AssetInfo &asset)
{
    if (mediaType.isEmpty())
        return true;
    if (asset.mimeType.isEmpty())
        return false;
    if (mediaType.endsWith(QLatin1Char('/')))
        return asset.mimeType.startsWith(mediaType);
    return asset.mimeType == mediaType;
}

} // namespace cw
