// Editor responsiveness (issue 11): the window opening the benchmark course (2,000 pages, see
// benchcourse.h) until it is usable, cold (a fresh process: RichText keeps parse results per
// text for the life of a process) and warm; the latency of one keystroke in one of its text blocks
// (with the events the edit posts); the debounced work once typing stops; a full revalidation; and
// peak memory. Each beside the sample course as the baseline. Runs offscreen with test-mode
// settings and a temporary recovery folder, so user settings stay untouched. Prints a Markdown
// table; asserts nothing (targets: open < 1 s, keystroke < 16 ms).
//
//   bench_editor [--runs N] [--keys N]
#include "benchcourse.h"
#include "editors/editorarea.h"
#include "mainwindow.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/durationestimate.h"
#include "outlinemodel.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "richtext/richtextedit.h"
#include "store/project.h"
#include "store/starters.h"
#include "validate/validator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace cw;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_editor: %s\n", qPrintable(message));
    return 1;
}

// Writes the two courses. It runs in a child process so that generating the big course does not
// count in this process's peak memory.
int writeCourses(const QString &big, const QString &sample)
{
    QString error;
    CourseData data;
    data.root = bench::bigCourse();
    auto project = Project::createNew(std::move(data), &error);
    if (!project || !project->file().saveAs(big, &error))
        return fail(error);
    auto starter = Starters::create(QStringLiteral("sample"), &error);
    if (!starter || !starter->file().saveAs(sample, &error))
        return fail(error);
    return 0;
}

// Kilobytes from a line of /proc/self/status ("VmHWM:   123456 kB").
double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

// What the designer needs before working: the outline lists the course and the central editor
// shows it (the course is selected when a project opens).
bool usable(MainWindow &window)
{
    const CourseDocument *doc = window.document();
    return doc && window.outlineModel()->rowCount() > 0 && window.editorArea()->node() == doc->root()->id() &&
           window.editorArea()->currentWidget() && window.editorArea()->currentWidget()->isVisible();
}

// Where the time of one open goes (profile-lite), in ms.
struct OpenTimes
{
    double total = 0;
    double construct = 0; // MainWindow()
    double load = 0;      // loadFile(): reading the project and every view taking the document
    double show = 0;      // show() until usable: layout, first paint
};

// Opens `path` in a new window and waits (processing events, painting included) until it is
// usable. Returns the window and where the time went.
std::unique_ptr<MainWindow> openWindow(const QString &path, OpenTimes *times)
{
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>();
    times->construct = ms(timer);
    QString error;
    if (!window->loadFile(path, &error)) {
        fail(error);
        return nullptr;
    }
    times->load = ms(timer) - times->construct;
    window->show();
    QApplication::processEvents(); // one full pass: the first layout and paint
    while (!usable(*window)) {
        if (timer.elapsed() > 60000) {
            fail(QStringLiteral("%1 never became usable").arg(path));
            return nullptr;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    times->total = ms(timer);
    times->show = times->total - times->construct - times->load;
    return window;
}

// The first open in a fresh process, as when the editor starts with a file: prints
// "<total> <construct> <load> <show> <VmHWM MB>".
int openCold(const QString &path)
{
    OpenTimes t;
    if (!openWindow(path, &t))
        return 1;
    std::printf("%.3f %.3f %.3f %.3f %.1f\n", t.total, t.construct, t.load, t.show, statusMb("VmHWM"));
    return 0;
}

// Where a cold open's time goes without widgets, in a fresh process (RichText keeps results per
// text for the life of the process, so only a fresh one shows the first parse): prints
// "<Project::open> <Validator::validate> <DurationEstimate>" in ms.
int coreCold(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto project = Project::open(path, &error);
    if (!project)
        return fail(error);
    const double open = ms(timer);
    timer.start();
    const QList<Problem> problems = Validator::validate(project->document());
    const double validate = ms(timer);
    timer.start();
    const DurationEstimate estimate(project->document());
    const double seconds = estimate.seconds(*project->document().root());
    const double duration = ms(timer);
    std::printf("%.3f %.3f %.3f %d\n", open, validate, duration, int(problems.size() + (seconds < 0)));
    return 0;
}

QList<double> runChild(const QString &mode, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QApplication::applicationFilePath(), {mode, path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return {};
    QList<double> values;
    for (const QByteArray &field : child.readAllStandardOutput().trimmed().split(' '))
        values << field.toDouble();
    return values;
}

struct Cold
{
    OpenTimes times;
    double peakMb = 0;
    bool ok = false;
};

Cold runCold(const QString &path)
{
    Cold cold;
    const QList<double> f = runChild(QStringLiteral("--open"), path);
    if (f.size() != 5)
        return cold;
    cold.times = {f[0], f[1], f[2], f[3]};
    cold.peakMb = f[4];
    cold.ok = true;
    return cold;
}

// The last Text block of the course in document order (deep in the big course).
const Node *lastTextBlock(const Node *node)
{
    for (int i = node->childCount() - 1; i >= 0; --i) {
        if (const Node *found = lastTextBlock(node->child(i)))
            return found;
    }
    return node->kind() == NodeKind::Text ? node : nullptr;
}

struct Typing
{
    QList<double> keys;   // ms per keystroke, the events it caused processed
    double debounced = 0; // ms: what the debounce timers run once typing stops
    double refresh = 0;   // ms: ProblemsDock::refreshNow(), median
    double validate = 0;  // ms: of which Validator::validate(), median
    double duration = 0;  // ms: DurationEstimate of the course (the status bar), median
    QString where;
    bool ok = false;
};

// Types `count` characters at the end of a text block deep in the course, timing each key (press
// and release sent to the editor, then every event and due timer the edit posted).
Typing type(const QString &path, const Node *(*pick)(const Node *), int count, int runs)
{
    Typing result;
    OpenTimes opened;
    auto window = openWindow(path, &opened);
    if (!window)
        return result;
    const Node *block = pick(window->document()->root());
    if (!block) {
        fail(QStringLiteral("no text block in %1").arg(path));
        return result;
    }
    for (const Node *n = block->parent(); n && n->parent(); n = n->parent())
        result.where.prepend(n->property(QStringLiteral("title")).toString() + QStringLiteral(" > "));
    result.where += QStringLiteral("Text");
    window->selectNode(block->id());
    QApplication::processEvents();
    auto *edit = qobject_cast<RichTextEdit *>(window->editorFor(QStringLiteral("html")));
    if (!edit || !edit->isVisible()) {
        fail(QStringLiteral("no visible rich-text editor for the block's html"));
        return result;
    }
    window->activateWindow();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QApplication::processEvents();

    static const char sentence[] = "the quick brown fox jumps over the lazy dog ";
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        const char c = sentence[i % (sizeof sentence - 1)];
        const int key = c == ' ' ? int(Qt::Key_Space) : int(Qt::Key_A) + (c - 'a');
        const QString text(QLatin1Char{c});
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        timer.start();
        QApplication::sendEvent(edit, &press);
        QApplication::sendEvent(edit, &release);
        QApplication::processEvents(); // posted events, repaints, timers already due
        result.keys << ms(timer);
    }
    // Typing stopped: the problems list and the status bar catch up after their debounce.
    QThread::msleep(ProblemsDock::RefreshDelayMs + 50);
    timer.start();
    QApplication::processEvents();
    result.debounced = ms(timer);

    QList<double> refreshes;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        window->problemsDock()->refreshNow();
        refreshes << ms(timer);
    }
    result.refresh = percentile(refreshes, 0.5);
    QList<double> validations;
    QList<double> durations;
    const CourseDocument &doc = *window->document();
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const QList<Problem> problems = Validator::validate(doc);
        validations << ms(timer);
        timer.start();
        const DurationEstimate estimate(doc);
        const double seconds = estimate.seconds(*doc.root());
        durations << ms(timer);
        if (problems.size() < 0 || seconds < 0) // keeps the calls from being optimised away
            return result;
    }
    result.validate = percentile(validations, 0.5);
    result.duration = percentile(durations, 0.5);
    result.ok = window->document()->node(block->id()) != nullptr;
    return result;
}

// The offscreen platform warns on every window about size hints it cannot pass on: noise here.
QtMessageHandler g_previousHandler = nullptr;

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")) && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(dropPlatformNoise);
    QApplication app(argc, argv);
    // Settings, recent files and autosaves of a designer using this machine stay untouched (the
    // children inherit CW_RECOVERY_DIR).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_editor"));
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--write"))
        return writeCourses(args.at(2), args.at(3));
    if (args.size() == 3 && args.at(1) == QLatin1String("--open"))
        return openCold(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("--core"))
        return coreCold(args.at(2));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Opens per course (median reported)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Keystrokes per course."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int keys = std::max(1, parser.value(QStringLiteral("keys")).toInt());

    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QDir dir(temporary.path());
    dir.mkpath(QStringLiteral("recovery"));
    qputenv("CW_RECOVERY_DIR", dir.filePath(QStringLiteral("recovery")).toLocal8Bit());

    const QString big = dir.filePath(QStringLiteral("bench.cwcourse"));
    const QString sample = dir.filePath(QStringLiteral("sample.cwcourse"));
    if (QProcess::execute(QApplication::applicationFilePath(), {QStringLiteral("--write"), big, sample}) != 0)
        return fail(QStringLiteral("cannot write the courses"));

    // Cold: the first open in a fresh process (the editor started with the file), which also
    // gives the peak memory of having the course open.
    const Cold coldBig = runCold(big);
    const Cold coldSample = runCold(sample);
    const QList<double> coreBig = runChild(QStringLiteral("--core"), big);
    const QList<double> coreSample = runChild(QStringLiteral("--core"), sample);
    if (!coldBig.ok || !coldSample.ok || coreBig.size() != 4 || coreSample.size() != 4)
        return fail(QStringLiteral("a cold open failed"));
    // Warm: opening again in a running editor; the sample first so that neither pays Qt's
    // one-time start-up.
    QList<double> openBig;
    QList<double> openSample;
    OpenTimes sections[2]; // of the median warm open: big, sample
    QList<OpenTimes> bigTimes;
    QList<OpenTimes> sampleTimes;
    for (int i = 0; i < runs; ++i) {
        OpenTimes t;
        if (!openWindow(sample, &t))
            return 1;
        sampleTimes << t;
        openSample << t.total;
    }
    for (int i = 0; i < runs; ++i) {
        OpenTimes t;
        if (!openWindow(big, &t))
            return 1;
        bigTimes << t;
        openBig << t.total;
    }
    const auto median = [](QList<OpenTimes> all) {
        std::sort(all.begin(), all.end(),
                  [](const OpenTimes &a, const OpenTimes &b) { return a.total < b.total; });
        return all.at(all.size() / 2);
    };
    sections[0] = median(bigTimes);
    sections[1] = median(sampleTimes);
    const Typing typedBig = type(big, lastTextBlock, keys, runs);
    const Typing typedSample = type(sample, lastTextBlock, keys, runs);
    if (!typedBig.ok || !typedSample.ok)
        return 1;

    std::printf("Course: 100 modules x 20 pages x 5 blocks, 100 quizzes x 10 questions (no media); "
                "baseline: the sample course. %d warm opens, %d keystrokes each.\n",
                runs, keys);
    std::printf("Typed in: %s | %s\n", qPrintable(typedBig.where), qPrintable(typedSample.where));
    std::printf("| measure | big course | sample | ratio | target |\n|---|---:|---:|---:|---|\n");
    const auto row = [](const char *label, double a, double b, const char *target) {
        std::printf("| %s | %.1f | %.1f | %.1f | %s |\n", label, a, b, b > 0 ? a / b : 0.0, target);
    };
    row("open to a usable window, cold (new process) ms", coldBig.times.total, coldSample.times.total,
        "< 1000");
    row("- of which MainWindow() ms", coldBig.times.construct, coldSample.times.construct, "");
    row("- of which loadFile() ms", coldBig.times.load, coldSample.times.load, "");
    row("- of which show() to usable ms", coldBig.times.show, coldSample.times.show, "");
    row("cold, no window: Project::open() ms", coreBig[0], coreSample[0], "");
    row("cold, no window: then Validator::validate() ms", coreBig[1], coreSample[1], "");
    row("cold, no window: then DurationEstimate ms", coreBig[2], coreSample[2], "");
    row("open to a usable window, warm, median ms", percentile(openBig, 0.5), percentile(openSample, 0.5),
        "< 1000");
    row("- of which MainWindow() ms", sections[0].construct, sections[1].construct, "");
    row("- of which loadFile() ms", sections[0].load, sections[1].load, "");
    row("- of which show() to usable ms", sections[0].show, sections[1].show, "");
    row("keystroke median ms", percentile(typedBig.keys, 0.5), percentile(typedSample.keys, 0.5), "< 16");
    row("keystroke p95 ms", percentile(typedBig.keys, 0.95), percentile(typedSample.keys, 0.95), "< 16");
    row("keystroke max ms", percentile(typedBig.keys, 1), percentile(typedSample.keys, 1), "");
    row("once typing stops: the debounced work ms", typedBig.debounced, typedSample.debounced, "");
    row("ProblemsDock::refreshNow() median ms", typedBig.refresh, typedSample.refresh, "");
    row("- of which Validator::validate() median ms", typedBig.validate, typedSample.validate, "");
    row("DurationEstimate (status bar) median ms", typedBig.duration, typedSample.duration, "");
    row("peak RSS after a cold open (VmHWM) MB", coldBig.peakMb, coldSample.peakMb, "");
    return 0;
}
