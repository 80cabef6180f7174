#include "export/targets/cmi5/cmi5manifest.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

const QString CourseStructure = QStringLiteral("https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd");

class Writer
{
public:
    explicit Writer(const Cmi5Manifest::Content &content)
        : c(content)
        , lang(content.language.trimmed().isEmpty() ? QStringLiteral("und") : content.language.trimmed())
        , xml(&out)
    {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
    }

    QByteArray write()
    {
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("courseStructure"));
        xml.writeDefaultNamespace(CourseStructure);
        xml.writeStartElement(QStringLiteral("course"));
        xml.writeAttribute(QStringLiteral("id"), c.courseId);
        text(QStringLiteral("title"), c.title.simplified());
        text(QStringLiteral("description"), c.description.trimmed());
        xml.writeEndElement(); // course
        for (const Cmi5Manifest::Au &au : c.aus)
            this->au(au);
        for (const Cmi5Manifest::Block &block : c.blocks)
            this->block(block);
        xml.writeEndElement(); // courseStructure
        xml.writeEndDocument();
        return out;
    }

private:
    // title and description are textType: required even when empty, one langstring each.
    void text(const QString &name, const QString &value)
    {
        xml.writeStartElement(name);
        xml.writeStartElement(QStringLiteral("langstring"));
        xml.writeAttribute(QStringLiteral("lang"), lang);
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void block(const Cmi5Manifest::Block &block)
    {
        // The XSD wants at least one AU in a block; an empty module has nothing to launch anyway.
        if (block.aus.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("block"));
        xml.writeAttribute(QStringLiteral("id"), block.id);
        text(QStringLiteral("title"), block.title.simplified());
        text(QStringLiteral("description"), block.description.trimmed());
        for (const Cmi5Manifest::Au &au : block.aus)
            this->au(au);
        xml.writeEndElement();
    }

    void au(const Cmi5Manifest::Au &au)
    {
        xml.writeStartElement(QStringLiteral("au"));
        xml.writeAttribute(QStringLiteral("id"), au.id);
        // Written even at its default: STANDARDS.md asks for moveOn explicitly, LMSs differ otherwise.
        xml.writeAttribute(QStringLiteral("moveOn"),
                           au.moveOn.isEmpty() ? QStringLiteral("NotApplicable") : au.moveOn);
        if (au.masteryScore && std::isfinite(*au.masteryScore))
            xml.writeAttribute(QStringLiteral("masteryScore"), decimal(*au.masteryScore));
        xml.writeAttribute(QStringLiteral("launchMethod"),
                           au.launchMethod.isEmpty() ? QStringLiteral("AnyWindow") : au.launchMethod);
        // XSD order: title, description, objectives?, url.
        text(QStringLiteral("title"), au.title.simplified());
        text(QStringLiteral("description"), au.description.trimmed());
        xml.writeTextElement(QStringLiteral("url"), au.url);
        xml.writeEndElement();
    }

    // xs:decimal in 0..1: fixed notation (never an exponent), no trailing zeros.
    static QString decimal(double value)
    {
        QString s = QString::number(std::clamp(value, 0.0, 1.0), 'f', 4);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return s;
    }

    const Cmi5Manifest::Content &c;
    const QString lang;
    QByteArray out;
    QXmlStreamWriter xml;
};

} // namespace

QByteArray Cmi5Manifest::write(const Content &content)
{
    return Writer(content).write();
}

} // namespace cw
