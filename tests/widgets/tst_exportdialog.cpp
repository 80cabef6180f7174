// File > Export…: the dialog runs the shared Exporter, keeps the zip/folder choice and the path in
// step, and offers "Export Anyway" for a course with validation errors.
#include "exportdialog.h"
#include "store/project.h"
#include "store/starters.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cw;

namespace {

QPushButton *exportButton(ExportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Clicks the button with `text` in the next message box that opens.
void answerNextMessageBox(const QString &text, bool *seen)
{
    QTimer::singleShot(0, [text, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextMessageBox(text, seen);
        *seen = true;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text)
                return button->click();
        }
        box->reject();
    });
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathAndKindStayInStep();
    void exportsZipAndFolder();
    void errorsAskBeforeExporting();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestExportDialog::pathAndKindStayInStep()
{
    ExportDialog dialog(*m_project);
    QVERIFY(!exportButton(dialog)->isEnabled());
    dialog.setOutputPath(m_dir.filePath(QStringLiteral("site")));
    QVERIFY(exportButton(dialog)->isEnabled());
    QVERIFY(!dialog.writesZip());
    dialog.setWritesZip(true);
    QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("site.zip")));
    dialog.setWritesZip(false);
    QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("site")));
}

void TestExportDialog::exportsZipAndFolder()
{
    for (const QString &name : {QStringLiteral("course.zip"), QStringLiteral("course")}) {
        ExportDialog dialog(*m_project);
        dialog.setOutputPath(m_dir.filePath(name));
        exportButton(dialog)->click();
        QCOMPARE(dialog.result().status, Exporter::Result::Status::Written);
        QCOMPARE(dialog.result().archiveBytes > 0, name.endsWith(QLatin1String(".zip")));
        QCOMPARE(dialog.result().problems.size(), 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(name)));
    }
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("course/index.html"))));
}

void TestExportDialog::errorsAskBeforeExporting()
{
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->document().setProperty(project->document().root()->id(), QStringLiteral("title"),
                                            QString(), true));
    const QString target = m_dir.filePath(QStringLiteral("broken.zip"));
    ExportDialog dialog(*project);
    dialog.setOutputPath(target);

    bool seen = false;
    answerNextMessageBox(QStringLiteral("Cancel"), &seen);
    exportButton(dialog)->click();
    QVERIFY(seen);
    QCOMPARE(dialog.result().status, Exporter::Result::Status::Refused);
    QVERIFY(!QFileInfo::exists(target));

    seen = false;
    answerNextMessageBox(QStringLiteral("Export Anyway"), &seen);
    exportButton(dialog)->click();
    QVERIFY(seen);
    QCOMPARE(dialog.result().status, Exporter::Result::Status::Written);
    QVERIFY(QFileInfo::exists(target));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
