#include "export/zippackagesink.h"

#include "platform/ioerror.h"
#include "platform/platformfiles.h"
#include "store/tempartifact.h"

#include <QDir>
#include <QFileInfo>

#include <zip.h>

namespace cw {

namespace {

// 2000-01-01 00:00:00 in MS-DOS format: a fixed time keeps archives byte-identical across exports
// and time zones (zip_file_set_mtime would convert through the local time zone).
constexpr zip_uint16_t FixedDosDate = (20 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t FixedDosTime = 0;
// Regular file, rw-r--r--: what unzip on a server should create, whatever the spool file's mode.
constexpr zip_uint32_t FileAttributes = 0100644u << 16;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

struct CloseCallbacks
{
    const std::function<bool(double)> *progress = nullptr;
    double fraction = 0;
    bool cancelled = false;
};

void onProgress(zip_t *, double fraction, void *state)
{
    auto *callbacks = static_cast<CloseCallbacks *>(state);
    callbacks->fraction = fraction;
    if (*callbacks->progress && !(*callbacks->progress)(fraction))
        callbacks->cancelled = true;
}

int onCancel(zip_t *, void *state)
{
    auto *callbacks = static_cast<CloseCallbacks *>(state);
    if (!callbacks->cancelled && *callbacks->progress && !(*callbacks->progress)(callbacks->fraction))
        callbacks->cancelled = true;
    return callbacks->cancelled ? 1 : 0;
}

} // namespace

ZipPackageSink::ZipPackageSink(const QString &targetPath)
    : m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{}

ZipPackageSink::~ZipPackageSink()
{
    discard();
}

QString ZipPackageSink::zipError() const
{
    if (!m_zip)
        return {};
    zip_error_t *zipError = zip_get_error(m_zip);
    if (zip_error_system_type(zipError) == ZIP_ET_SYS && IoError::isDiskFull(zip_error_code_system(zipError)))
        return IoError::diskFull();
    return QString::fromUtf8(zip_strerror(m_zip));
}

bool ZipPackageSink::open(QString *error)
{
    discard();
    const QFileInfo target(m_targetPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(error, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (target.isDir())
        return fail(error,
                    tr("%1 is a folder, not a package file.").arg(QDir::toNativeSeparators(m_targetPath)));

    // Work beside the target, so the final rename stays on one file system. What killed exports
    // left there goes first. The archive itself is created by libzip, so it gets the permissions
    // the umask gives any new file (a web server must be able to read a package).
    TempArtifact::sweep(folder);
    m_artifact = TempArtifact::besides(m_targetPath, error);
    if (!m_artifact)
        return false;
    m_tempPath = m_artifact->member(QStringLiteral("partial"));
    m_spoolPath = m_artifact->member(QStringLiteral("spool"));
    if (!QDir().mkdir(m_spoolPath)) {
        discard();
        return fail(error, tr("Could not write in %1.").arg(QDir::toNativeSeparators(folder)));
    }

    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_tempPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        discard();
        return fail(
            error,
            tr("Could not create the package %1: %2").arg(QDir::toNativeSeparators(m_targetPath), reason));
    }
    return true;
}

bool ZipPackageSink::addSource(const QString &path, zip_source *source, bool deflate, QString *error)
{
    const auto failed = [&] {
        return fail(error, tr("Could not add %1 to the package: %2").arg(path, zipError()));
    };
    if (!source)
        return failed();
    const zip_int64_t index = zip_file_add(m_zip, path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return failed();
    }
    const auto entry = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(m_zip, entry, deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_dostime(m_zip, entry, FixedDosTime, FixedDosDate, 0) != 0 ||
        zip_file_set_external_attributes(m_zip, entry, 0, ZIP_OPSYS_UNIX, FileAttributes) != 0)
        return failed();
    return true;
}

bool ZipPackageSink::addData(const QString &path, const QByteArray &data, bool deflate, QString *error)
{
    if (!m_zip)
        return fail(error, tr("The package is not open."));
    m_buffers.push_back(data);
    const QByteArray &kept = m_buffers.back();
    return addSource(path,
                     zip_source_buffer(m_zip, kept.constData(), static_cast<zip_uint64_t>(kept.size()), 0),
                     deflate, error);
}

QIODevice *ZipPackageSink::beginEntry(const QString &path, bool deflate, QString *error)
{
    if (!m_zip || m_spoolFile.isOpen()) {
        fail(error, tr("The package is not open."));
        return nullptr;
    }
    m_spoolFile.setFileName(m_spoolPath + QLatin1Char('/') + QString::number(m_spoolCount++));
    if (!m_spoolFile.open(QIODevice::WriteOnly)) {
        fail(error,
             tr("Could not write a temporary file for %1: %2").arg(path, IoError::describe(m_spoolFile)));
        return nullptr;
    }
    m_entryPath = path;
    m_entryDeflate = deflate;
    return &m_spoolFile;
}

bool ZipPackageSink::endEntry(QString *error)
{
    if (!m_spoolFile.isOpen())
        return fail(error, tr("The package is not open."));
    const bool flushed = m_spoolFile.flush() && m_spoolFile.error() == QFileDevice::NoError;
    const QString reason = IoError::describe(m_spoolFile);
    m_spoolFile.close();
    if (!flushed)
        return fail(error, tr("Could not write a temporary file for %1: %2").arg(m_entryPath, reason));
    // libzip opens the spooled file only when the archive is written and reads it in chunks.
    zip_source *source = zip_source_file(m_zip, QFile::encodeName(m_spoolFile.fileName()).constData(), 0, 0);
    return addSource(m_entryPath, source, m_entryDeflate, error);
}

bool ZipPackageSink::commit(const std::function<bool(double)> &progress, QString *error)
{
    if (!m_zip || m_spoolFile.isOpen())
        return fail(error, tr("The package is not open."));
    if (zip_get_num_entries(m_zip, 0) <= 0) // libzip would delete an empty archive instead of writing it
        return fail(error, tr("There is nothing to export: the package would be empty."));

    CloseCallbacks callbacks;
    callbacks.progress = &progress;
    zip_register_progress_callback_with_state(m_zip, 0.001, onProgress, nullptr, &callbacks);
    zip_register_cancel_callback_with_state(m_zip, onCancel, nullptr, &callbacks);
    if (zip_close(m_zip) != 0) {
        const QString reason = zipError();
        discard(); // zip_close failed: the archive handle is still ours to free
        return fail(
            error,
            tr("Could not write the package %1: %2").arg(QDir::toNativeSeparators(m_targetPath), reason));
    }
    m_zip = nullptr;
    m_buffers.clear();

    // Replaces an existing package in one step: readers see the old file or the new one.
    QString reason;
    if (!PlatformFiles::replaceFile(m_tempPath, m_targetPath, &reason)) {
        discard();
        return fail(
            error,
            tr("Could not replace the package %1: %2").arg(QDir::toNativeSeparators(m_targetPath), reason));
    }
    m_tempPath.clear();
    discard(); // the spool folder and the lock
    return true;
}

void ZipPackageSink::discard()
{
    if (m_spoolFile.isOpen())
        m_spoolFile.close();
    if (m_zip) {
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    m_buffers.clear();
    m_artifact.reset(); // removes the spool folder, a partial archive and the lock
    m_tempPath.clear();
    m_spoolPath.clear();
}

} // namespace cw
