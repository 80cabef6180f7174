#include "export/packageplan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStringList>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString folded(const QString &path)
{
    return path.toCaseFolded();
}

} // namespace

bool PackagePlan::isValidPath(const QString &path, QString *error)
{
    if (path.isEmpty())
        return fail(error, tr("A package file has an empty path."));
    if (path.startsWith(QLatin1Char('/')))
        return fail(error, tr("The package path \"%1\" must be relative.").arg(path));
    if (path.contains(QLatin1Char('\\')))
        return fail(error, tr("The package path \"%1\" must use '/' between folders.").arg(path));
    if (path.endsWith(QLatin1Char('/')))
        return fail(error, tr("The package path \"%1\" names a folder, not a file.").arg(path));
    // Characters Windows refuses in a file name: an LMS on Windows could not unpack the package.
    static const QString forbidden = QStringLiteral("<>:\"|?*");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || forbidden.contains(c))
            return fail(error, tr("The package path \"%1\" contains a character that is not allowed "
                                  "in a file name.")
                                   .arg(path));
    }
    // Also keeps every name under the 255 bytes unzip and file systems allow for one name.
    if (path.toUtf8().size() > MaxPathBytes)
        return fail(error,
                    tr("The package path \"%1\" is longer than %2 bytes.").arg(path).arg(MaxPathBytes));
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return fail(error,
                        tr("The package path \"%1\" contains an empty, \".\" or \"..\" folder.").arg(path));
        // Windows silently drops a trailing dot or space, so two different paths could collide.
        if (segment.endsWith(QLatin1Char('.')) || segment.endsWith(QLatin1Char(' ')))
            return fail(error,
                        tr("The package path \"%1\" has a name ending in a dot or a space.").arg(path));
    }
    return true;
}

bool PackagePlan::contains(const QString &path) const
{
    return m_files.contains(folded(path));
}

bool PackagePlan::add(PackageEntry entry, QString *error)
{
    if (!isValidPath(entry.path, error))
        return false;
    const QString key = folded(entry.path);
    if (m_files.contains(key) || m_folders.contains(key))
        return fail(error, tr("The package already contains \"%1\" (names differing only in case "
                              "collide on Windows servers).")
                               .arg(entry.path));
    // A file may not also be needed as a folder on the way to another entry.
    QStringList folders;
    qsizetype slash = key.indexOf(QLatin1Char('/'));
    while (slash >= 0) {
        const QString folder = key.left(slash);
        if (m_files.contains(folder))
            return fail(error, tr("The package path \"%1\" needs a folder where the package already "
                                  "has a file.")
                                   .arg(entry.path));
        folders.append(folder);
        slash = key.indexOf(QLatin1Char('/'), slash + 1);
    }
    m_files.insert(key);
    for (const QString &folder : folders)
        m_folders.insert(folder);
    m_entries.push_back(std::move(entry));
    return true;
}

bool PackagePlan::addBytes(const QString &path, const QByteArray &bytes, QString *error,
                           Compression compression)
{
    PackageEntry entry;
    entry.path = path;
    entry.source = PackageEntry::Source::Bytes;
    entry.bytes = bytes;
    entry.compression = compression;
    return add(std::move(entry), error);
}

bool PackagePlan::addAsset(const QString &path, const QString &hash, QString *error, Compression compression)
{
    PackageEntry entry;
    entry.path = path;
    entry.source = PackageEntry::Source::Asset;
    entry.reference = hash;
    entry.compression = compression;
    return add(std::move(entry), error);
}

bool PackagePlan::addResource(const QString &path, const QString &resourcePath, QString *error,
                              Compression compression)
{
    PackageEntry entry;
    entry.path = path;
    entry.source = PackageEntry::Source::Resource;
    entry.reference = resourcePath;
    entry.compression = compression;
    return add(std::move(entry), error);
}

bool PackagePlan::isAlreadyCompressed(const QString &path)
{
    // Deflating these costs time and usually makes them slightly larger.
    static const QSet<QString> compressed = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("heic"), QStringLiteral("mp4"),
        QStringLiteral("m4v"),  QStringLiteral("m4a"),  QStringLiteral("mov"),  QStringLiteral("webm"),
        QStringLiteral("mkv"),  QStringLiteral("ogv"),  QStringLiteral("mp3"),  QStringLiteral("ogg"),
        QStringLiteral("oga"),  QStringLiteral("opus"), QStringLiteral("aac"),  QStringLiteral("flac"),
        QStringLiteral("zip"),  QStringLiteral("gz"),   QStringLiteral("tgz"),  QStringLiteral("bz2"),
        QStringLiteral("xz"),   QStringLiteral("7z"),   QStringLiteral("woff"), QStringLiteral("woff2"),
        QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx"), QStringLiteral("epub"),
    };
    static const QSet<QString> text = {
        QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("js"),  QStringLiteral("mjs"),
        QStringLiteral("css"),  QStringLiteral("json"), QStringLiteral("xml"), QStringLiteral("xsd"),
        QStringLiteral("txt"),  QStringLiteral("svg"),  QStringLiteral("vtt"), QStringLiteral("srt"),
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (compressed.contains(suffix))
        return true;
    if (text.contains(suffix) || suffix.isEmpty())
        return false;
    // Unlisted extensions: ask the MIME database; compressed image, audio and video formats are the norm.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    const QString name = mime.name();
    if (name == QLatin1String("image/bmp") || name == QLatin1String("image/tiff") ||
        name == QLatin1String("image/svg+xml") || name == QLatin1String("audio/x-wav") ||
        name == QLatin1String("audio/vnd.wave") || name == QLatin1String("audio/x-aiff"))
        return false;
    return name.startsWith(QLatin1String("image/")) || name.startsWith(QLatin1String("video/")) ||
           name.startsWith(QLatin1String("audio/"));
}

PackagePlan::Compression PackagePlan::effectiveCompression(const PackageEntry &entry)
{
    if (entry.compression != Compression::Auto)
        return entry.compression;
    return isAlreadyCompressed(entry.path) ? Compression::Store : Compression::Deflate;
}

} // namespace cw
