#pragma once
// One file of an export package: where it goes, where its bytes come from, how it is compressed.

#include <QByteArray>
#include <QString>

namespace cw {

struct PackageEntry
{
    enum class Source
    {
        Bytes,    // generated in memory (manifest, course data)
        Asset,    // a media BLOB of the project file, streamed out by hash
        Resource, // a file compiled into the application (":/player/...")
    };
    enum class Compression
    {
        Store,
        Deflate,
        Auto, // stored when the format is already compressed (JPEG, MP4, ...), deflated otherwise
    };

    QString path; // relative, '/'-separated, validated by PackagePlan
    Source source = Source::Bytes;
    QByteArray bytes;  // Source::Bytes
    QString reference; // Source::Asset: the SHA-256 hash; Source::Resource: the ":/..." path
    Compression compression = Compression::Auto;
};

} // namespace cw
