#include "assetusage.h"

#include "coursedocument.h"
#include "node.h"
#include "schema.h"

namespace cw {

namespace {
void collect(const Node &node, QMap<QString, QList<QUuid>> &uses)
{
    for (const PropertySpec &spec : Schema::instance().kind(node.kind()).properties) {
        if (spec.type != PropertyType::AssetRef)
            continue;
        const QString hash = node.string(spec.key);
        if (hash.isEmpty())
            continue;
        QList<QUuid> &list = uses[hash];
        if (!list.contains(node.id()))
            list << node.id();
    }
    for (int i = 0; i < node.childCount(); ++i)
        collect(*node.child(i), uses);
}
void collectReferences(const Node &node, const QString &hash, QList<AssetUsage::Reference> &references)
{
    for (const PropertySpec &spec : Schema::instance().kind(node.kind()).properties) {
        if (spec.type == PropertyType::AssetRef && node.string(spec.key) == hash)
            references << AssetUsage::Reference{node.id(), spec.key, spec.mediaType};
    }
    for (int i = 0; i < node.childCount(); ++i)
        collectReferences(*node.child(i), hash, references);
}
} // namespace

QMap<QString, QList<QUuid>> AssetUsage::byAsset(const CourseDocument &document)
{
    QMap<QString, QList<QUuid>> uses;
    if (document.root())
        collect(*document.root(), uses);
    return uses;
}

QStringList AssetUsage::unused(const CourseDocument &document)
{
    const QMap<QString, QList<QUuid>> uses = byAsset(document);
    QStringList hashes;
    for (auto it = document.assets().cbegin(); it != document.assets().cend(); ++it) {
        if (!uses.contains(it.key()))
            hashes << it.key();
    }
    return hashes;
}

QList<AssetUsage::Reference> AssetUsage::references(const CourseDocument &document, const QString &hash)
{
    QList<Reference> references;
    if (document.root() && !hash.isEmpty())
        collectReferences(*document.root(), hash, references);
    return references;
}

} // namespace cw
