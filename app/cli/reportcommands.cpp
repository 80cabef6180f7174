// info and validate: the commands that report on a course without changing it.
#include "clioutput.h"
#include "commandparser.h"
#include "commands.h"

#include "model/durationestimate.h"
#include "model/schema.h"
#include "store/project.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::cli {

namespace {

QString minutes(double seconds)
{
    return QCoreApplication::translate("cw::cli", "%1 min").arg(QString::number(seconds / 60.0, 'f', 1));
}

QString quoted(const Node &node)
{
    const QString text = node.displayText();
    return text.isEmpty() ? Schema::kindLabel(node.kind())
                          : QCoreApplication::translate("cw::cli", "“%1”").arg(terminalSafe(text));
}

struct Counts
{
    int modules = 0, pages = 0, blocks = 0, quizzes = 0, questions = 0, scenarios = 0, steps = 0;
};

Counts countNodes(const Node &root)
{
    Counts c;
    root.walk([&c](const Node *n) {
        const NodeKind k = n->kind();
        c.modules += k == NodeKind::Module;
        c.pages += k == NodeKind::Page;
        c.blocks += isBlockKind(k);
        c.quizzes += k == NodeKind::Quiz;
        c.questions += isQuestionKind(k);
        c.scenarios += k == NodeKind::Scenario;
        c.steps += k == NodeKind::ScenarioNode;
    });
    return c;
}

QJsonObject durationJson(const DurationEstimate &estimate, const Node &node)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idString(node.id()));
    o.insert(QStringLiteral("kind"), kindName(node.kind()));
    o.insert(QStringLiteral("title"), node.displayText());
    o.insert(QStringLiteral("seconds"), qRound(estimate.seconds(node)));
    o.insert(QStringLiteral("words"), estimate.words(node));
    return o;
}

// What both report commands start with: "NAME FILE [--json]", then the project opened. Returns
// nullptr with the exit code in *code when there is nothing more to do (help, misuse, bad file).
std::unique_ptr<Project> parseAndOpen(CommandParser &cmd, const QStringList &args, int *code)
{
    cmd.parser().addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cw::cli", "Print JSON instead of text.")});
    if (auto stop = cmd.parse(args)) {
        *code = *stop;
        return nullptr;
    }
    QString error;
    std::unique_ptr<Project> project =
        Project::open(cmd.positional(0), &error, ProjectFile::Access::ReadOnly);
    if (!project)
        *code = fail(terminalSafe(error));
    return project;
}

} // namespace

int runInfo(const QStringList &args)
{
    CommandParser cmd(
        QStringLiteral("info FILE [--json]"),
        QCoreApplication::translate(
            "cw::cli",
            "Shows a course's settings, contents, media and estimated duration with the assumptions "
            "behind it."),
        {QStringLiteral("FILE")});
    int code = Success;
    std::unique_ptr<Project> project = parseAndOpen(cmd, args, &code);
    if (!project)
        return code;
    const CourseDocument &doc = project->document();
    const Node &course = *doc.root();
    const Counts c = countNodes(course);
    const DurationEstimate estimate(doc);
    const DurationEstimate::Assumptions &a = estimate.assumptions();
    qint64 mediaBytes = 0;
    for (const AssetInfo &asset : doc.assets())
        mediaBytes += asset.size;

    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonObject o;
        for (const char *key : {"title", "identifier", "language", "author", "version"})
            o.insert(QLatin1String(key), course.string(QLatin1String(key)));
        o.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("modules"), c.modules},
                                                       {QStringLiteral("pages"), c.pages},
                                                       {QStringLiteral("blocks"), c.blocks},
                                                       {QStringLiteral("quizzes"), c.quizzes},
                                                       {QStringLiteral("questions"), c.questions},
                                                       {QStringLiteral("scenarios"), c.scenarios},
                                                       {QStringLiteral("scenarioSteps"), c.steps}});
        o.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("files"), int(doc.assets().size())},
                                                      {QStringLiteral("bytes"), double(mediaBytes)}});
        QJsonObject duration = durationJson(estimate, course);
        QJsonArray modules;
        for (const auto &m : course.children()) {
            QJsonObject module = durationJson(estimate, *m);
            QJsonArray parts;
            for (const auto &part : m->children())
                parts.append(durationJson(estimate, *part));
            module.insert(QStringLiteral("parts"), parts);
            modules.append(module);
        }
        duration.insert(QStringLiteral("modules"), modules);
        duration.insert(QStringLiteral("assumptions"),
                        QJsonObject{{QStringLiteral("wordsPerMinute"), a.wordsPerMinute},
                                    {QStringLiteral("secondsPerQuestion"), a.secondsPerQuestion},
                                    {QStringLiteral("secondsPerScenarioStep"), a.secondsPerScenarioStep},
                                    {QStringLiteral("secondsPerImage"), a.secondsPerImage}});
        o.insert(QStringLiteral("duration"), duration);
        outJson(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }

    out(QCoreApplication::translate("cw::cli", "Course:      %1")
            .arg(terminalSafe(course.string(QStringLiteral("title")))));
    out(QCoreApplication::translate("cw::cli", "Identifier:  %1")
            .arg(terminalSafe(course.string(QStringLiteral("identifier")))));
    out(QCoreApplication::translate("cw::cli", "Language:    %1")
            .arg(terminalSafe(course.string(QStringLiteral("language")))));
    if (!course.string(QStringLiteral("author")).isEmpty())
        out(QCoreApplication::translate("cw::cli", "Author:      %1")
                .arg(terminalSafe(course.string(QStringLiteral("author")))));
    out(QCoreApplication::translate("cw::cli", "Version:     %1")
            .arg(terminalSafe(course.string(QStringLiteral("version")))));
    out(QCoreApplication::translate("cw::cli", "Contents:    %1, %2, %3, %4 (%5), %6 (%7)")
            .arg(QCoreApplication::translate("cw::cli", "%n module(s)", nullptr, c.modules),
                 QCoreApplication::translate("cw::cli", "%n page(s)", nullptr, c.pages),
                 QCoreApplication::translate("cw::cli", "%n block(s)", nullptr, c.blocks),
                 QCoreApplication::translate("cw::cli", "%n quiz(zes)", nullptr, c.quizzes),
                 QCoreApplication::translate("cw::cli", "%n question(s)", nullptr, c.questions),
                 QCoreApplication::translate("cw::cli", "%n scenario(s)", nullptr, c.scenarios),
                 QCoreApplication::translate("cw::cli", "%n step(s)", nullptr, c.steps)));
    out(QCoreApplication::translate("cw::cli", "Media:       %1, %2 KB")
            .arg(QCoreApplication::translate("cw::cli", "%n file(s)", nullptr, int(doc.assets().size())))
            .arg((mediaBytes + 1023) / 1024));
    out(QString());
    out(QCoreApplication::translate("cw::cli", "Estimated duration: %1")
            .arg(minutes(estimate.seconds(course))));
    for (const auto &m : course.children()) {
        out(QStringLiteral("  %1 %2: %3")
                .arg(Schema::kindLabel(m->kind()), quoted(*m), minutes(estimate.seconds(*m))));
        for (const auto &part : m->children())
            out(QStringLiteral("    %1 %2: %3 (%4)")
                    .arg(Schema::kindLabel(part->kind()), quoted(*part), minutes(estimate.seconds(*part)),
                         QCoreApplication::translate("cw::cli", "%n word(s)", nullptr,
                                                     estimate.words(*part))));
    }
    out(QString());
    out(QCoreApplication::translate("cw::cli", "Assumptions: reading at %1 words per minute; %2 s per "
                                               "question; %3 s per scenario step; %4 s per "
                                               "image; audio and video at their length.")
            .arg(a.wordsPerMinute)
            .arg(a.secondsPerQuestion)
            .arg(a.secondsPerScenarioStep)
            .arg(a.secondsPerImage));
    return Success;
}

int runValidate(const QStringList &args)
{
    CommandParser cmd(
        QStringLiteral("validate FILE [--json]"),
        QCoreApplication::translate(
            "cw::cli", "Checks a course and lists its problems. Exits with status 1 when there are errors."),
        {QStringLiteral("FILE")});
    int code = Success;
    std::unique_ptr<Project> project = parseAndOpen(cmd, args, &code);
    if (!project)
        return code;
    const QList<Problem> problems = Validator::validate(project->document());
    int errors = 0;
    int warnings = 0;
    for (const Problem &p : problems) {
        errors += p.severity == Problem::Severity::Error;
        warnings += p.severity == Problem::Severity::Warning;
    }
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Problem &p : problems)
            list.append(
                QJsonObject{{QStringLiteral("severity"), Problem::severityName(p.severity)},
                            {QStringLiteral("code"), p.code},
                            {QStringLiteral("message"), p.message},
                            {QStringLiteral("node"), p.node.isNull() ? QString() : idString(p.node)}});
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("problems"), list},
                                          {QStringLiteral("errors"), errors},
                                          {QStringLiteral("warnings"), warnings}})
                    .toJson(QJsonDocument::Indented));
    } else {
        for (const Problem &p : problems)
            out(QStringLiteral("%1: %2 [%3]")
                    .arg(Problem::severityName(p.severity), terminalSafe(p.message), p.code));
        out(QCoreApplication::translate("cw::cli", "%1, %2.")
                .arg(QCoreApplication::translate("cw::cli", "%n error(s)", nullptr, errors),
                     QCoreApplication::translate("cw::cli", "%n warning(s)", nullptr, warnings)));
    }
    return errors > 0 ? ValidationErrors : Success;
}

} // namespace cw::cli
