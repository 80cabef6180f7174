#pragma once
// Changes one entry of the course's media catalogue: adds it, replaces it (the same file
// imported again under another name) or removes it. Undo restores exactly the entry that was
// there before. The bytes stay in the project file's scratch area either way, so undo never has
// to re-import a file.

#include "model/assetinfo.h"

#include <QUndoCommand>

#include <optional>

namespace cw {

class CourseDocument;

class AssetCommand : public QUndoCommand
{
public:
    // before/after: the catalogue entry for `hash` before and after the change; nullopt = none.
    AssetCommand(CourseDocument &document, const QString &hash, const std::optional<AssetInfo> &before,
                 const std::optional<AssetInfo> &after);

    void undo() override;
    void redo() override;

private:
    CourseDocument &m_document;
    QString m_hash;
    std::optional<AssetInfo> m_before;
    std::optional<AssetInfo> m_after;
};

} // namespace cw
