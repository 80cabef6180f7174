#pragma once
// Validates XML against an XSD with xmllint (libxml2-utils, a test package in scripts/lib.sh):
// Qt has no XML Schema validator, and libxml2's is the one validators and LMS vendors use.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace cw::test {

// What xmllint said against `schema` ("" when `xml` is valid; its message otherwise).
inline QString xmllintErrors(const QString &schema, const QByteArray &xml)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("document.xml"));
    QFile out(file);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size())
        return QStringLiteral("cannot write %1").arg(file);
    out.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                           QStringLiteral("--schema"), schema, file});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint (libxml2-utils) did not run");
    if (lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0)
        return {};
    const QString said = QString::fromUtf8(lint.readAllStandardError()).trimmed();
    return said.isEmpty() ? QStringLiteral("xmllint exited with %1").arg(lint.exitCode()) : said;
}

} // namespace cw::test
