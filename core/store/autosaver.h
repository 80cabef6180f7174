#pragma once
// Periodic crash-recovery copies of an open course, so a killed process loses at most one interval
// (30 s by default) of edits. Removes its copy after a save and when destroyed (a normal close).

#include <QObject>
#include <QString>
#include <QTimer>

namespace cw {

class ProjectFile;

class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30000;

    // Watches file.document(), which must be attached; `directory` empty = RecoveryFile::defaultDirectory().
    explicit Autosaver(ProjectFile &file, const QString &directory = {}, QObject *parent = nullptr);
    ~Autosaver() override; // a normal close: the recovery copy is removed

    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    QString directory() const { return m_directory; }
    QString recoveryPath() const { return m_recoveryPath; }
    // True when the document changed since the last copy was written.
    bool isPending() const { return m_pending; }

    // Writes the copy now, whether or not anything changed.
    bool writeNow(QString *error = nullptr);
    // After Project::openRecovered: protects the recovered state at once, then removes the crashed
    // session's recovery file (keeping the media file this project adopted from it).
    bool takeOver(const QString &previousRecoveryPath, QString *error = nullptr);
    // Removes the copy (the document was saved or its changes were thrown away).
    void discard();

Q_SIGNALS:
    void written(const QString &recoveryPath);
    void failed(const QString &message);

private:
    void onTimeout();
    void updateRecoveryPath();

    ProjectFile &m_file;
    QString m_directory;
    QString m_recoveryPath;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace cw
