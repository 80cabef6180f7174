#include "assetcommand.h"

#include "model/coursedocument.h"

#include <QCoreApplication>

namespace cw {

AssetCommand::AssetCommand(CourseDocument &document, const AssetInfo &asset, bool add)
    : m_document(document)
    , m_asset(asset)
    , m_add(add)
{
    setText(add ? QCoreApplication::translate("cw::AssetCommand", "Add media %1").arg(asset.name)
                : QCoreApplication::translate("cw::AssetCommand", "Remove media %1").arg(asset.name));
}

void AssetCommand::undo()
{
    m_document.applyAsset(m_asset, !m_add);
}

void AssetCommand::redo()
{
    m_document.applyAsset(m_asset, m_add);
}

} // namespace cw
