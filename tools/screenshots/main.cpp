// Screenshots of the editor for docs/screenshots: the sample course in the main window at the two
// sizes the editor must work at, with the course settings, a page, a text block and a question
// selected. Rendered offscreen (QWidget::grab), so the pictures do not depend on a desktop.
//   coursewright-screenshots OUTPUT_DIR
#include "mainwindow.h"
#include "model/coursedocument.h"
#include "model/node.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <functional>

namespace {

const cw::Node *findFirst(const cw::Node *node, const std::function<bool(const cw::Node &)> &match)
{
    if (match(*node))
        return node;
    for (int i = 0; i < node->childCount(); ++i) {
        if (const cw::Node *found = findFirst(node->child(i), match))
            return found;
    }
    return nullptr;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: coursewright-screenshots OUTPUT_DIR\n";
        return 2;
    }
    // Leave the user's settings, recent files and recovery folder alone.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightScreenshots"));
    QTemporaryDir recovery;
    qputenv("CW_RECOVERY_DIR", recovery.path().toLocal8Bit());
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path())) {
        err << "cannot create " << out.path() << '\n';
        return 1;
    }

    struct View
    {
        const char *name;
        std::function<bool(const cw::Node &)> match;
    };
    const QList<View> views = {
        {"settings", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Course; }},
        {"page", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Page; }},
        {"text-block", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Text; }},
        {"image-block", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Image; }},
        {"accordion-block", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Accordion; }},
        {"question", [](const cw::Node &n) { return n.kind() == cw::NodeKind::SingleChoice; }},
        {"matching", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Matching; }},
        {"scenario", [](const cw::Node &n) { return n.kind() == cw::NodeKind::Scenario; }},
        {"scenario-step",
         [](const cw::Node &n) { return n.kind() == cw::NodeKind::ScenarioNode && n.childCount() > 1; }},
    };
    int written = 0;
    for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
        cw::MainWindow window;
        QString error;
        if (!window.newFromTemplate(QStringLiteral("sample"), &error)) {
            err << error << '\n';
            return 1;
        }
        window.resize(size);
        window.show();
        settle();
        for (const View &view : views) {
            const cw::Node *node = findFirst(window.document()->root(), view.match);
            if (!node) {
                err << "the sample course has no node for " << view.name << '\n';
                continue;
            }
            window.selectNode(node->id());
            settle();
            const QString file = out.filePath(QStringLiteral("%1-%2x%3.png")
                                                  .arg(QLatin1String(view.name))
                                                  .arg(size.width())
                                                  .arg(size.height()));
            if (!window.grab().save(file)) {
                err << "cannot write " << file << '\n';
                return 1;
            }
            ++written;
        }
        window.document()->undoStack()->setClean();
    }
    QTextStream(stdout) << written << " screenshots in " << out.path() << '\n';
    return 0;
}
