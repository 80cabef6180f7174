#pragma once
// Writes a package as a folder (for preview): built in a temporary sibling folder and renamed
// into place, so a failed or cancelled write never leaves a half-written or damaged folder.

#include "export/packagesink.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace cw {

class TempArtifact;

class FolderPackageSink : public PackageSink
{
    Q_DECLARE_TR_FUNCTIONS(cw::FolderPackageSink)

public:
    explicit FolderPackageSink(const QString &targetPath);
    ~FolderPackageSink() override;

    bool open(QString *error) override;
    bool addData(const QString &path, const QByteArray &data, bool deflate, QString *error) override;
    QIODevice *beginEntry(const QString &path, bool deflate, QString *error) override;
    bool endEntry(QString *error) override;
    bool commit(const std::function<bool(double)> &progress, QString *error) override;
    void discard() override;

private:
    bool openFile(const QString &path, QString *error);

    QString m_targetPath;
    std::unique_ptr<TempArtifact> m_artifact; // the folder being written, and the old one set aside
    QString m_tempPath;
    QFile m_file;
};

} // namespace cw
