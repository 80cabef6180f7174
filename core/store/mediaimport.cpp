#include "mediaimport.h"

#include "model/mediafit.h"
#include "model/schema.h"
#include "store/project.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cw {

std::optional<MediaImport::Result> MediaImport::run(Project &project, const QStringList &paths,
                                                    const QUuid &target, QString *error,
                                                    const Progress &progress)
{
    Result result;
    const qint64 total = progress ? workFor(paths) : 0;
    qint64 before = 0; // the work of the files already imported
    for (const QString &path : paths) {
        ProjectFile::ImportProgress fileProgress;
        if (progress)
            fileProgress = [&](qint64 done, qint64) { return progress(before + done, total); };
        std::optional<AssetInfo> info = project.file().importAsset(path, error, nullptr, fileProgress);
        if (!info)
            return std::nullopt;
        before += 2 * QFileInfo(path).size();
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

qint64 MediaImport::workFor(const QStringList &paths)
{
    qint64 work = 0;
    for (const QString &path : paths)
        work += 2 * QFileInfo(path).size();
    return work;
}

} // namespace cw
