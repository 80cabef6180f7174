#include "assetfilename.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace cw {

namespace {

// Lower-case letters and digits only: an extension that is safe in every file system and URL.
QString cleanSuffix(const QString &suffix)
{
    QString out;
    for (const QChar c : suffix.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out.size() <= AssetFileName::MaxSuffixLength ? out : QString();
}

} // namespace

QString AssetFileName::suffix(const AssetInfo &asset)
{
    QString suffix = cleanSuffix(QFileInfo(asset.name).suffix());
    if (suffix.isEmpty() && !asset.mimeType.isEmpty())
        suffix = cleanSuffix(QMimeDatabase().mimeTypeForName(asset.mimeType).preferredSuffix());
    return suffix;
}

QString AssetFileName::withSuffix(const QString &stem, const AssetInfo &asset)
{
    const QString ext = suffix(asset);
    return ext.isEmpty() ? stem : stem + QLatin1Char('.') + ext;
}

} // namespace cw
