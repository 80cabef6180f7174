#pragma once
// Brings media files into a course in one undo step: imports the bytes, adds them to the
// catalogue and, when an item is given, puts each file into the first media property of that
// item that takes it (MediaFit: an image into an image block, WebVTT into a video's captions).

#include "model/assetinfo.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace cw {

class Project;

class MediaImport
{
public:
    struct Result
    {
        QList<AssetInfo> imported;
        QStringList assignedKeys; // the target's properties that now hold an imported file
    };

    // Fails without changing the course when any file cannot be read.
    static std::optional<Result> run(Project &project, const QStringList &paths, const QUuid &target,
                                     QString *error);
};

} // namespace cw
