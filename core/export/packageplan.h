#pragma once
// The ordered list of files an export target wants in its package, with paths checked so the
// package unpacks the same on every LMS server (Windows included).

#include "export/packageentry.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace cw {

class PackagePlan
{
    Q_DECLARE_TR_FUNCTIONS(cw::PackagePlan)

public:
    using Compression = PackageEntry::Compression;

    // Each returns false and sets *error (when given) on a bad or duplicate path; the plan is unchanged.
    bool addBytes(const QString &path, const QByteArray &bytes, QString *error,
                  Compression compression = Compression::Auto);
    bool addAsset(const QString &path, const QString &hash, QString *error,
                  Compression compression = Compression::Auto);
    bool addResource(const QString &path, const QString &resourcePath, QString *error,
                     Compression compression = Compression::Auto);

    const std::vector<PackageEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }
    // Case-insensitive, as the path would collide on a Windows server.
    bool contains(const QString &path) const;

    // The longest path, in UTF-8 bytes: Windows without long paths allows 260 characters for the
    // whole path, the LMS's own extraction folder included, and no file system or unzip takes a
    // name over 255 bytes.
    static constexpr qsizetype MaxPathBytes = 200;

    // A relative '/'-separated path that unpacks safely everywhere: no "..", ".", empty segment,
    // leading '/', '\\', drive letter or character Windows refuses, nothing over MaxPathBytes.
    static bool isValidPath(const QString &path, QString *error);
    // Store or Deflate for `path`, resolving Auto by the file extension.
    static Compression effectiveCompression(const PackageEntry &entry);
    static bool isAlreadyCompressed(const QString &path);

private:
    bool add(PackageEntry entry, QString *error);

    std::vector<PackageEntry> m_entries;
    QSet<QString> m_files;   // case-folded entry paths
    QSet<QString> m_folders; // case-folded parent folders of the entries
};

} // namespace cw
