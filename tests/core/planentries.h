#pragma once
// What a package plan holds, for the export targets' tests: one file's bytes, and every path.

#include "export/packageplan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw::test {

// The bytes planned at `path` (a file the plan holds as bytes: manifests, course.js, index.html);
// empty when there is none.
inline QByteArray planned(const PackagePlan &plan, const QString &path)
{
    for (const PackageEntry &entry : plan.entries()) {
        if (entry.path == path)
            return entry.bytes;
    }
    return {};
}

// Every path in the plan, sorted.
inline QStringList paths(const PackagePlan &plan)
{
    QStringList list;
    for (const PackageEntry &entry : plan.entries())
        list << entry.path;
    list.sort();
    return list;
}

} // namespace cw::test
