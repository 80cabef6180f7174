#pragma once
// Puts a new file in place of a media file of the course, in one undo step: imports the new
// file, re-points every media property that held the old one (AssetUsage::references) and takes
// the old one out of the catalogue. Refused, with nothing changed, when the new file does not
// fit a place the old one is used (MediaFit), so a replace never leaves a broken reference.

#include "model/assetinfo.h"

#include <QString>

#include <optional>

namespace cw {

class Project;

class MediaReplace
{
public:
    // Returns the file now in place of `oldHash`, or nothing with the reason in *error.
    static std::optional<AssetInfo> run(Project &project, const QString &oldHash, const QString &path,
                                        QString *error);
};

} // namespace cw
