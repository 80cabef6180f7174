// Fuzz harness for `coursewright-cli load`'s reading side: canonical JSON in, then everything the
// CLI and the editor do with a course they accepted. Invariants, not only "no crash":
// - a refusal carries a message; an accepted course has a course at its top;
// - validation and the duration estimate finish, every problem names a node of the course (or
//   none) and has a code and a message, the estimate is a finite, non-negative figure;
// - the canonical write-back reads again, and writing that gives the same bytes (dump, load, dump);
// - the re-read course validates and estimates the same;
// - every node's properties survive the project file's row form (compact JSON, read back).

#include "fuzzcheck.h"

#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/durationestimate.h"
#include "validate/validator.h"

#include <QJsonDocument>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

using cw::fuzz::check;
using cw::fuzz::shown;

// Problems in a stable order, so two validations of the same course compare equal.
QStringList problemLines(const QList<cw::Problem> &problems)
{
    QStringList lines;
    for (const cw::Problem &p : problems)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(cw::Problem::severityName(p.severity), cw::idString(p.node), p.code, p.message);
    lines.sort();
    return lines;
}

struct Findings
{
    QStringList problems;
    double seconds = 0;
    int words = 0;
};

Findings examine(const cw::CourseDocument &doc)
{
    const QList<cw::Problem> problems = cw::Validator::validate(doc);
    for (const cw::Problem &p : problems) {
        check(!p.code.isEmpty(), "a problem has a code", p.message);
        check(!p.message.isEmpty(), "a problem has a message", p.code);
        check(p.node.isNull() || doc.node(p.node), "a problem names a node of the course",
              p.code + QLatin1Char(' ') + cw::idString(p.node));
    }
    const cw::DurationEstimate estimate(doc);
    Findings f{problemLines(problems), estimate.seconds(*doc.root()), estimate.words(*doc.root())};
    check(std::isfinite(f.seconds) && f.seconds >= 0, "the estimate is a finite, non-negative duration",
          QString::number(f.seconds));
    check(f.words >= 0, "the word count is not negative", QString::number(f.words));
    return f;
}

// What the project file stores per row and reads back on open.
void checkRowForm(const cw::Node &node)
{
    const QJsonObject props =
        cw::CourseJson::nodeToJson(node, false).value(QStringLiteral("props")).toObject();
    const QByteArray row = QJsonDocument(props).toJson(QJsonDocument::Compact);
    QJsonParseError parseError;
    const QJsonDocument reparsed = QJsonDocument::fromJson(row, &parseError);
    check(parseError.error == QJsonParseError::NoError && reparsed.isObject(),
          "a node's row form is a JSON object", parseError.errorString() + QLatin1Char(' ') + shown(row));
    cw::Node copy(node.kind(), node.id());
    QString error;
    check(cw::CourseJson::readProperties(copy, reparsed.object(), QStringLiteral("row"), &error),
          "a node's row form reads back", error + QLatin1Char(' ') + shown(row));
    check(copy.properties() == node.properties(), "a node's properties survive the row form", shown(row));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    std::optional<cw::CourseData> course = cw::CourseJson::read(input, &error);
    if (!course) {
        check(!error.isEmpty(), "a refused course says why");
        return 0;
    }
    check(course->root && course->root->kind() == cw::NodeKind::Course,
          "an accepted course has a course at its top");

    const cw::CourseDocument doc(std::move(course->root), course->assets);
    const Findings first = examine(doc);
    doc.root()->walk([](const cw::Node *node) { checkRowForm(*node); });

    const QByteArray written = cw::CourseJson::write(*doc.root(), doc.assets());
    std::optional<cw::CourseData> again = cw::CourseJson::read(written, &error);
    check(again.has_value(), "the canonical write-back reads again",
          error + QLatin1Char('\n') + shown(written, 2000));
    const cw::CourseDocument reread(std::move(again->root), again->assets);
    const QByteArray rewritten = cw::CourseJson::write(*reread.root(), reread.assets());
    check(rewritten == written, "dump, load, dump is byte-identical",
          shown(written, 2000) + QStringLiteral("\n--- became ---\n") + shown(rewritten, 2000));

    const Findings second = examine(reread);
    check(second.problems == first.problems, "the re-read course has the same problems",
          first.problems.join(QLatin1Char('\n')) + QStringLiteral("\n--- became ---\n") +
              second.problems.join(QLatin1Char('\n')));
    check(second.words == first.words &&
              std::abs(second.seconds - first.seconds) <= 1e-6 * (1 + first.seconds),
          "the re-read course has the same estimate",
          QStringLiteral("%1 s, %2 words became %3 s, %4 words")
              .arg(first.seconds)
              .arg(first.words)
              .arg(second.seconds)
              .arg(second.words));
    return 0;
}
