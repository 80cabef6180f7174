#include "exportdialog.h"

#include "export/exporttarget.h"
#include "store/project.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>

#include <atomic>

namespace cw {

ExportDialog::ExportDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_folder(new QRadioButton(tr("&Folder"), this))
    , m_zip(new QRadioButton(tr("&Zip file"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Course"));
    setObjectName(QStringLiteral("ExportDialog"));
    // Every format is listed so designers see what is coming; only available ones can be chosen.
    for (const ExportTarget *target : ExportTargets::all())
        m_format->addItem(target->label(), target->name());
    for (const QString &format : ExportTargets::upcoming()) {
        m_format->addItem(tr("%1 (not available yet)").arg(format), format);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()))
            model->item(m_format->count() - 1)->setEnabled(false);
    }
    m_zip->setChecked(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_zip);
    kindRow->addWidget(m_folder);
    kindRow->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Write as:"), kindRow);
    form->addRow(tr("&Save to:"), pathRow);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_zip, &QRadioButton::toggled, this, [this](bool zip) { setWritesZip(zip); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateButtons();
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
    setWritesZip(Exporter::writesZip(path));
}

bool ExportDialog::writesZip() const
{
    return m_zip->isChecked();
}

void ExportDialog::setWritesZip(bool zip)
{
    (zip ? m_zip : m_folder)->setChecked(true); // re-enters through toggled(): harmless
    // The exporter decides by the name: keep the name and the choice in step.
    const QString path = outputPath();
    if (!path.isEmpty() && Exporter::writesZip(path) != zip)
        m_path->setText(zip ? path + QStringLiteral(".zip") : path.chopped(4));
}

void ExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!outputPath().isEmpty());
}

void ExportDialog::browse()
{
    const QString start = outputPath().isEmpty() ? QDir::homePath() : outputPath();
    const QString path = writesZip() ? QFileDialog::getSaveFileName(this, tr("Export to Zip File"), start,
                                                                    tr("Zip files (*.zip)"))
                                     : QFileDialog::getExistingDirectory(this, tr("Export to Folder"), start);
    if (!path.isEmpty())
        setOutputPath(writesZip() && !Exporter::writesZip(path) ? path + QStringLiteral(".zip") : path);
}

Exporter::Result ExportDialog::run(bool force)
{
    Exporter::Options options;
    options.format = m_format->currentData().toString();
    options.outputPath = outputPath();
    options.force = force;

    QProgressDialog progress(tr("Exporting the course…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Export Course"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancel = false;
    const auto report = [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    m_project.document().commitEdits();
    Exporter::Result result = Exporter::run(m_project.document(), m_project.file(), options, report, &cancel);
    progress.reset();
    return result;
}

void ExportDialog::accept()
{
    if (outputPath().isEmpty())
        return;
    m_result = run(false);
    if (m_result.status == Exporter::Result::Status::Refused) {
        int errors = 0;
        for (const Problem &p : m_result.problems)
            errors += p.severity == Problem::Severity::Error;
        QMessageBox box(QMessageBox::Warning, tr("Export Course"),
                        tr("The course has %n error(s); the Problems panel lists them.", nullptr, errors), {},
                        this);
        box.setInformativeText(tr("A package with errors may not play or track correctly."));
        QPushButton *anyway = box.addButton(tr("Export &Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return;
        m_result = run(true);
    }
    switch (m_result.status) {
    case Exporter::Result::Status::Written:
        QDialog::accept();
        return;
    case Exporter::Result::Status::Cancelled:
        return; // nothing was written; the dialog stays for another try
    default:
        QMessageBox::critical(this, tr("Export Course"), m_result.error);
        return;
    }
}

} // namespace cw
