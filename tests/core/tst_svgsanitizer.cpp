// SVG assets are cleaned to a safe subset (SvgSanitizer): every hostile file of tests/data/svg-hostile
// comes out with nothing that runs, loads or links, drawings keep their shapes, cleaning twice
// changes nothing, and the cleaned bytes are what import stores, `load` refers to and export ships.
#include "export/exporter.h"
#include "export/playerpackage.h"
#include "model/coursedocument.h"
#include "store/assetblobs.h"
#include "store/project.h"
#include "store/sqlitestatement.h"
#include "store/svgsanitizer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

#include <sqlite3.h>

using namespace cw;

namespace {

const QString kSvgNs = QStringLiteral("http://www.w3.org/2000/svg");
const QString kXmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");
// The hostile files fetch from __HIT__; here it is an address nothing listens on.
const QByteArray kHit = "http://127.0.0.1:9/hit/";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray hostile(const QString &name)
{
    return readFile(QStringLiteral(CW_TEST_DATA_DIR "/svg-hostile/") + name).replace("__HIT__", kHit);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList dataFiles(const QString &folder)
{
    return QDir(QStringLiteral(CW_TEST_DATA_DIR "/") + folder)
        .entryList({QStringLiteral("*.svg")}, QDir::Files);
}

// The files that cannot be made safe by dropping parts: their DTD declares entities, or they use
// entities an external DTD would have to define.
const QSet<QString> kRefused = {QStringLiteral("billion-laughs.svg"), QStringLiteral("xxe.svg"),
                                QStringLiteral("xxe-parameter-entity.svg"),
                                QStringLiteral("external-dtd-entity.svg")};

// Written out here rather than taken from the class, so the test checks the class.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"svg",
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
                                 "feTurbulence"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

// Every problem found in a cleaned document; empty when it is inert.
QStringList forbiddenIn(const QByteArray &svg)
{
    QStringList problems;
    static const QRegularExpression localUrl(QStringLiteral("^\\s*url\\(['\"]?#[A-Za-z0-9_.:-]+['\"]?\\)"));
    static const QRegularExpression rasterData(QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp);base64,"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto checkCss = [&](const QString &where, const QString &value) {
        const QString lower = value.toLower();
        if (lower.contains(u'\\') || lower.contains(u'@') || lower.contains(QLatin1String("image-set")) ||
            lower.contains(QLatin1String("expression(")) || lower.contains(QLatin1String("javascript:")))
            problems << where + QStringLiteral(": suspicious CSS ") + value;
        for (qsizetype at = lower.indexOf(QLatin1String("url(")); at >= 0;
             at = lower.indexOf(QLatin1String("url("), at + 4)) {
            if (!localUrl.match(lower.mid(at)).hasMatch())
                problems << where + QStringLiteral(": external url() in ") + value;
        }
    };
    if (svg.contains(kHit))
        problems << QStringLiteral("the hit address survived");
    QXmlStreamReader reader(svg);
    QString element;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            problems << QStringLiteral("a DTD");
            break;
        case QXmlStreamReader::ProcessingInstruction:
            problems << QStringLiteral("a processing instruction");
            break;
        case QXmlStreamReader::Comment:
            problems << QStringLiteral("a comment");
            break;
        case QXmlStreamReader::EntityReference:
            problems << QStringLiteral("an entity reference");
            break;
        case QXmlStreamReader::StartElement: {
            element = reader.name().toString();
            if (reader.namespaceUri() != kSvgNs || !allowedElements().contains(element))
                problems << QStringLiteral("element {%1}%2").arg(reader.namespaceUri().toString(), element);
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                const QString name = a.name().toString();
                const QString value = a.value().toString();
                const QString where = element + u'@' + a.qualifiedName().toString();
                if (!a.namespaceUri().isEmpty() && a.namespaceUri() != kXmlNs)
                    problems << where + QStringLiteral(": namespaced attribute");
                if (name.startsWith(QLatin1String("on"), Qt::CaseInsensitive))
                    problems << where + QStringLiteral(": event handler");
                if (name == QLatin1String("href")) {
                    if (!(value.startsWith(u'#') ||
                          (element == QLatin1String("image") && rasterData.match(value).hasMatch())))
                        problems << where + QStringLiteral(": reference ") + value.left(60);
                    continue;
                }
                if (name == QLatin1String("src") || name == QLatin1String("data") ||
                    name == QLatin1String("srcdoc"))
                    problems << where + QStringLiteral(": loads ") + value;
                checkCss(where, value);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (element == QLatin1String("style"))
                checkCss(QStringLiteral("<style>"), reader.text().toString());
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        problems << QStringLiteral("the output is not well-formed: ") + reader.errorString();
    return problems;
}

// Drawing elements in the SVG namespace, by name: what a drawing must keep.
QMap<QString, int> shapes(const QByteArray &svg)
{
    static const QSet<QString> drawing = {
        QStringLiteral("path"),     QStringLiteral("rect"),           QStringLiteral("circle"),
        QStringLiteral("ellipse"),  QStringLiteral("line"),           QStringLiteral("polyline"),
        QStringLiteral("polygon"),  QStringLiteral("text"),           QStringLiteral("tspan"),
        QStringLiteral("use"),      QStringLiteral("linearGradient"), QStringLiteral("radialGradient"),
        QStringLiteral("stop"),     QStringLiteral("symbol"),         QStringLiteral("marker"),
        QStringLiteral("clipPath"), QStringLiteral("filter"),         QStringLiteral("feGaussianBlur"),
        QStringLiteral("feMerge"),  QStringLiteral("image"),          QStringLiteral("g")};
    QMap<QString, int> counts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.namespaceUri() == kSvgNs &&
            drawing.contains(reader.name().toString()))
            ++counts[reader.name().toString()];
    }
    return counts;
}

// The characters inside <text> elements, as a parser reads them.
QString textOf(const QByteArray &svg)
{
    QString text;
    int inText = 0;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.name() == QLatin1String("text"))
            ++inText;
        else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("text"))
            --inText;
        else if (token == QXmlStreamReader::Characters && inText > 0)
            text += reader.text();
    }
    return text;
}

AssetInfo svgAsset(const QString &hash, const QString &name, qint64 size)
{
    AssetInfo asset;
    asset.hash = hash;
    asset.name = name;
    asset.mimeType = QStringLiteral("image/svg+xml");
    asset.size = size;
    return asset;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestSvgSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileFilesComeOutInert_data();
    void hostileFilesComeOutInert();
    void entitiesAreRefused_data();
    void entitiesAreRefused();
    void drawingsKeepTheirShapes();
    void cleaningTwiceChangesNothing_data();
    void cleaningTwiceChangesNothing();
    void whatIsNotAnSvgIsRefused_data();
    void whatIsNotAnSvgIsRefused();
    void importStoresTheCleanedBytes();
    void importRefusesAnSvgThatCannotBeCleaned();
    void loadMovesReferencesToTheCleanedFile();
    void exportShipsCleanedBytesOfAnUncleanedAsset();
};

void TestSvgSanitizer::hostileFilesComeOutInert_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = dataFiles(QStringLiteral("svg-hostile"));
    QVERIFY(files.size() >= 20);
    for (const QString &file : files) {
        if (!kRefused.contains(file))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestSvgSanitizer::hostileFilesComeOutInert()
{
    QFETCH(QString, file);
    const QByteArray raw = hostile(file);
    QVERIFY(!forbiddenIn(raw).isEmpty()); // the file really is hostile
    QString error;
    const std::optional<QByteArray> cleaned = SvgSanitizer::clean(raw, &error);
    QVERIFY2(cleaned, qPrintable(error));
    const QStringList problems = forbiddenIn(*cleaned);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(*cleaned)));
    QVERIFY(!cleaned->contains("pwned"));
}

void TestSvgSanitizer::entitiesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : kRefused)
        QTest::newRow(qPrintable(file)) << file;
}

void TestSvgSanitizer::entitiesAreRefused()
{
    QFETCH(QString, file);
    QString error;
    QVERIFY(!SvgSanitizer::clean(hostile(file), &error));
    QVERIFY2(error.contains(QLatin1String("entit")), qPrintable(error));
}

void TestSvgSanitizer::drawingsKeepTheirShapes()
{
    for (const QString &file : dataFiles(QStringLiteral("svg-benign"))) {
        const QByteArray raw = readFile(QStringLiteral(CW_TEST_DATA_DIR "/svg-benign/") + file);
        QString error;
        const std::optional<QByteArray> cleaned = SvgSanitizer::clean(raw, &error);
        QVERIFY2(cleaned, qPrintable(file + u' ' + error));
        QVERIFY2(forbiddenIn(*cleaned).isEmpty(), qPrintable(forbiddenIn(*cleaned).join(u'\n')));
        QCOMPARE(shapes(*cleaned), shapes(raw));
        QVERIFY(!shapes(raw).isEmpty());
    }
    const auto cleanedFile = [](const char *name) {
        return SvgSanitizer::clean(
                   readFile(QStringLiteral(CW_TEST_DATA_DIR "/svg-benign/") + QLatin1String(name)), nullptr)
            .value_or(QByteArray());
    };
    const QByteArray inkscape = cleanedFile("inkscape-drawing.svg");
    for (const char *kept :
         {"viewBox=\"0 0 210 120\"", "href=\"#linearGradient1\"", "href=\"#box\"", "fill=\"url(#radial1)\"",
          "fill:url(#linearGradient2)", "filter:url(#shadow)", "marker-end=\"url(#arrow)\"",
          "clip-path=\"url(#clip1)\"", "transform=\"translate(5,5)\"", "Plan &amp; prepare",
          "font-family:'DejaVu Sans', sans-serif", "xml:space=\"preserve\"", ">Process overview</title>",
          "stop-color=\"hsl(210, 60%, 40%)\"", "stroke-dasharray=\"2 1\""})
        QVERIFY2(inkscape.contains(kept), kept);
    QVERIFY(!inkscape.contains("inkscape") && !inkscape.contains("sodipodi") && !inkscape.contains("rdf"));
    const QByteArray illustrator = cleanedFile("illustrator-drawing.svg");
    for (const char *kept : {".st0{fill:#FF0000}", ".st2{fill:url(#SVGID_1_)}", "Caption text", "<switch>",
                             "transform=\"matrix(1 0 0 1 10 95)\"", "href=\"data:image/png;base64,iVBOR"})
        QVERIFY2(illustrator.contains(kept), kept);
    QVERIFY(!illustrator.contains("example.com")); // the link went, its path stayed (counted above)
}

void TestSvgSanitizer::cleaningTwiceChangesNothing_data()
{
    QTest::addColumn<QByteArray>("svg");
    for (const QString &file : dataFiles(QStringLiteral("svg-hostile"))) {
        if (!kRefused.contains(file))
            QTest::newRow(qPrintable(file)) << hostile(file);
    }
    for (const QString &file : dataFiles(QStringLiteral("svg-benign")))
        QTest::newRow(qPrintable(file)) << readFile(QStringLiteral(CW_TEST_DATA_DIR "/svg-benign/") + file);
    const QString utf16 =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>\u00e9t\u00e9</text></svg>");
    QTest::newRow("utf-16") << QByteArray("\xff\xfe") +
                                   QByteArray(reinterpret_cast<const char *>(utf16.utf16()),
                                              2 * utf16.size());
    QTest::newRow("whitespace and cdata")
        << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'>\r\n <text> a\tb <![CDATA[<&>]]> </text>\n"
                      "<rect title='a\nb' x='&#10;1'/><style>a { fill : red } b{}</style></svg>");
    // A parser turns a literal carriage return into a line feed but keeps one written as a reference.
    QTest::newRow("carriage return references")
        << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><text>a&#13;b&#xd;&#xa;c&#13;</text>"
                      "<style>a{fill:red;&#13;}</style><rect class='a&#13;b'/></svg>");
}

void TestSvgSanitizer::cleaningTwiceChangesNothing()
{
    QFETCH(QByteArray, svg);
    QString error;
    const std::optional<QByteArray> once = SvgSanitizer::clean(svg, &error);
    QVERIFY2(once, qPrintable(error));
    const std::optional<QByteArray> twice = SvgSanitizer::clean(*once, &error);
    QVERIFY2(twice, qPrintable(error));
    QCOMPARE(*twice, *once);
    QCOMPARE(textOf(*once), textOf(svg)); // and the words are the author's, whitespace included
}

void TestSvgSanitizer::whatIsNotAnSvgIsRefused_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not xml") << QByteArray("\x89PNG\r\n\x1a\n") << QStringLiteral("well-formed");
    QTest::newRow("broken") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>")
                            << QStringLiteral("line 1");
    QTest::newRow("html") << QByteArray(
                                 "<html xmlns='http://www.w3.org/1999/xhtml'><script>x</script></html>")
                          << QStringLiteral("not an SVG");
    QTest::newRow("no namespace") << QByteArray("<svg onload='x'><rect/></svg>")
                                  << QStringLiteral("namespace");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << QStringLiteral(".svgz");
    QTest::newRow("too large") << QByteArray(SvgSanitizer::MaxBytes + 1, ' ') << QStringLiteral("too large");
    QByteArray deep = "<svg xmlns='http://www.w3.org/2000/svg'>";
    for (int i = 0; i < 300; ++i)
        deep += "<g>";
    for (int i = 0; i < 300; ++i)
        deep += "</g>";
    QTest::newRow("too deep") << deep + "</svg>" << QStringLiteral("deep");
}

void TestSvgSanitizer::whatIsNotAnSvgIsRefused()
{
    QFETCH(QByteArray, svg);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SvgSanitizer::clean(svg, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSvgSanitizer::importStoresTheCleanedBytes()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Project> project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    // By name, and by content alone (no extension).
    for (const QString &name : {QStringLiteral("diagram.svg"), QStringLiteral("diagram")}) {
        const QByteArray raw = hostile(QStringLiteral("script-plain.svg"));
        const QByteArray expected = SvgSanitizer::clean(raw, nullptr).value_or(QByteArray());
        QVERIFY(!expected.isEmpty() && expected != raw);
        writeFile(dir.filePath(name), raw);
        QString sourceHash;
        const std::optional<AssetInfo> info =
            project->file().importAsset(dir.filePath(name), &error, &sourceHash);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(sourceHash, sha256(raw));
        QCOMPARE(info->hash, sha256(expected));
        QCOMPARE(info->size, expected.size());
        QByteArray stored;
        QBuffer buffer(&stored);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY2(project->file().writeAssetTo(info->hash, buffer, &error), qPrintable(error));
        QCOMPARE(stored, expected);
        QVERIFY(!project->file().hasAssetData(sha256(raw)));
    }
}

void TestSvgSanitizer::importRefusesAnSvgThatCannotBeCleaned()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Project> project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("laughs.svg"));
    writeFile(path, hostile(QStringLiteral("billion-laughs.svg")));
    QVERIFY(!project->file().importAsset(path, &error));
    QVERIFY2(error.contains(QLatin1String("laughs.svg")) && error.contains(QLatin1String("entities")),
             qPrintable(error));
}

void TestSvgSanitizer::loadMovesReferencesToTheCleanedFile()
{
    // What `coursewright-cli load DIR FILE` does with a folder form whose course.json lists the
    // hash of a hostile SVG.
    QTemporaryDir dir;
    const QByteArray raw = hostile(QStringLiteral("onload-root.svg"));
    const QByteArray cleaned = SvgSanitizer::clean(raw, nullptr).value_or(QByteArray());
    QVERIFY(!cleaned.isEmpty() && cleaned != raw);
    writeFile(dir.filePath(sha256(raw) + QStringLiteral(".svg")), raw);

    CourseData data;
    data.root = CourseDocument::createCourseTree();
    Node *page = data.root->children().front()->children().front().get();
    auto image = CourseDocument::createNode(NodeKind::Image);
    image->setProperty(QStringLiteral("asset"), sha256(raw));
    const QUuid imageId = image->id();
    page->appendChild(std::move(image));
    data.assets.append(svgAsset(sha256(raw), QStringLiteral("logo.svg"), raw.size()));
    QString error;
    std::unique_ptr<Project> project = Project::createNew(std::move(data), &error);
    QVERIFY2(project, qPrintable(error));
    const auto locate = [&dir](const AssetInfo &asset, QString *) {
        return dir.filePath(asset.hash + QStringLiteral(".svg"));
    };
    QVERIFY2(project->importListedMedia(locate, &error), qPrintable(error));
    const CourseDocument &doc = project->document();
    QCOMPARE(doc.node(imageId)->string(QStringLiteral("asset")), sha256(cleaned));
    QCOMPARE(doc.assets().keys(), QStringList{sha256(cleaned)});
    QCOMPARE(doc.asset(sha256(cleaned))->name, QStringLiteral("logo.svg"));
    QCOMPARE(doc.asset(sha256(cleaned))->size, cleaned.size());
    QVERIFY(!doc.undoStack()->canUndo());

    // Saved and opened again, the course refers to bytes the file holds.
    const QString path = dir.filePath(QStringLiteral("course.cwcourse"));
    QVERIFY2(project->file().saveAs(path, &error), qPrintable(error));
    project.reset();
    std::unique_ptr<Project> reopened = Project::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().node(imageId)->string(QStringLiteral("asset")), sha256(cleaned));
    QVERIFY(reopened->file().hasAssetData(sha256(cleaned)));
}

void TestSvgSanitizer::exportShipsCleanedBytesOfAnUncleanedAsset()
{
    // A project written before SVGs were cleaned on import: the raw bytes go straight into its store.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cwcourse"));
    QString error;
    {
        std::unique_ptr<Project> project = Project::createNew(std::nullopt, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY2(project->file().saveAs(path, &error), qPrintable(error));
    }
    const QByteArray raw = hostile(QStringLiteral("handlers-everywhere.svg"));
    const QString rawHash = sha256(raw);
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QVERIFY(SqliteStatement::execute(db, "BEGIN", &error));
        const auto fill = [&raw, offset = qint64(0)](char *out, qint64 length, QString *) mutable {
            std::copy_n(raw.constData() + offset, length, out);
            offset += length;
            return true;
        };
        QVERIFY2(AssetBlobs::write(db, rawHash, raw.size(), fill, &error), qPrintable(error));
        QVERIFY2(SqliteStatement::execute(db, "COMMIT", &error), qPrintable(error));
        sqlite3_close(db);
    }
    std::unique_ptr<Project> project = Project::open(path, &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    const AssetInfo asset = svgAsset(rawHash, QStringLiteral("chart.svg"), raw.size());
    QVERIFY(doc.addAsset(asset));
    const Node *page = doc.root()->children().front()->children().front().get();
    const Node *image = doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Image), &error);
    QVERIFY2(image, qPrintable(error));
    QVERIFY(doc.setProperty(image->id(), QStringLiteral("asset"), rawHash, true));
    QVERIFY(doc.setProperty(image->id(), QStringLiteral("alt"), QStringLiteral("Chart"), true));

    for (const QString &out :
         {dir.filePath(QStringLiteral("site")), dir.filePath(QStringLiteral("site.zip"))}) {
        Exporter::Options options;
        options.outputPath = out;
        options.force = true;
        const Exporter::Result result = Exporter::run(doc, project->file(), options);
        QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    }
    const QByteArray shipped =
        readFile(dir.filePath(QStringLiteral("site/")) + PlayerPackage::mediaPath(asset));
    QCOMPARE(shipped, SvgSanitizer::clean(raw, nullptr).value_or(QByteArray("?")));
    QVERIFY(forbiddenIn(shipped).isEmpty());
}

QTEST_GUILESS_MAIN(TestSvgSanitizer)
#include "tst_svgsanitizer.moc"
