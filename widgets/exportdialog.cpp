#include "exportdialog.h"

#include "export/exportjob.h"
#include "export/exportsettings.h"
#include "store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

ExportDialog::ExportDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_optionsBox(new QGroupBox(tr("Options"), this))
    , m_folder(new QRadioButton(tr("&Folder"), this))
    , m_zip(new QRadioButton(tr("&Zip file"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Course"));
    setObjectName(QStringLiteral("ExportDialog"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ExportTarget *target : ExportTargets::all())
        m_format->addItem(target->label(), target->name());
    const int last = m_format->findData(ExportSettings::lastFormat(m_project.document()));
    if (last >= 0)
        m_format->setCurrentIndex(last);
    m_optionsBox->setObjectName(QStringLiteral("exportOptions"));
    new QVBoxLayout(m_optionsBox);

    m_zip->setChecked(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_zip);
    kindRow->addWidget(m_folder);
    kindRow->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(m_optionsBox);
    form->addRow(tr("Write as:"), kindRow);
    // A label only turns "&S" into a shortcut when it has a buddy; a row of a layout gets none.
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(m_status);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuildOptions);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_zip, &QRadioButton::toggled, this, [this](bool zip) { setWritesZip(zip); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    rebuildOptions();
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    // Before the widgets the worker reports to go: the job's destructor waits for the worker.
    if (m_job) {
        m_job->cancel();
        delete m_job;
    }
}

const ExportTarget *ExportDialog::target() const
{
    return ExportTargets::find(format());
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &name)
{
    const int index = m_format->findData(name);
    if (index >= 0 && ExportTargets::find(name))
        m_format->setCurrentIndex(index);
}

QJsonObject ExportDialog::optionValues() const
{
    QJsonObject values;
    for (const OptionField &field : m_fields)
        values.insert(field.key, field.value());
    return values;
}

QWidget *ExportDialog::optionField(const QString &key) const
{
    for (const OptionField &field : m_fields) {
        if (field.key == key)
            return field.editor;
    }
    return nullptr;
}

void ExportDialog::rebuildOptions()
{
    m_fields.clear();
    delete m_optionsPage;
    m_optionsPage = new QWidget(m_optionsBox);
    m_optionsBox->layout()->addWidget(m_optionsPage);
    auto *form = new QFormLayout(m_optionsPage);
    form->setContentsMargins(0, 0, 0, 0);
    const ExportTarget *chosen = target();
    const QList<ExportOption> options = chosen ? chosen->options() : QList<ExportOption>();
    if (chosen) {
        // What the course kept from its last export to this format, else the defaults.
        const QJsonObject values =
            chosen->resolve(ExportSettings::stored(m_project.document(), chosen->name()), {}, nullptr);
        for (const ExportOption &option : options)
            addOptionField(option, values.value(option.spec.key), form);
    }
    m_optionsBox->setVisible(!options.isEmpty());
    updatePackageKind();
    // Fewer fields than the last format had: the dialog shrinks rather than keep a blank band.
    if (isVisible())
        QMetaObject::invokeMethod(
            this, [this] { resize(width(), minimumSizeHint().height()); }, Qt::QueuedConnection);
}

void ExportDialog::addOptionField(const ExportOption &option, const QJsonValue &value, QFormLayout *form)
{
    OptionField field;
    field.key = option.spec.key;
    const QString label = option.label();
    QWidget *row = nullptr;
    switch (option.spec.type) {
    case PropertyType::Bool: {
        auto *box = new QCheckBox(label, m_optionsPage);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePackageKind);
        field.editor = box;
        field.value = [box] { return QJsonValue(box->isChecked()); };
        form->addRow(QString(), box);
        break;
    }
    case PropertyType::Enum: {
        auto *combo = new QComboBox(m_optionsPage);
        for (const QString &choice : option.spec.choices)
            combo->addItem(option.choiceLabel(choice), choice);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePackageKind);
        field.editor = combo;
        field.value = [combo] { return QJsonValue(combo->currentData().toString()); };
        row = combo;
        break;
    }
    default: {
        auto *edit = new QLineEdit(value.toString(), m_optionsPage);
        field.editor = edit;
        field.value = [edit] { return QJsonValue(edit->text().trimmed()); };
        row = edit;
        if (!option.isFolder)
            break;
        auto *choose = new QPushButton(tr("Browse…"), m_optionsPage);
        choose->setAccessibleName(tr("Choose a folder for %1").arg(label));
        choose->setToolTip(option.helpText());
        connect(choose, &QPushButton::clicked, this, [this, edit, label] {
            const QString start =
                edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
            const QString folder = QFileDialog::getExistingDirectory(this, label, start);
            if (!folder.isEmpty())
                edit->setText(QDir::toNativeSeparators(folder));
        });
        auto *host = new QWidget(m_optionsPage);
        auto *line = new QHBoxLayout(host);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(edit, 1);
        line->addWidget(choose);
        row = host;
        break;
    }
    }
    field.editor->setObjectName(QStringLiteral("exportOption-") + option.spec.key);
    field.editor->setAccessibleName(label);
    field.editor->setAccessibleDescription(option.helpText());
    field.editor->setToolTip(option.helpText());
    if (row) {
        auto *caption = new QLabel(label + QLatin1Char(':'), m_optionsPage);
        caption->setBuddy(field.editor);
        caption->setToolTip(option.helpText());
        form->addRow(caption, row);
    }
    m_fields.push_back(std::move(field));
}

// A target that writes one zip per module (with these options) writes them into a folder.
void ExportDialog::updatePackageKind()
{
    const ExportTarget *chosen = target();
    bool several = false;
    if (chosen) {
        QString error;
        const QJsonObject resolved = chosen->resolve({}, optionValues(), &error);
        several =
            error.isEmpty() && !chosen->packageNames({m_project.document(), nullptr, resolved}).isEmpty();
    }
    m_zip->setEnabled(!several);
    m_zip->setToolTip(several ? tr("These options write one zip per module, into a folder.") : QString());
    if (several && writesZip())
        setWritesZip(false);
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

QString ExportDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void ExportDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

void ExportDialog::updateButtons()
{
    const bool idle = !m_job;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(idle && !outputPath().isEmpty());
    for (QWidget *control : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_optionsBox),
                             static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse)})
        control->setEnabled(idle);
    m_folder->setEnabled(idle);
    if (idle)
        updatePackageKind();
    else
        m_zip->setEnabled(false);
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

void ExportDialog::startExport(bool force)
{
    m_status->hide();
    m_project.document().commitEdits();
    QString error;
    std::unique_ptr<AssetSource> assets =
        m_assetSource ? m_assetSource(&error) : m_project.file().openAssetReader(&error);
    if (!assets) {
        m_result = {};
        m_result.error = error;
        report(true);
        return;
    }
    Exporter::Options options;
    options.format = format();
    options.outputPath = outputPath();
    options.force = force;
    options.targetOptions = optionValues();
    m_jobFormat = options.format;
    m_jobForced = force;

    // The snapshot is taken here, on the GUI thread; the worker never sees the live document.
    auto *job = new ExportJob(m_project.document(), std::move(assets), this);
    m_job = job;
    connect(job, &ExportJob::finished, this, [this, job] { onJobFinished(job); });

    auto *progress = new QProgressDialog(tr("Exporting the course…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Course"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setValue(0);
    progress->setMinimumDuration(300);
    m_progress = progress;
    connect(job, &ExportJob::progress, progress, &QProgressDialog::setValue);
    // The bar goes at once; the worker stops within one chunk and finished() says how it ended.
    connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    updateButtons();
    job->start(options);
}

void ExportDialog::endJob(ExportJob *job)
{
    m_result = job->result();
    m_job = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    updateButtons();
}

void ExportDialog::onJobFinished(ExportJob *job)
{
    if (job != m_job) // already dealt with by cancelExport()
        return;
    endJob(job);
    job->deleteLater(); // later: this runs inside its signal
    report(true);
}

void ExportDialog::cancelExport()
{
    if (!m_job)
        return;
    ExportJob *job = m_job;
    job->cancel();
    job->wait();
    endJob(job);
    delete job; // with it goes its queued finished()
    report(false);
}

void ExportDialog::report(bool interactive)
{
    switch (m_result.status) {
    case Exporter::Result::Status::Written:
        // Undoable, and it marks the course modified: what a designer chose is kept on save.
        if (const ExportTarget *used = ExportTargets::find(m_jobFormat))
            ExportSettings::remember(m_project.document(), *used, m_result.options);
        Q_EMIT exportFinished();
        QDialog::accept();
        return;
    case Exporter::Result::Status::Cancelled:
        showStatus(tr("Export cancelled; nothing was written."));
        break; // the dialog stays for another try
    case Exporter::Result::Status::Refused: {
        if (!interactive || m_jobForced)
            break;
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
        if (box.clickedButton() == anyway && !m_job)
            return startExport(true);
        break;
    }
    case Exporter::Result::Status::Failed:
        if (interactive)
            QMessageBox::critical(this, tr("Export Course"), m_result.error);
        else
            showStatus(m_result.error);
        break;
    }
    Q_EMIT exportFinished();
}

void ExportDialog::accept()
{
    if (outputPath().isEmpty() || m_job)
        return;
    startExport(false);
}

void ExportDialog::reject()
{
    cancelExport();
    QDialog::reject();
}

} // namespace cw
