#pragma once
// One finding of validation: what the editor lists with jump-to-node, the CLI prints and
// export preflight checks.

#include <QString>
#include <QUuid>

namespace cw {

struct Problem
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QUuid node;      // the node to jump to; null for course-wide problems
    QString code;    // stable, for --json consumers and tests: "empty-module", "image-no-alt", ...
    QString message; // translated, names the item ("Page “Intro” has no blocks.")

    static QString severityName(Severity severity); // "info", "warning", "error" (not translated)
};

} // namespace cw
