#include "export/runtimetext.h"

#include <QList>

#include <cctype>

namespace cw {

namespace {

bool isBlank(const QByteArray &line)
{
    return line.trimmed().isEmpty();
}

QByteArray joinedWithoutBlankLines(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QByteArray &line : text.split('\n')) {
        if (isBlank(line))
            continue;
        out += line;
        out += '\n';
    }
    return out;
}

} // namespace

QByteArray RuntimeText::packaged(const QString &fileName, const QByteArray &text)
{
    if (fileName.endsWith(QLatin1String(".js")))
        return withoutCommentLines(text);
    if (fileName.endsWith(QLatin1String(".css")))
        return withoutCssComments(text);
    return text;
}

QByteArray RuntimeText::withoutCommentLines(const QByteArray &script)
{
    const QList<QByteArray> lines = script.split('\n');
    for (const QByteArray &line : lines) {
        QByteArray end = line;
        if (end.endsWith('\r'))
            end.chop(1);
        if (line.count('`') % 2 != 0 || end.endsWith('\\'))
            return script; // a line may be inside a string: leave the file as it is
    }
    QByteArray out;
    out.reserve(script.size());
    for (const QByteArray &line : lines) {
        const QByteArray code = line.trimmed();
        if (code.isEmpty() || code.startsWith("//"))
            continue;
        out += line;
        out += '\n';
    }
    return out;
}

QByteArray RuntimeText::withoutCssComments(const QByteArray &style)
{
    QByteArray out;
    out.reserve(style.size());
    const qsizetype n = style.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = style.at(i);
        if (c == '"' || c == '\'') {
            // A CSS string ends at the same quote not escaped by a backslash.
            qsizetype j = i + 1;
            while (j < n && style.at(j) != c) {
                if (style.at(j) == '\n')
                    return style; // a string may not span lines: not CSS this code understands
                j += style.at(j) == '\\' ? 2 : 1;
            }
            if (j >= n)
                return style;
            out += style.mid(i, j + 1 - i);
            i = j + 1;
        } else if (c == '/' && i + 1 < n && style.at(i + 1) == '*') {
            const qsizetype close = style.indexOf("*/", i + 2);
            if (close < 0)
                return style;
            // Only a comment between declarations or rules goes: one inside a selector or a value
            // may separate two tokens ("a/**/.b", "1px/**/2px"), and removing it would join them.
            const bool before = out.isEmpty() || std::isspace(uchar(out.back())) || out.back() == ';' ||
                                out.back() == '{' || out.back() == '}';
            const bool after = close + 2 >= n || std::isspace(uchar(style.at(close + 2)));
            if (!before || !after)
                out += style.mid(i, close + 2 - i);
            i = close + 2;
        } else {
            out += c;
            ++i;
        }
    }
    return joinedWithoutBlankLines(out);
}

} // namespace cw
