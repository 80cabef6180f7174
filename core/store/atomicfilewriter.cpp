#include "store/atomicfilewriter.h"

#include "platform/ioerror.h"
#include "platform/platformfiles.h"
#include "store/tempartifact.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cw {

bool AtomicFileWriter::write(const QString &targetPath, const Fill &fill, QString *error)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), reason);
        return false;
    };
    QString reason;
    std::unique_ptr<TempArtifact> artifact = TempArtifact::besides(target, &reason);
    if (!artifact)
        return failed(reason);
    QFile out(artifact->member(QStringLiteral("tmp")));
    if (!out.open(QIODevice::NewOnly))
        return failed(IoError::describe(out));
    if (!fill(out, &reason)) {
        // A full disk usually shows in a write; name it rather than the filler's generic text.
        return failed(out.error() == QFileDevice::ResourceError ? IoError::diskFull() : reason);
    }
    if (!out.flush() || out.error() != QFileDevice::NoError)
        return failed(IoError::describe(out));
    out.close();
    if (!PlatformFiles::replaceFile(out.fileName(), target, &reason))
        return failed(reason);
    return true; // the artifact goes with its lock; its member is now the target
}

} // namespace cw
