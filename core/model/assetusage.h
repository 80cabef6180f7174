#pragma once
// Where each media file of the catalogue is used: the nodes whose media properties (the schema's
// AssetRef properties) hold its hash. The Media dock lists it, "Remove unused" asks it, and
// replacing a file re-points the references it finds.

#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace cw {

class CourseDocument;
class Node;

class AssetUsage
{
public:
    // One media property holding a hash: which node, which property, and what that property
    // takes (PropertySpec::mediaType, for MediaFit).
    struct Reference
    {
        QUuid node;
        QString key;
        QString mediaType;
    };

    // For every hash the course refers to, the referring nodes in document order. A catalogue
    // entry nothing refers to has no key; a reference to a hash the catalogue lacks has one.
    static QMap<QString, QList<QUuid>> byAsset(const CourseDocument &document);
    // Catalogue entries nothing refers to, in hash order.
    static QStringList unused(const CourseDocument &document);
    // Every media property that holds `hash`, in document order.
    static QList<Reference> references(const CourseDocument &document, const QString &hash);
};

} // namespace cw
