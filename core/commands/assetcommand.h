#pragma once
// Adds an asset to the course's catalogue, or removes it. The bytes stay in the project file's
// scratch area either way, so undo never has to re-import a file.

#include "model/assetinfo.h"

#include <QUndoCommand>

namespace cw {

class CourseDocument;

class AssetCommand : public QUndoCommand
{
public:
    AssetCommand(CourseDocument &document, const AssetInfo &asset, bool add);

    void undo() override;
    void redo() override;

private:
    CourseDocument &m_document;
    AssetInfo m_asset;
    bool m_add;
};

} // namespace cw
