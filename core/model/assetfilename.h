#pragma once
// The file names derived from an asset, for media folders (`dump --assets`) and packages: a stem
// the caller chooses (the hash) and a short, safe extension. The original name comes from a
// course file or a user's disk, so its extension may be 250 characters long or hold characters a
// file system, a URL or unzip refuses; the derived name never does.

#include "assetinfo.h"

#include <QString>

namespace cw {

class AssetFileName
{
public:
    // Longer "extensions" are not extensions ("notes.final version for review"); a real one is
    // rarely over 5 characters.
    static constexpr qsizetype MaxSuffixLength = 16;

    // Lower-case ASCII letters and digits only, at most MaxSuffixLength: the original name's
    // extension when it is one, else the MIME type's usual one, else empty.
    static QString suffix(const AssetInfo &asset);
    // "<stem>.<suffix>", or the stem alone when there is no suffix.
    static QString withSuffix(const QString &stem, const AssetInfo &asset);
};

} // namespace cw
