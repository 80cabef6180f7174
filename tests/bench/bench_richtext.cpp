// How RichText::sanitize scales with hostile input: each kind at growing sizes, with the time per
// MB and the ratio of the largest size's time per MB to the smallest's (about 1 when linear).
// Run on demand:
//   cmake --build build --target bench_richtext && build/tests/bench/bench_richtext [--max-mb 10]
#include "model/richtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

using namespace cw;

namespace {

struct Kind
{
    const char *name;
    std::function<QString(qsizetype bytes)> make;
};

QString repeated(const QString &unit, qsizetype bytes)
{
    return unit.repeated(std::max<qsizetype>(1, bytes / unit.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QLatin1String("--max-mb"));
    const double maxMb = at >= 0 && at + 1 < args.size() ? args[at + 1].toDouble() : 10.0;

    const QList<Kind> kinds = {
        {"ampersands", [](qsizetype n) { return repeated(QStringLiteral("&"), n); }},
        {"named entities", [](qsizetype n) { return repeated(QStringLiteral("&eacute;"), n); }},
        {"plain text", [](qsizetype n) { return repeated(QStringLiteral("word "), n); }},
        {"paragraphs", [](qsizetype n) { return repeated(QStringLiteral("<p>a <b>b</b> c</p>"), n); }},
        {"nested <b>", [](qsizetype n) { return repeated(QStringLiteral("<b>"), n); }},
        {"nested <b> + text",
         [](qsizetype n) {
             return repeated(QStringLiteral("<b>"), n / 2) + repeated(QStringLiteral("x"), n / 2);
         }},
        {"nested <div>", [](qsizetype n) { return repeated(QStringLiteral("<div>"), n); }},
        {"unclosed <a", [](qsizetype n) { return repeated(QStringLiteral("<a"), n); }},
        {"unclosed <a>", [](qsizetype n) { return repeated(QStringLiteral("<a>x"), n); }},
        {"<p><b x=N></p>",
         [](qsizetype n) {
             QString s;
             for (int i = 0; s.size() < n; ++i)
                 s += QStringLiteral("<div><p><b x=%1>t</p></div>").arg(i);
             return s;
         }},
        {"distinct attributes",
         [](qsizetype n) {
             QString s = QStringLiteral("<a ");
             for (int i = 0; s.size() < n; ++i)
                 s += QStringLiteral("x%1 ").arg(i);
             return s + QStringLiteral("href=https://a.b/>t");
         }},
        {"comments", [](qsizetype n) { return repeated(QStringLiteral("<!--x-->"), n); }},
    };

    QTextStream out(stdout);
    out << "| input | size MB | ms | ms per MB |\n|---|---:|---:|---:|\n";
    QList<std::pair<QString, double>> ratios;
    for (const Kind &kind : kinds) {
        double first = 0;
        double last = 0;
        for (double mb = maxMb / 16; mb <= maxMb * 1.001; mb *= 2) {
            const QString input = kind.make(qsizetype(mb * 1024 * 1024));
            const double size = double(input.toUtf8().size()) / (1024 * 1024);
            QElapsedTimer timer;
            timer.start();
            const QString output = RichText::sanitize(input);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double perMb = ms / size;
            if (first == 0)
                first = perMb;
            last = perMb;
            out << "| " << kind.name << " | " << QString::number(size, 'f', 2) << " | "
                << QString::number(ms, 'f', 1) << " | " << QString::number(perMb, 'f', 1) << " |\n";
            out.flush();
        }
        ratios.append({QString::fromLatin1(kind.name), last / first});
    }
    out << "\n| input | ms per MB, largest / smallest |\n|---|---:|\n";
    for (const auto &[name, ratio] : ratios)
        out << "| " << name << " | " << QString::number(ratio, 'f', 2) << " |\n";
    return 0;
}
