#pragma once
// File > Export…: choose a format and a folder or zip file, then run the same Exporter as
// `coursewright-cli export`, with a cancellable progress dialog. A course with validation errors
// is refused with the count and an "Export Anyway" choice.

#include "export/exporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace cw {

class Project;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Project &project, QWidget *parent = nullptr);

    QString outputPath() const;
    void setOutputPath(const QString &path);
    bool writesZip() const;
    void setWritesZip(bool zip);
    // The last export's outcome (Failed with no error before the first one).
    const Exporter::Result &result() const { return m_result; }

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updateButtons();
    Exporter::Result run(bool force);

    Project &m_project;
    QComboBox *m_format;
    QRadioButton *m_folder;
    QRadioButton *m_zip;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    Exporter::Result m_result;
};

} // namespace cw
