#include "mediareplace.h"

#include "model/assetusage.h"
#include "model/coursedocument.h"
#include "model/mediafit.h"
#include "model/node.h"
#include "model/schema.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cw {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

std::optional<AssetInfo> MediaReplace::run(Project &project, const QString &oldHash, const QString &path,
                                           QString *error)
{
    CourseDocument &document = project.document();
    const AssetInfo *old = document.asset(oldHash);
    if (!old) {
        fail(error,
             QCoreApplication::translate("cw::MediaReplace", "That media file is no longer in the course."));
        return std::nullopt;
    }
    const QString oldName = old->name;
    // Imported into the scratch area only: bytes nothing in the catalogue refers to are never
    // saved, so a refused replace leaves no trace in the course.
    std::optional<AssetInfo> replacement = project.file().importAsset(path, error);
    if (!replacement)
        return std::nullopt;
    const QList<AssetUsage::Reference> references = AssetUsage::references(document, oldHash);
    for (const AssetUsage::Reference &reference : references) {
        if (MediaFit::fits(reference.mediaType, *replacement))
            continue;
        const Node *node = document.node(reference.node);
        // "image/" reads better as "image/*" in a sentence.
        const QString wanted = reference.mediaType.endsWith(QLatin1Char('/'))
                                   ? reference.mediaType + QLatin1Char('*')
                                   : reference.mediaType;
        const QString actual = replacement->mimeType.isEmpty()
                                   ? QCoreApplication::translate("cw::MediaReplace", "of an unknown type")
                                   : replacement->mimeType;
        fail(error, QCoreApplication::translate(
                        "cw::MediaReplace", "%1 cannot replace %2: where %2 is used (%3) only %4 files fit, "
                                            "and %1 is %5.")
                        .arg(replacement->name, oldName, node ? Schema::kindNoun(node->kind()) : QString(),
                             wanted, actual));
        return std::nullopt;
    }
    if (replacement->hash == oldHash)
        return replacement; // the same bytes: every reference already holds them

    const int steps = document.undoStack()->count();
    bool done = true;
    {
        const CourseDocument::Macro macro(
            document, QCoreApplication::translate("cw::MediaReplace", "Replace %1").arg(oldName));
        if (!document.asset(replacement->hash))
            document.addAsset(*replacement);
        for (const AssetUsage::Reference &reference : references) {
            done = document.setProperty(reference.node, reference.key, replacement->hash, true, error);
            if (!done)
                break;
        }
        if (done)
            document.removeAsset(oldHash);
    }
    if (!done) {
        // The schema refused a value the fit check passed: take the partial step back.
        if (document.undoStack()->count() > steps)
            document.undoStack()->undo();
        return std::nullopt;
    }
    return replacement;
}

} // namespace cw
