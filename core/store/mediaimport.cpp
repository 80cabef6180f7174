#include "mediaimport.h"

#include "model/mediafit.h"
#include "model/schema.h"
#include "store/project.h"

#include <QCoreApplication>

namespace cw {

std::optional<MediaImport::Result> MediaImport::run(Project &project, const QStringList &paths,
                                                    const QUuid &target, QString *error)
{
    Result result;
    for (const QString &path : paths) {
        std::optional<AssetInfo> info = project.file().importAsset(path, error);
        if (!info)
            return std::nullopt;
        result.imported << *info;
    }
    if (result.imported.isEmpty())
        return result;

    CourseDocument &document = project.document();
    CourseDocument::Macro macro(document,
                                QCoreApplication::translate("cw::MediaImport", "Import %n media file(s)",
                                                            nullptr, int(result.imported.size())));
    for (const AssetInfo &asset : result.imported)
        document.addAsset(asset);
    const Node *node = document.node(target);
    if (!node)
        return result;
    for (const AssetInfo &asset : result.imported) {
        for (const PropertySpec &spec : Schema::instance().kind(node->kind()).properties) {
            if (spec.type != PropertyType::AssetRef || result.assignedKeys.contains(spec.key) ||
                !MediaFit::fits(spec.mediaType, asset))
                continue;
            if (document.setProperty(target, spec.key, asset.hash, true, error))
                result.assignedKeys << spec.key;
            break;
        }
    }
    return result;
}

} // namespace cw
