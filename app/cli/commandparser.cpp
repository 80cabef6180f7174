#include "commandparser.h"

#include "clioutput.h"

#include <QCoreApplication>

namespace cw::cli {

CommandParser::CommandParser(const QString &usage, const QString &description, const QStringList &positional)
    : m_usage(usage)
    , m_description(description)
    , m_positional(positional)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandParser::parse(const QStringList &args)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("coursewright-cli")} + args))
        return fail(m_parser.errorText() + QLatin1Char('\n') +
                        QCoreApplication::translate("cw::cli", "Usage: coursewright-cli %1").arg(m_usage),
                    UsageError);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(QCoreApplication::translate("cw::cli", "Usage: coursewright-cli %1").arg(m_usage));
        out(QString());
        out(m_description);
        const QString options = m_parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        if (at >= 0)
            out(QString());
        if (at >= 0)
            out(options.mid(at).trimmed());
        return Success;
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() != m_positional.size()) {
        const QString problem = given.size() < m_positional.size()
                                    ? QCoreApplication::translate("cw::cli", "missing %1")
                                          .arg(m_positional.mid(given.size()).join(QLatin1Char(' ')))
                                    : QCoreApplication::translate("cw::cli", "unexpected argument '%1'")
                                          .arg(terminalSafe(given.at(m_positional.size())));
        return fail(problem + QLatin1Char('\n') +
                        QCoreApplication::translate("cw::cli", "Usage: coursewright-cli %1").arg(m_usage),
                    UsageError);
    }
    return std::nullopt;
}

} // namespace cw::cli
