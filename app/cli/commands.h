#pragma once
// The subcommands of coursewright-cli. Each takes its own arguments (after the subcommand name)
// and returns an exit code from clioutput.h.

#include <QStringList>

namespace cw::cli {

int runNew(const QStringList &args);
int runInfo(const QStringList &args);
int runValidate(const QStringList &args);
int runDump(const QStringList &args);
int runLoad(const QStringList &args);
int runExport(const QStringList &args);

} // namespace cw::cli
