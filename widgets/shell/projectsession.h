#pragma once
// The open project and everything that happens to it as a whole: new, open, recover, save, save as,
// autosave and the recent-files list. No dialogs: the window asks the questions and shows the
// errors, so this is the same for the editor, its tests and anything scripted.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace cw {

class Autosaver;
class CourseDocument;
class Project;

class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Project *project() const { return m_project.get(); }
    CourseDocument *document() const;
    // The project file's path; empty while the course is untitled or none is open.
    QString filePath() const;
    // "Untitled" or the file's name, for titles and questions.
    QString displayName() const;
    bool isUntitled() const;
    bool isModified() const;

    // Each replaces the open project without asking (the window asks first) and returns false
    // with a message in *error, keeping the open project, when it cannot.
    bool newCourse(QString *error);
    bool newFromTemplate(const QString &name, QString *error);
    bool open(const QString &path, QString *error);
    // Opens a crashed session's recovery copy and continues autosaving in its place. *notice gets
    // what the designer should be told (the original file has gone), *autosaveWarning an autosave
    // problem that does not stop the recovery; both are cleared otherwise.
    bool openRecovered(const QString &recoveryPath, QString *error, QString *notice,
                       QString *autosaveWarning);
    void close();

    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    // Most recent first, absolute paths; shared by every window through QSettings.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();
    static constexpr int MaxRecentFiles = 8;

Q_SIGNALS:
    // Before the open project goes: views let go of its document.
    void aboutToReplaceProject();
    // A new project is open (or none, after close()).
    void projectReplaced();
    // Saved under a new name, or the name shown changed.
    void filePathChanged();
    void autosaveFailed(const QString &message);

private:
    void setProject(std::unique_ptr<Project> project);

    std::unique_ptr<Project> m_project;
    std::unique_ptr<Autosaver> m_autosaver; // declared after m_project: destroyed first
};

} // namespace cw
