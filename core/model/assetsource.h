#pragma once
// Where an export reads media from. The project file is one source; the export pipeline knows only
// this interface, so it can run over a snapshot or another store (a test's, a future one).

#include <QString>

class QIODevice;

namespace cw {

class CourseDocument;

class AssetSource
{
public:
    virtual ~AssetSource() = default;

    // The course whose catalogue describes the assets (names and MIME types for checks and
    // messages); null when there is none.
    virtual CourseDocument *document() const = 0;
    // Whether the bytes of the asset with this SHA-256 hash are at hand.
    virtual bool hasAssetData(const QString &hash) const = 0;
    // Streams the asset's bytes to `out` in chunks, never wholly in memory.
    virtual bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const = 0;
};

} // namespace cw
