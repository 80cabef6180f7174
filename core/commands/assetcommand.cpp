#include "assetcommand.h"

#include "model/coursedocument.h"

#include <QCoreApplication>

namespace cw {

AssetCommand::AssetCommand(CourseDocument &document, const QString &hash,
                           const std::optional<AssetInfo> &before, const std::optional<AssetInfo> &after)
    : m_document(document)
    , m_hash(hash)
    , m_before(before)
    , m_after(after)
{
    setText(after ? QCoreApplication::translate("cw::AssetCommand", "Add media %1").arg(after->name)
                  : QCoreApplication::translate("cw::AssetCommand", "Remove media %1")
                        .arg(before ? before->name : hash));
}

void AssetCommand::undo()
{
    m_document.applyAsset(m_hash, m_before);
}

void AssetCommand::redo()
{
    m_document.applyAsset(m_hash, m_after);
}

} // namespace cw
