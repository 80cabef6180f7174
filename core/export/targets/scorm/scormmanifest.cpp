#include "export/targets/scorm/scormmanifest.h"

#include <QXmlStreamWriter>

namespace cw {

namespace {

// STANDARDS.md: 1.2 allows 200 characters of title; 2004 LMSs show about as much.
constexpr qsizetype MaxTitle = 200;

const QString Ims12 = QStringLiteral("http://www.imsproject.org/xsd/imscp_rootv1p1p2");
const QString Adlcp12 = QStringLiteral("http://www.adlnet.org/xsd/adlcp_rootv1p2");
const QString Ims2004 = QStringLiteral("http://www.imsglobal.org/xsd/imscp_v1p1");
const QString Adlcp2004 = QStringLiteral("http://www.adlnet.org/xsd/adlcp_v1p3");
const QString Adlseq = QStringLiteral("http://www.adlnet.org/xsd/adlseq_v1p3");
const QString Adlnav = QStringLiteral("http://www.adlnet.org/xsd/adlnav_v1p3");
const QString Imsss = QStringLiteral("http://www.imsglobal.org/xsd/imsss");
const QString Xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString title(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > MaxTitle)
        t = t.left(t.at(MaxTitle - 1).isHighSurrogate() ? MaxTitle - 1 : MaxTitle);
    return t.isEmpty() ? QStringLiteral("Course") : t;
}

class Writer
{
public:
    explicit Writer(const ScormManifest::Content &content)
        : c(content)
        , is12(content.edition == ScormManifest::Edition::Scorm12)
        , xml(&out)
    {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
    }

    QByteArray write()
    {
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("manifest"));
        // The literal prefixes: Moodle looks them up by name.
        xml.writeDefaultNamespace(is12 ? Ims12 : Ims2004);
        xml.writeNamespace(is12 ? Adlcp12 : Adlcp2004, QStringLiteral("adlcp"));
        if (!is12) {
            xml.writeNamespace(Adlseq, QStringLiteral("adlseq"));
            xml.writeNamespace(Adlnav, QStringLiteral("adlnav"));
            xml.writeNamespace(Imsss, QStringLiteral("imsss"));
        }
        xml.writeNamespace(Xsi, QStringLiteral("xsi"));
        xml.writeAttribute(QStringLiteral("identifier"), c.identifier);
        xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
        xml.writeAttribute(Xsi, QStringLiteral("schemaLocation"), schemaLocation());

        xml.writeStartElement(QStringLiteral("metadata"));
        xml.writeTextElement(QStringLiteral("schema"), QStringLiteral("ADL SCORM"));
        xml.writeTextElement(QStringLiteral("schemaversion"), ScormManifest::schemaVersion(c.edition));
        xml.writeEndElement();

        organizations();
        resources();
        xml.writeEndElement(); // manifest
        xml.writeEndDocument();
        return out;
    }

private:
    QString schemaLocation() const
    {
        if (is12)
            return Ims12 + QStringLiteral(" imscp_rootv1p1p2.xsd ") + Adlcp12 +
                   QStringLiteral(" adlcp_rootv1p2.xsd");
        return Ims2004 + QStringLiteral(" imscp_v1p1.xsd ") + Adlcp2004 + QStringLiteral(" adlcp_v1p3.xsd ") +
               Adlseq + QStringLiteral(" adlseq_v1p3.xsd ") + Adlnav + QStringLiteral(" adlnav_v1p3.xsd ") +
               Imsss + QStringLiteral(" imsss_v1p0.xsd");
    }

    QString organizationId() const { return ScormManifest::xmlId(QStringLiteral("ORG-"), c.key); }
    static QString itemId(const ScormManifest::Sco &sco)
    {
        return ScormManifest::xmlId(QStringLiteral("ITEM-"), sco.key);
    }
    static QString resourceId(const ScormManifest::Sco &sco)
    {
        return ScormManifest::xmlId(QStringLiteral("RES-"), sco.key);
    }
    QString sharedId() const { return ScormManifest::xmlId(QStringLiteral("SHARED-"), c.key); }

    void organizations()
    {
        xml.writeStartElement(QStringLiteral("organizations"));
        xml.writeAttribute(QStringLiteral("default"), organizationId());
        xml.writeStartElement(QStringLiteral("organization"));
        xml.writeAttribute(QStringLiteral("identifier"), organizationId());
        if (!is12)
            xml.writeAttribute(Adlseq, QStringLiteral("objectivesGlobalToSystem"), QStringLiteral("false"));
        xml.writeTextElement(QStringLiteral("title"), title(c.title));
        for (const ScormManifest::Sco &sco : c.scos)
            item(sco);
        if (!is12) {
            // Flow lets the LMS offer Continue/Previous between SCOs, choice its table of contents.
            xml.writeStartElement(Imsss, QStringLiteral("sequencing"));
            xml.writeEmptyElement(Imsss, QStringLiteral("controlMode"));
            xml.writeAttribute(QStringLiteral("choice"), QStringLiteral("true"));
            xml.writeAttribute(QStringLiteral("flow"), QStringLiteral("true"));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // organization
        xml.writeEndElement(); // organizations
    }

    void item(const ScormManifest::Sco &sco)
    {
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeAttribute(QStringLiteral("identifier"), itemId(sco));
        xml.writeAttribute(QStringLiteral("identifierref"), resourceId(sco));
        xml.writeTextElement(QStringLiteral("title"), title(sco.title));
        if (is12) {
            if (sco.masteryScore)
                xml.writeTextElement(Adlcp12, QStringLiteral("masteryscore"),
                                     QString::number(*sco.masteryScore));
        } else {
            xml.writeStartElement(Imsss, QStringLiteral("sequencing"));
            if (sco.masteryScore) {
                xml.writeStartElement(Imsss, QStringLiteral("objectives"));
                xml.writeStartElement(Imsss, QStringLiteral("primaryObjective"));
                xml.writeAttribute(QStringLiteral("objectiveID"),
                                   ScormManifest::xmlId(QStringLiteral("OBJ-"), sco.key));
                xml.writeAttribute(QStringLiteral("satisfiedByMeasure"), QStringLiteral("true"));
                xml.writeTextElement(Imsss, QStringLiteral("minNormalizedMeasure"),
                                     QString::number(*sco.masteryScore / 100.0, 'f', 2));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            // Without these, the LMS marks a SCO completed and satisfied merely for launching.
            xml.writeEmptyElement(Imsss, QStringLiteral("deliveryControls"));
            xml.writeAttribute(QStringLiteral("completionSetByContent"), QStringLiteral("true"));
            xml.writeAttribute(QStringLiteral("objectiveSetByContent"), QStringLiteral("true"));
            xml.writeEndElement(); // sequencing
        }
        xml.writeEndElement(); // item
    }

    void resources()
    {
        xml.writeStartElement(QStringLiteral("resources"));
        for (const ScormManifest::Sco &sco : c.scos) {
            resource(resourceId(sco), QStringLiteral("sco"), sco.href, sco.files);
            if (!c.sharedFiles.isEmpty()) {
                xml.writeEmptyElement(QStringLiteral("dependency"));
                xml.writeAttribute(QStringLiteral("identifierref"), sharedId());
            }
            xml.writeEndElement();
        }
        if (!c.sharedFiles.isEmpty()) {
            resource(sharedId(), QStringLiteral("asset"), {}, c.sharedFiles);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // resources
    }

    // Leaves the <resource> open for its dependencies.
    void resource(const QString &id, const QString &type, const QString &href, const QStringList &files)
    {
        xml.writeStartElement(QStringLiteral("resource"));
        xml.writeAttribute(QStringLiteral("identifier"), id);
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("webcontent"));
        // 1.2 spells it in lower case, 2004 in camel case; each LMS reads only its own.
        if (is12)
            xml.writeAttribute(Adlcp12, QStringLiteral("scormtype"), type);
        else
            xml.writeAttribute(Adlcp2004, QStringLiteral("scormType"), type);
        if (!href.isEmpty())
            xml.writeAttribute(QStringLiteral("href"), href);
        for (const QString &file : files) {
            xml.writeEmptyElement(QStringLiteral("file"));
            xml.writeAttribute(QStringLiteral("href"), file);
        }
    }

    const ScormManifest::Content &c;
    const bool is12;
    QByteArray out;
    QXmlStreamWriter xml;
};

} // namespace

QByteArray ScormManifest::write(const Content &content)
{
    return Writer(content).write();
}

QString ScormManifest::xmlId(const QString &prefix, const QString &text)
{
    QString id = prefix;
    for (const QChar ch : text) {
        const bool safe = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') ||
                          (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'_' || ch == u'.';
        id += safe ? ch : QChar(u'_');
    }
    return id;
}

QString ScormManifest::schemaVersion(Edition edition)
{
    switch (edition) {
    case Edition::Scorm12:
        return QStringLiteral("1.2");
    case Edition::Scorm2004Third:
        return QStringLiteral("2004 3rd Edition");
    case Edition::Scorm2004Fourth:
        break;
    }
    return QStringLiteral("2004 4th Edition");
}

} // namespace cw
