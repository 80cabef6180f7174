#include "autosaver.h"

#include "model/coursedocument.h"
#include "projectfile.h"
#include "recoveryfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace cw {

Autosaver::Autosaver(ProjectFile &file, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_directory(directory.isEmpty() ? RecoveryFile::defaultDirectory() : directory)
{
    updateRecoveryPath();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::onTimeout);
    if (CourseDocument *document = file.document())
        connect(document, &CourseDocument::changed, this, [this] { m_pending = true; });
    connect(&file, &ProjectFile::saved, this, &Autosaver::discard);
    connect(&file, &ProjectFile::filePathChanged, this, [this] {
        RecoveryFile::removeCopy(m_recoveryPath); // the next copy goes under the new name
        updateRecoveryPath();
    });
    m_timer.start();
}

Autosaver::~Autosaver()
{
    RecoveryFile::removeCopy(m_recoveryPath);
}

void Autosaver::updateRecoveryPath()
{
    m_recoveryPath = m_file.isTemporary() ? RecoveryFile::pathForUntitled(m_directory)
                                          : RecoveryFile::pathFor(m_file.filePath(), m_directory);
}

bool Autosaver::writeNow(QString *error)
{
    const CourseDocument *document = m_file.document();
    if (!document)
        return false;
    RecoveryFile::Info info;
    info.recoveryPath = m_recoveryPath;
    (m_file.isTemporary() ? info.temporaryPath : info.filePath) = m_file.filePath();
    info.scratchPath = m_file.scratchPath();
    info.title = document->root()->string(QStringLiteral("title"));
    info.savedAt = QDateTime::currentDateTimeUtc();
    QString problem;
    if (!RecoveryFile::write(info, CourseJson::write(*document->root(), document->assets()), &problem)) {
        if (error)
            *error = problem;
        Q_EMIT failed(problem);
        return false;
    }
    m_pending = false;
    Q_EMIT written(m_recoveryPath);
    return true;
}

bool Autosaver::takeOver(const QString &previousRecoveryPath, QString *error)
{
    if (!writeNow(error))
        return false;
    if (QFileInfo(previousRecoveryPath).absoluteFilePath() != QFileInfo(m_recoveryPath).absoluteFilePath())
        RecoveryFile::removeCopy(previousRecoveryPath);
    return true;
}

void Autosaver::discard()
{
    RecoveryFile::removeCopy(m_recoveryPath);
    m_pending = false;
}

void Autosaver::onTimeout()
{
    if (m_pending)
        writeNow();
}

} // namespace cw
