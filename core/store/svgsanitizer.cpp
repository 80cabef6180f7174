#include "svgsanitizer.h"

#include "svgstyle.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace cw {

namespace {

const QString kSvgNs = QStringLiteral("http://www.w3.org/2000/svg");
const QString kXlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kXmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");

QSet<QString> nameSet(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QLatin1String(name));
    return set;
}

// Elements that draw or describe a drawing. Not here, so dropped with everything inside: script,
// foreignObject, animate*, set, discard, handler, listener, feImage, iframe, video, audio, font...
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = nameSet({"svg",
                                                "g",
                                                "defs",
                                                "symbol",
                                                "use",
                                                "switch",
                                                "title",
                                                "desc",
                                                "path",
                                                "rect",
                                                "circle",
                                                "ellipse",
                                                "line",
                                                "polyline",
                                                "polygon",
                                                "text",
                                                "tspan",
                                                "textPath",
                                                "linearGradient",
                                                "radialGradient",
                                                "stop",
                                                "pattern",
                                                "clipPath",
                                                "mask",
                                                "marker",
                                                "image",
                                                "style",
                                                "filter",
                                                "feBlend",
                                                "feColorMatrix",
                                                "feComponentTransfer",
                                                "feComposite",
                                                "feConvolveMatrix",
                                                "feDiffuseLighting",
                                                "feDisplacementMap",
                                                "feDistantLight",
                                                "feDropShadow",
                                                "feFlood",
                                                "feFuncA",
                                                "feFuncB",
                                                "feFuncG",
                                                "feFuncR",
                                                "feGaussianBlur",
                                                "feMerge",
                                                "feMergeNode",
                                                "feMorphology",
                                                "feOffset",
                                                "fePointLight",
                                                "feSpecularLighting",
                                                "feSpotLight",
                                                "feTile",
                                                "feTurbulence"});
    return names;
}

// Elements whose own behaviour goes but whose content is part of the drawing: a link's shapes.
const QSet<QString> &unwrappedElements()
{
    static const QSet<QString> names = nameSet({"a"});
    return names;
}

// Elements whose href may name another element of the same document.
const QSet<QString> &localHrefElements()
{
    static const QSet<QString> names =
        nameSet({"use", "textPath", "linearGradient", "radialGradient", "pattern", "filter"});
    return names;
}

// Attributes without a namespace: geometry, filters, text, accessibility. No event handler, no
// href (handled apart), nothing that loads. Presentation attributes are the CSS properties
// SvgStyle allows (SvgStyle::isAllowedProperty), so the two lists cannot drift apart.
const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names = nameSet({"id",
                                                "class",
                                                "style",
                                                "lang",
                                                "role",
                                                "tabindex",
                                                "version",
                                                "baseProfile",
                                                "viewBox",
                                                "preserveAspectRatio",
                                                "x",
                                                "y",
                                                "width",
                                                "height",
                                                "x1",
                                                "y1",
                                                "x2",
                                                "y2",
                                                "cx",
                                                "cy",
                                                "r",
                                                "rx",
                                                "ry",
                                                "fx",
                                                "fy",
                                                "fr",
                                                "d",
                                                "points",
                                                "pathLength",
                                                "dx",
                                                "dy",
                                                "rotate",
                                                "textLength",
                                                "lengthAdjust",
                                                "startOffset",
                                                "method",
                                                "spacing",
                                                "side",
                                                "offset",
                                                "gradientUnits",
                                                "gradientTransform",
                                                "spreadMethod",
                                                "patternUnits",
                                                "patternContentUnits",
                                                "patternTransform",
                                                "clipPathUnits",
                                                "maskUnits",
                                                "maskContentUnits",
                                                "markerWidth",
                                                "markerHeight",
                                                "markerUnits",
                                                "refX",
                                                "refY",
                                                "orient",
                                                "filterUnits",
                                                "primitiveUnits",
                                                "in",
                                                "in2",
                                                "result",
                                                "stdDeviation",
                                                "mode",
                                                "operator",
                                                "k1",
                                                "k2",
                                                "k3",
                                                "k4",
                                                "values",
                                                "type",
                                                "tableValues",
                                                "slope",
                                                "intercept",
                                                "amplitude",
                                                "exponent",
                                                "scale",
                                                "xChannelSelector",
                                                "yChannelSelector",
                                                "kernelMatrix",
                                                "order",
                                                "divisor",
                                                "bias",
                                                "targetX",
                                                "targetY",
                                                "edgeMode",
                                                "preserveAlpha",
                                                "radius",
                                                "baseFrequency",
                                                "numOctaves",
                                                "seed",
                                                "stitchTiles",
                                                "surfaceScale",
                                                "specularConstant",
                                                "specularExponent",
                                                "diffuseConstant",
                                                "kernelUnitLength",
                                                "azimuth",
                                                "elevation",
                                                "pointsAtX",
                                                "pointsAtY",
                                                "pointsAtZ",
                                                "limitingConeAngle",
                                                "z",
                                                "systemLanguage",
                                                "aria-label",
                                                "aria-labelledby",
                                                "aria-describedby",
                                                "aria-hidden"});
    return names;
}

// Free text rather than a CSS-like value: kept as written.
bool isTextAttribute(const QString &name)
{
    return name == QLatin1String("id") || name == QLatin1String("class") || name == QLatin1String("lang") ||
           name == QLatin1String("role") || name == QLatin1String("systemLanguage") ||
           name.startsWith(QLatin1String("aria-"));
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool isLocalReference(const QString &href)
{
    static const QRegularExpression pattern(QStringLiteral("^#[A-Za-z0-9_.:-]+$"));
    return pattern.match(href).hasMatch();
}

// Raster images only: an SVG inside <image> is what this class exists to remove.
bool isRasterDataUrl(const QString &href)
{
    static const QRegularExpression pattern(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\\s]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(href).hasMatch();
}

// The href an element may keep (as a plain SVG 2 href), or an empty string.
QString cleanHref(const QString &element, const QString &href)
{
    const QString trimmed = href.trimmed();
    if (localHrefElements().contains(element) && isLocalReference(trimmed))
        return trimmed;
    if (element == QLatin1String("image") && isRasterDataUrl(trimmed))
        return trimmed;
    return {};
}

struct Attribute
{
    QString namespaceUri; // empty or the XML namespace
    QString name;
    QString value;
};

QList<Attribute> cleanAttributes(const QString &element, const QXmlStreamAttributes &attributes)
{
    QList<Attribute> kept;
    QString href;
    QString xlinkHref;
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QString ns = attribute.namespaceUri().toString();
        const QString name = attribute.name().toString();
        const QString value = attribute.value().toString();
        if (ns.isEmpty() && name == QLatin1String("href")) {
            href = value;
        } else if (ns == kXlinkNs && name == QLatin1String("href")) {
            xlinkHref = value;
        } else if (ns == kXmlNs && (name == QLatin1String("space") || name == QLatin1String("lang"))) {
            if (!hasControlCharacters(value))
                kept << Attribute{kXmlNs, name, value};
        } else if (ns.isEmpty() &&
                   (allowedAttributes().contains(name) || SvgStyle::isAllowedProperty(name))) {
            if (name == QLatin1String("style")) {
                const QString style = SvgStyle::cleanDeclarations(value);
                if (!style.isEmpty())
                    kept << Attribute{{}, name, style};
            } else if (isTextAttribute(name) ? !hasControlCharacters(value) : SvgStyle::isSafeValue(value)) {
                kept << Attribute{{}, name, value};
            }
        }
    }
    // SVG 2 prefers href over xlink:href when both are given; only the one that counts is checked.
    const QString safe = cleanHref(element, href.isNull() ? xlinkHref : href);
    if (!safe.isEmpty())
        kept << Attribute{{}, QStringLiteral("href"), safe};
    return kept;
}

class Cleaner
{
public:
    explicit Cleaner(const QByteArray &svg)
        : m_reader(svg)
        , m_writer(&m_out)
    {}

    std::optional<QByteArray> run(QString *error);

private:
    static void fail(QString *error, const QString &message);
    void skipElement(); // the current start element and everything inside it
    void writeText(const QString &text);

    QXmlStreamReader m_reader;
    QByteArray m_out;
    QXmlStreamWriter m_writer;
    bool m_rootSeen = false;
    int m_depth = 0;
    // For each open element that was kept or unwrapped: whether it was written (closed on its end).
    QList<bool> m_written;
    QString m_styleText; // the text of the <style> being read
    bool m_inStyle = false;
};

void Cleaner::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void Cleaner::skipElement()
{
    int depth = 1;
    while (depth > 0 && !m_reader.atEnd()) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        else if (token == QXmlStreamReader::EndElement)
            --depth;
    }
}

// A carriage return reaches the text only from a character reference (the parser turns a literal one
// into a line feed), and QXmlStreamWriter writes it raw, so the next parse would read a line feed:
// it is written as a reference again, and the text survives any number of cleanings unchanged.
void Cleaner::writeText(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_writer.writeEntityReference(QStringLiteral("#13"));
        if (!lines[i].isEmpty())
            m_writer.writeCharacters(lines[i]);
    }
}

std::optional<QByteArray> Cleaner::run(QString *error)
{
    m_writer.setAutoFormatting(false);
    m_writer.writeStartDocument();
    while (!m_reader.atEnd()) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // Entities can expand a small file into gigabytes (billion laughs) or name files on
            // this computer (XXE): refused. A plain DOCTYPE says nothing the browser needs.
            if (!m_reader.entityDeclarations().isEmpty()) {
                fail(error, SvgSanitizer::tr("The SVG declares XML entities (<!ENTITY> in its DOCTYPE), "
                                             "which are not accepted. Export it again without them."));
                return std::nullopt;
            }
            break;
        case QXmlStreamReader::EntityReference:
            fail(error, SvgSanitizer::tr("The SVG refers to an XML entity that is not defined in it."));
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            const QString ns = m_reader.namespaceUri().toString();
            const QString name = m_reader.name().toString();
            if (!m_rootSeen) {
                m_rootSeen = true;
                if (ns != kSvgNs || name != QLatin1String("svg")) {
                    fail(error, SvgSanitizer::tr("This is not an SVG image: its root element is not <svg> "
                                                 "in the SVG namespace (xmlns=\"%1\").")
                                    .arg(kSvgNs));
                    return std::nullopt;
                }
            }
            if (++m_depth > SvgSanitizer::MaxDepth) {
                fail(error, SvgSanitizer::tr("The SVG nests elements more than %1 deep.")
                                .arg(SvgSanitizer::MaxDepth));
                return std::nullopt;
            }
            if (m_inStyle || ns != kSvgNs ||
                (!allowedElements().contains(name) && !unwrappedElements().contains(name))) {
                skipElement();
                --m_depth;
                break;
            }
            if (unwrappedElements().contains(name)) {
                m_written << false;
                break;
            }
            if (name == QLatin1String("style")) {
                m_inStyle = true;
                m_styleText.clear();
                m_written << false;
                break;
            }
            if (m_written.isEmpty() && m_depth == 1) // the root
                m_writer.writeDefaultNamespace(kSvgNs);
            m_writer.writeStartElement(kSvgNs, name);
            for (const Attribute &attribute : cleanAttributes(name, m_reader.attributes())) {
                if (attribute.namespaceUri.isEmpty())
                    m_writer.writeAttribute(attribute.name, attribute.value);
                else
                    m_writer.writeAttribute(QStringLiteral("xml:") + attribute.name, attribute.value);
            }
            m_written << true;
            break;
        }
        case QXmlStreamReader::EndElement:
            --m_depth;
            if (m_inStyle) {
                m_inStyle = false;
                m_written.removeLast();
                const QString sheet = SvgStyle::cleanSheet(m_styleText);
                if (!sheet.isEmpty()) {
                    m_writer.writeStartElement(kSvgNs, QStringLiteral("style"));
                    writeText(sheet);
                    m_writer.writeEndElement();
                }
                break;
            }
            if (!m_written.isEmpty() && m_written.takeLast())
                m_writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (m_inStyle)
                m_styleText += m_reader.text();
            else if (m_depth > 0)
                writeText(m_reader.text().toString());
            break;
        default: // comments, processing instructions, the XML declaration
            break;
        }
    }
    if (m_reader.hasError()) {
        if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_rootSeen) {
            fail(error, SvgSanitizer::tr("The file is empty or is not an SVG image."));
            return std::nullopt;
        }
        fail(error, SvgSanitizer::tr("The SVG is not well-formed XML (line %1, column %2): %3")
                        .arg(m_reader.lineNumber())
                        .arg(m_reader.columnNumber())
                        .arg(m_reader.errorString()));
        return std::nullopt;
    }
    if (!m_rootSeen) {
        fail(error, SvgSanitizer::tr("The file is empty or is not an SVG image."));
        return std::nullopt;
    }
    m_writer.writeEndDocument();
    m_out.append('\n');
    return m_out;
}

} // namespace

std::optional<QByteArray> SvgSanitizer::clean(const QByteArray &svg, QString *error)
{
    if (svg.size() > MaxBytes) {
        if (error)
            *error = tr("The SVG is too large (%1 MB); at most %2 MB are accepted.")
                         .arg((svg.size() + 1024 * 1024 - 1) / (1024 * 1024))
                         .arg(MaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (svg.startsWith("\x1f\x8b")) {
        if (error)
            *error = tr("Compressed SVG (.svgz) is not accepted; save the image as plain SVG.");
        return std::nullopt;
    }
    return Cleaner(svg).run(error);
}

bool SvgSanitizer::isSvg(const QString &mimeType, const QString &fileName, const QByteArray &head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return mimeType.startsWith(QLatin1String("image/svg")) || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("svgz") ||
           (!head.isEmpty() &&
            QMimeDatabase().mimeTypeForData(head).inherits(QStringLiteral("image/svg+xml")));
}

} // namespace cw
