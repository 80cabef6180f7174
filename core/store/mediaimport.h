#pragma once
// Brings media files into a course in one undo step: imports the bytes, adds them to the
// catalogue and, when an item is given, puts each file into the first media property of that
// item that takes it (MediaFit: an image into an image block, WebVTT into a video's captions).

#include "model/assetinfo.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
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

    // How many of `total` bytes of work are done over all the files; false stops the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Fails without changing the course when any file cannot be read or `progress` stops it.
    static std::optional<Result> run(Project &project, const QStringList &paths, const QUuid &target,
                                     QString *error, const Progress &progress = {});
    // The bytes of work run() reports for these files (each is read twice), to decide up front
    // whether the import is big enough to show its progress.
    static qint64 workFor(const QStringList &paths);
};

} // namespace cw
