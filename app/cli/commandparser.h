#pragma once
// A QCommandLineParser for one subcommand, with the checks every subcommand repeats:
// unknown options, the number of positional arguments, --help.

#include <QCommandLineParser>

#include <optional>

namespace cw::cli {

class CommandParser
{
public:
    // usage: e.g. "info FILE [--json]"; positional: names of the required arguments.
    CommandParser(const QString &usage, const QString &description, const QStringList &positional);

    QCommandLineParser &parser() { return m_parser; }
    // Parses args; returns an exit code to stop with (help shown or usage error), or nullopt to go on.
    std::optional<int> parse(const QStringList &args);
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }

private:
    QCommandLineParser m_parser;
    QString m_usage;
    QString m_description;
    QStringList m_positional;
};

} // namespace cw::cli
