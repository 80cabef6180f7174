// Media editing from the window: Replace in the Media dock (every use re-pointed, one undo step,
// refused when the new file does not fit) and media files dropped on the window or on a block.
#include "assets/assetsdock.h"
#include "assets/importprogressdialog.h"
#include "assets/mediadrop.h"
#include "editors/editorarea.h"
#include "editors/page/blockcard.h"
#include "editors/page/pageeditor.h"
#include "inspector/nodeform.h"
#include "mainwindow.h"
#include "model/coursedocument.h"
#include "model/node.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

class TestAssetsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void replaceRepointsEveryUseInOneStep();
    void replaceButtonAsksForTheSelectedFile();
    void refusedReplaceChangesNothing();
    void dropOnWindowFillsTheSelectedImage();
    void dropOnBlockCardFillsThatBlock();
    void dropOnATextFieldImportsInsteadOfTyping();
    void dragEnterRefusesWhatIsNotMedia();
    void fileDialogsOfferWhatDropsTake();
    void longImportShowsProgressAndCancels();

private:
    CourseDocument *doc() const { return m_window->document(); }
    // The window on screen with the selected page's editor; null when another editor shows.
    PageEditor *showPageEditor()
    {
        m_window->resize(1024, 768);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        return dynamic_cast<PageEditor *>(m_window->editorArea()->currentEditor());
    }
    const Node *page() const { return doc()->root()->child(0)->child(0); }
    QString assetOf(const QUuid &block) const { return doc()->node(block)->string(QStringLiteral("asset")); }
    QString picture(const QString &name, Qt::GlobalColor colour) const
    {
        const QString path = m_files.filePath(name);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(colour);
        return image.save(path) ? path : QString();
    }
    QUuid addImageBlock()
    {
        m_window->selectNode(page()->id());
        return m_window->addNode(NodeKind::Image);
    }
    // Sends a drag-enter and, when it is taken, the drop; returns whether the drop was taken.
    // A drag as file managers make it: the files' addresses, and the same as text.
    static bool drop(QWidget *target, const QPoint &at, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        QStringList paths;
        for (const QUrl &url : urls)
            paths << url.toString();
        mime.setText(paths.join(QLatin1Char('\n')));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    QTemporaryDir m_recovery;
    QTemporaryDir m_files;
    std::unique_ptr<MainWindow> m_window;
};

void TestAssetsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_widgets_assetsdock"));
    QVERIFY(m_recovery.isValid() && m_files.isValid());
    qputenv("CW_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
}

void TestAssetsDock::init()
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->newCourse(&error), qPrintable(error));
}

void TestAssetsDock::cleanup()
{
    if (doc())
        doc()->undoStack()->setClean(); // no unsaved-changes prompt
    m_window.reset();
}

void TestAssetsDock::replaceRepointsEveryUseInOneStep()
{
    const QString chartFile = picture(QStringLiteral("chart.png"), Qt::red);
    const QString photoFile = picture(QStringLiteral("photo.png"), Qt::blue);
    const QUuid first = addImageBlock();
    const QUuid second = addImageBlock();
    QString error;
    m_window->selectNode(first);
    QVERIFY2(m_window->importMedia({chartFile}, &error), qPrintable(error));
    const QString chart = assetOf(first);
    QVERIFY(!chart.isEmpty());
    QVERIFY(doc()->setProperty(second, QStringLiteral("asset"), chart, true, &error));

    const int steps = doc()->undoStack()->count();
    QVERIFY2(m_window->replaceAsset(chart, photoFile, &error), qPrintable(error));
    const QString photo = assetOf(first);
    QVERIFY(photo != chart);
    QCOMPARE(assetOf(second), photo);
    QVERIFY(doc()->asset(photo));
    QCOMPARE(doc()->asset(photo)->name, QStringLiteral("photo.png"));
    QVERIFY(!doc()->asset(chart)); // the old entry is gone
    QCOMPARE(doc()->undoStack()->count(), steps + 1);

    doc()->undoStack()->undo();
    QCOMPARE(assetOf(first), chart);
    QCOMPARE(assetOf(second), chart);
    QVERIFY(doc()->asset(chart));
    QVERIFY(!doc()->asset(photo));
}

void TestAssetsDock::replaceButtonAsksForTheSelectedFile()
{
    const QUuid block = addImageBlock();
    QString error;
    m_window->selectNode(block);
    QVERIFY2(m_window->importMedia({picture(QStringLiteral("chart.png"), Qt::red)}, &error),
             qPrintable(error));
    AssetsDock *dock = m_window->assetsDock();
    // The window would open a file dialog; the dock's part is to ask for the right file.
    QObject::disconnect(dock, &AssetsDock::replaceRequested, m_window.get(), nullptr);
    QSignalSpy asked(dock, &AssetsDock::replaceRequested);
    dock->refreshNow();
    QVERIFY(!dock->replaceButton()->isEnabled());
    QVERIFY(!dock->replaceButton()->accessibleName().isEmpty());
    // Selecting a use of the file selects what is replaced: the file.
    QTreeWidgetItem *file = dock->list()->topLevelItem(0);
    QVERIFY(file && file->childCount() == 1);
    file->child(0)->setSelected(true);
    QVERIFY(dock->replaceButton()->isEnabled());
    QTest::mouseClick(dock->replaceButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), assetOf(block));
    // The selection survives a refresh.
    dock->refreshNow();
    QCOMPARE(dock->selectedHash(), assetOf(block));
}

void TestAssetsDock::refusedReplaceChangesNothing()
{
    const QUuid block = addImageBlock();
    QString error;
    m_window->selectNode(block);
    QVERIFY2(m_window->importMedia({picture(QStringLiteral("chart.png"), Qt::red)}, &error),
             qPrintable(error));
    const QString chart = assetOf(block);
    const QString captions = m_files.filePath(QStringLiteral("captions.vtt"));
    QFile vtt(captions);
    QVERIFY(vtt.open(QIODevice::WriteOnly));
    vtt.write("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");
    vtt.close();

    const int steps = doc()->undoStack()->count();
    const auto assets = doc()->assets();
    error.clear();
    QVERIFY(!m_window->replaceAsset(chart, captions, &error));
    QVERIFY(error.contains(QStringLiteral("captions.vtt")));
    QCOMPARE(assetOf(block), chart);
    QCOMPARE(doc()->assets().keys(), assets.keys());
    QCOMPARE(doc()->undoStack()->count(), steps);
}

void TestAssetsDock::dropOnWindowFillsTheSelectedImage()
{
    const QUuid block = addImageBlock();
    m_window->selectNode(block);
    const QPoint centre(m_window->width() / 2, m_window->height() / 2);
    QVERIFY(
        drop(m_window.get(), centre, {QUrl::fromLocalFile(picture(QStringLiteral("chart.png"), Qt::red))}));
    QTRY_VERIFY(!assetOf(block).isEmpty());
    QCOMPARE(doc()->asset(assetOf(block))->name, QStringLiteral("chart.png"));
}

void TestAssetsDock::dropOnBlockCardFillsThatBlock()
{
    const QUuid first = addImageBlock();
    const QUuid second = addImageBlock();
    m_window->selectNode(first);
    PageEditor *editor = showPageEditor();
    QVERIFY(editor);
    BlockCard *card = editor->cardFor(second);
    QVERIFY(card);
    const QPoint onCard = card->mapTo(editor, card->rect().center());
    QVERIFY(drop(editor, onCard, {QUrl::fromLocalFile(picture(QStringLiteral("photo.png"), Qt::blue))}));
    QTRY_VERIFY(!assetOf(second).isEmpty());
    QVERIFY(assetOf(first).isEmpty()); // not the block that was selected before
    QCOMPARE(m_window->selectedNode(), second);
}

void TestAssetsDock::dropOnATextFieldImportsInsteadOfTyping()
{
    const QUuid block = addImageBlock();
    m_window->selectNode(block);
    PageEditor *editor = showPageEditor();
    QVERIFY(editor);
    auto *alt = qobject_cast<QLineEdit *>(editor->cardFor(block)->form()->editorFor(QStringLiteral("alt")));
    QVERIFY(alt);
    // A picture let go over the alt text field goes into the block; the field does not get the
    // file's path typed into it.
    QVERIFY(drop(alt, alt->rect().center(),
                 {QUrl::fromLocalFile(picture(QStringLiteral("photo.png"), Qt::blue))}));
    QTRY_VERIFY(!assetOf(block).isEmpty());
    QVERIFY(alt->text().isEmpty());
    QVERIFY(doc()->node(block)->string(QStringLiteral("alt")).isEmpty());
    // Plain text is still dropped into the field as text.
    QMimeData words;
    words.setText(QStringLiteral("Goggles on a bench"));
    QDragEnterEvent enter(alt->rect().center(), Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(alt, &enter);
    QVERIFY(enter.isAccepted());
}

void TestAssetsDock::dragEnterRefusesWhatIsNotMedia()
{
    const QUuid block = addImageBlock();
    m_window->selectNode(block);
    const QString notes = m_files.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a picture");
    text.close();
    const QString png = picture(QStringLiteral("chart.png"), Qt::red);
    auto *editor = dynamic_cast<PageEditor *>(m_window->editorArea()->currentEditor());
    QVERIFY(editor);
    const QPoint centre(m_window->width() / 2, m_window->height() / 2);
    for (QWidget *target : {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(editor)}) {
        QVERIFY(!drop(target, centre, {QUrl::fromLocalFile(notes)}));
        QVERIFY(!drop(target, centre, {QUrl::fromLocalFile(png), QUrl::fromLocalFile(notes)}));
        QVERIFY(!drop(target, centre, {QUrl(QStringLiteral("https://example.com/chart.png"))}));
    }
    QCoreApplication::processEvents();
    QVERIFY(assetOf(block).isEmpty());
    QVERIFY(doc()->assets().isEmpty());
    // A picture is taken.
    QVERIFY(drop(m_window.get(), centre, {QUrl::fromLocalFile(png)}));
}

void TestAssetsDock::fileDialogsOfferWhatDropsTake()
{
    // The Import and Replace dialogs' media filter lists exactly the names a drop takes.
    const QString filter = MediaDrop::dialogFilter();
    const QRegularExpressionMatch media =
        QRegularExpression(QStringLiteral("^[^(]*\\(([^)]*)\\);;")).match(filter);
    QVERIFY2(media.hasMatch(), qPrintable(filter));
    const QStringList patterns = media.captured(1).split(QLatin1Char(' '));
    QVERIFY(patterns.size() >= 10);
    for (const QString &pattern : patterns) {
        QVERIFY2(pattern.startsWith(QStringLiteral("*.")), qPrintable(pattern));
        QVERIFY2(MediaDrop::isMediaFile(QStringLiteral("clip") + pattern.mid(1)), qPrintable(pattern));
        QVERIFY(MediaDrop::isMediaFile(QStringLiteral("CLIP") + pattern.mid(1).toUpper()));
    }
    for (const char *name : {"notes.txt", "slides.pptx", "course.cwcourse", "noextension"})
        QVERIFY2(!MediaDrop::isMediaFile(QString::fromLatin1(name)), name);
    QVERIFY(filter.endsWith(QStringLiteral("(*)")));
}

void TestAssetsDock::longImportShowsProgressAndCancels()
{
    ImportProgressDialog::setShowAfterMs(0); // shown at once, as a long import's would be
    const auto restore = qScopeGuard([] { ImportProgressDialog::setShowAfterMs(400); });
    const QString clip = m_files.filePath(QStringLiteral("lecture.mp4"));
    QFile video(clip);
    QVERIFY(video.open(QIODevice::WriteOnly));
    QVERIFY(video.write(QByteArray(6 * 1024 * 1024, 'v')) > 0);
    video.close();
    const int steps = doc()->undoStack()->count();

    // Runs from the event loop the progress dialog keeps going: the window is alive, refuses a
    // second import, and the designer cancels.
    bool sawDialog = false;
    QString nestedError;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("ImportProgress"));
        sawDialog = dialog && dialog->isVisible() && m_window->isImporting();
        QVERIFY(!m_window->importMedia({picture(QStringLiteral("chart.png"), Qt::red)}, &nestedError));
        if (dialog)
            dialog->cancel();
    });
    QString error;
    QVERIFY(!m_window->importMedia({clip}, &error));
    QVERIFY(sawDialog);
    QVERIFY(!nestedError.isEmpty());
    // Cancelling is no error: the status bar says it, no message box asks to be dismissed.
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("lecture.mp4")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(doc()->assets().isEmpty());
    QCOMPARE(doc()->undoStack()->count(), steps);
    QVERIFY(!m_window->isImporting());
    QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("ImportProgress")));
}

QTEST_MAIN(TestAssetsDock)
#include "tst_assetsdock.moc"
