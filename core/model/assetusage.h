#pragma once
// Where each media file of the catalogue is used: the nodes whose media properties (the schema's
// AssetRef properties) hold its hash. The Media dock lists it, and "Remove unused" asks it.

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
    // For every hash the course refers to, the referring nodes in document order. A catalogue
    // entry nothing refers to has no key; a reference to a hash the catalogue lacks has one.
    static QMap<QString, QList<QUuid>> byAsset(const CourseDocument &document);
    // Catalogue entries nothing refers to, in hash order.
    static QStringList unused(const CourseDocument &document);
};

} // namespace cw
