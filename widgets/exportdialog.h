#pragma once
// File > Export…: choose a format, its options (built from the target's ExportOption list) and a
// folder or zip file, then run the same Exporter as `coursewright-cli export` on a worker thread
// over a snapshot of the course, with a progress dialog whose Cancel stops it at once. A course
// with validation errors is refused with the count and an "Export Anyway" choice. The options of
// a successful export are kept with the course (ExportSettings), as an edit that can be undone.

#include "export/exporter.h"
#include "export/exportjob.h"
#include "export/exporttarget.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace cw {

class AssetSource;
class Project;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens where an export reads media, on the GUI thread, for the worker to use alone.
    using AssetSourceFactory = std::function<std::unique_ptr<AssetSource>(QString *error)>;

    explicit ExportDialog(Project &project, QWidget *parent = nullptr);
    ~ExportDialog() override; // a running export is cancelled and waited for

    // The chosen target's name; setFormat() selects a registered one (and rebuilds the options).
    QString format() const;
    void setFormat(const QString &name);
    // The chosen target's options as the fields show them.
    QJsonObject optionValues() const;
    // The field of one option of the chosen target, or null.
    QWidget *optionField(const QString &key) const;

    QString outputPath() const;
    void setOutputPath(const QString &path);
    bool writesZip() const;
    void setWritesZip(bool zip);

    // By default media come from a new read-only reader of the project file
    // (ProjectFile::openAssetReader); tests give a source of their own.
    void setAssetSourceFactory(const AssetSourceFactory &factory) { m_assetSource = factory; }
    bool isExporting() const { return m_job != nullptr; }
    // Cancels a running export and returns once the worker has stopped (within one chunk of
    // work); for closing the window. A no-op when nothing runs.
    void cancelExport();
    // The last export's outcome (Failed with no error before the first one).
    const Exporter::Result &result() const { return m_result; }
    // A line about the last export that needs no answer ("Export cancelled…"), or empty.
    QString statusText() const;

Q_SIGNALS:
    // An export ended (written, refused, failed or cancelled) and the dialog has dealt with it.
    void exportFinished();

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    struct OptionField
    {
        QString key;
        QWidget *editor = nullptr;
        std::function<QJsonValue()> value;
    };

    const ExportTarget *target() const;
    void rebuildOptions();
    void addOptionField(const ExportOption &option, const QJsonValue &value, QFormLayout *form);
    void updatePackageKind();
    void browse();
    void updateButtons();
    void startExport(bool force);
    void onJobFinished(ExportJob *job);
    // Takes the finished job's outcome and makes the dialog usable again.
    void endJob(ExportJob *job);
    // Deals with m_result: keeps the options of a written package, asks about a refused one
    // (only when `interactive`), shows why it failed.
    void report(bool interactive);
    void showStatus(const QString &text);

    Project &m_project;
    QComboBox *m_format;
    QGroupBox *m_optionsBox;
    QWidget *m_optionsPage = nullptr;
    std::vector<OptionField> m_fields;
    QRadioButton *m_folder;
    QRadioButton *m_zip;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    AssetSourceFactory m_assetSource;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_jobFormat;
    bool m_jobForced = false;
    Exporter::Result m_result;
};

} // namespace cw
