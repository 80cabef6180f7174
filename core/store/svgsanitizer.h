#pragma once
// Turns an SVG file into a safe subset of itself: the shapes, paths, gradients, text, filters and
// transforms stay; script, event handlers, foreignObject, animation, links, DTDs and every
// reference outside the document go. A package serves media from its own origin, so an SVG opened
// directly must not be able to run anything there.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cw {

class SvgSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(cw::SvgSanitizer)

public:
    // Larger SVG files are refused: a designer's drawing is far smaller, a hostile one may not be.
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 256;

    // The cleaned document (UTF-8), or nullopt with a message a designer understands (not
    // well-formed XML, not an SVG, too large, entities declared, ...). clean(clean(x)) == clean(x).
    static std::optional<QByteArray> clean(const QByteArray &svg, QString *error);

    // Whether a file is treated as SVG (and so must be cleaned): by its MIME type, its name, or
    // the first few kilobytes of its content.
    static bool isSvg(const QString &mimeType, const QString &fileName, const QByteArray &head = {});
};

} // namespace cw
