#pragma once
// A project's media read on another thread (the export worker): its own read-only SQLite
// connections to the project file and to the scratch area of media imported but not saved yet.
// The editor's connections belong to the GUI thread, and the user's file is never written.

#include "model/assetsource.h"

#include <QStringList>

struct sqlite3;

namespace cw {

class ProjectAssetReader final : public AssetSource
{
public:
    // Takes the connections (ProjectFile::openAssetReader opens them); `scratch` may be null.
    // `companions` are files the opening created beside the project file, removed on close.
    ProjectAssetReader(sqlite3 *db, sqlite3 *scratch, const QStringList &companions);
    ~ProjectAssetReader() override;
    ProjectAssetReader(const ProjectAssetReader &) = delete;
    ProjectAssetReader &operator=(const ProjectAssetReader &) = delete;

    // No catalogue of its own: ExportJob answers with the snapshot's.
    CourseDocument *document() const override { return nullptr; }
    bool hasAssetData(const QString &hash) const override;
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const override;

private:
    sqlite3 *m_db;
    sqlite3 *m_scratch;
    QStringList m_companions;
};

} // namespace cw
