#pragma once
// The .cwcourse project file: SQLite used as an application file format.
// One row per node, assets as BLOBs streamed in and out in chunks, incremental saves in one
// transaction, Save As through the backup API. A failed open never writes to the file.

#include "model/assetinfo.h"
#include "model/assetsource.h"
#include "model/coursejson.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
struct sqlite3;

namespace cw {

class CourseDocument;

class ProjectFile : public QObject, public AssetSource
{
    Q_OBJECT

public:
    static constexpr int ApplicationId = 0x43577263; // "CWrc", PRAGMA application_id
    static constexpr int SchemaVersion = 1;          // PRAGMA user_version

    ~ProjectFile() override; // closes the database; removes temporary and scratch files

    // An untitled project in a temporary file (so media can be imported before the first save).
    static std::unique_ptr<ProjectFile> createTemporary(QString *error);
    // Opens an existing project. Missing, foreign, newer, corrupt or truncated files are refused
    // with a message a designer understands; the file is never modified by a failed open.
    // A read-only file opens read-only (save() then fails with a clear message).
    // ReadOnly is for commands that only read (info, validate, dump, export): the file and the
    // folder it is in are left exactly as they were, whatever journal mode the file was left in.
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };
    static std::unique_ptr<ProjectFile> open(const QString &path, QString *error,
                                             Access access = Access::ReadWrite);

    QString filePath() const;
    bool isTemporary() const;
    bool isReadOnly() const;
    // True when the attached document has changes save() has not written yet.
    bool hasUnsavedChanges() const;

    // Reads the saved course (nodes and asset catalogue).
    std::optional<CourseData> load(QString *error);

    // Tracks `document`'s changes from now on so save() writes only what changed.
    // The document must outlive this file's use of it (or be detached with attach(nullptr)).
    void attach(CourseDocument *document);
    CourseDocument *document() const override;
    // Forces the next save to write every node (after replacing the attached tree wholesale).
    void markAllDirty();

    // Writes the attached document's changes in one transaction and marks its undo stack clean.
    bool save(QString *error);
    // Rows the last save() inserted, updated or deleted: shows that a save writes only what changed.
    int lastSaveRowCount() const;
    // Copies the saved state to `path` with the SQLite backup API, then saves the pending
    // changes there; from then on this object refers to `path`. The old file is not modified.
    bool saveAs(const QString &path, QString *error);

    // Streams a file in (never wholly in memory), hashing it with SHA-256; fills name, MIME type,
    // size and, where the format tells, image size and media duration. The bytes are kept in a
    // scratch area until save() copies the ones the course catalogue references into the file.
    // An SVG is cleaned first (SvgSanitizer) and only the cleaned bytes are kept and hashed, or it
    // is refused; *sourceHash (if given) receives the hash of the file as read.
    // `progress` (if given) hears after each piece how many of `total` bytes of work are done (a
    // file is read twice, to hash it and to copy it); returning false stops the import cleanly
    // (nothing kept, an error saying so).
    using ImportProgress = std::function<bool(qint64 done, qint64 total)>;
    std::optional<AssetInfo> importAsset(const QString &sourcePath, QString *error,
                                         QString *sourceHash = nullptr, const ImportProgress &progress = {});
    bool hasAssetData(const QString &hash) const override;
    // Streams an asset's bytes out in chunks.
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const override;
    bool exportAsset(const QString &hash, const QString &destinationPath, QString *error) const;
    // The media as they are now, for a reader on another thread (an export worker): new read-only
    // connections to this file and its scratch area, which this object never shares. Media this
    // object imports later are not seen. Null with a message when the file cannot be opened.
    std::unique_ptr<AssetSource> openAssetReader(QString *error) const;

    // The scratch database holding imported bytes not yet saved (empty until the first import).
    // It outlives a crash on purpose: a recovery file names it so recovered media are not lost.
    QString scratchPath() const;
    // Takes over a scratch database left by a crashed session (see RecoveryFile); its bytes are
    // copied in by the next save and the file is deleted with this object.
    bool adoptScratch(const QString &path, QString *error);

Q_SIGNALS:
    void filePathChanged(const QString &path);
    // After every successful save() or saveAs(): the file now holds the whole document.
    void saved();

private:
    ProjectFile();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw
