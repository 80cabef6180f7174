#include "export/targets/xapi/tincanmanifest.h"

#include <QXmlStreamWriter>

namespace cw {

namespace {

const QString Tincan = QStringLiteral("http://projecttincan.com/tincan.xsd");
const QString CourseType = QStringLiteral("http://adlnet.gov/expapi/activities/course");

// xs:language needs a value; "und" (BCP 47 "undetermined") says honestly that none was given.
QString language(const QString &lang)
{
    const QString l = lang.trimmed();
    return l.isEmpty() ? QStringLiteral("und") : l;
}

} // namespace

QByteArray TincanManifest::write(const Content &content)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    const QString lang = language(content.language);

    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("tincan"));
    xml.writeDefaultNamespace(Tincan);
    xml.writeStartElement(QStringLiteral("activities"));
    xml.writeStartElement(QStringLiteral("activity"));
    xml.writeAttribute(QStringLiteral("id"), content.activityId);
    xml.writeAttribute(QStringLiteral("type"), CourseType);

    xml.writeStartElement(QStringLiteral("name"));
    xml.writeAttribute(QStringLiteral("lang"), lang);
    xml.writeCharacters(content.name.simplified());
    xml.writeEndElement();
    if (!content.description.trimmed().isEmpty()) {
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("lang"), lang);
        xml.writeCharacters(content.description.trimmed());
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("launch"));
    xml.writeAttribute(QStringLiteral("lang"), lang);
    xml.writeCharacters(content.launch);
    xml.writeEndElement();

    xml.writeEndElement(); // activity
    xml.writeEndElement(); // activities
    xml.writeEndElement(); // tincan
    xml.writeEndDocument();
    return out;
}

} // namespace cw
