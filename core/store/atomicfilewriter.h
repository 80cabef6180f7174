#pragma once
// Writes a whole file or nothing: the bytes go to a TempArtifact beside the target (so a killed
// run leaves only something the next run sweeps), every write and the final flush are checked
// (a full disk says "disk full"), and the finished file is renamed over the target in one step.
// QSaveFile is not used: its commit() ignores a failed flush of buffered data, and its temporary
// names are not ones a later run can recognise.

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace cw {

class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(cw::AtomicFileWriter)

public:
    // `fill` writes the content to the device it is given; it returns false with *error set to
    // give up. The new file gets the permissions the umask gives any new file. On failure the
    // target is untouched and *error starts with "Could not write <target>".
    using Fill = std::function<bool(QIODevice &out, QString *error)>;
    static bool write(const QString &targetPath, const Fill &fill, QString *error);
};

} // namespace cw
