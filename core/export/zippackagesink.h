#pragma once
// Writes a package as a zip archive with libzip: built in a temporary file beside the target and
// renamed into place, with fixed timestamps so the same course gives a byte-identical archive.

#include "export/packagesink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <deque>
#include <memory>

namespace cw {
class TempArtifact;
}
struct zip;
struct zip_source;

namespace cw {

class ZipPackageSink : public PackageSink
{
    Q_DECLARE_TR_FUNCTIONS(cw::ZipPackageSink)

public:
    explicit ZipPackageSink(const QString &targetPath);
    ~ZipPackageSink() override;

    int passes() const override { return 2; }
    bool open(QString *error) override;
    bool addData(const QString &path, const QByteArray &data, bool deflate, QString *error) override;
    QIODevice *beginEntry(const QString &path, bool deflate, QString *error) override;
    bool endEntry(QString *error) override;
    bool commit(const std::function<bool(double)> &progress, QString *error) override;
    void discard() override;

private:
    bool addSource(const QString &path, zip_source *source, bool deflate, QString *error);
    QString zipError() const;

    QString m_targetPath;
    // The temporary archive and the spool folder beside the target: one TempArtifact group, so a
    // killed export's leftovers are swept by the next run.
    std::unique_ptr<TempArtifact> m_artifact;
    QString m_tempPath;
    struct zip *m_zip = nullptr;
    // Streamed entries are spooled here: libzip reads its sources only when the archive is closed,
    // and an asset must never be held whole in memory.
    QString m_spoolPath;
    QFile m_spoolFile;
    QString m_entryPath;
    bool m_entryDeflate = false;
    int m_spoolCount = 0;
    std::deque<QByteArray> m_buffers; // keeps in-memory entries alive until the archive is closed
};

} // namespace cw
