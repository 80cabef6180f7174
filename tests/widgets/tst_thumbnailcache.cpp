// The Media dock's and the media fields' thumbnails: a photo's and a drawing's own picture, the
// kind's icon for a sound, a film or a file that does not read, and one render per file.

#include "assets/thumbnailcache.h"
#include "kindicon.h"
#include "model/assetinfo.h"
#include "model/assetsource.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QTest>

using namespace cw;

namespace {

// Files held in memory, counting how often each is read.
class MemorySource : public AssetSource
{
public:
    AssetInfo add(const QString &name, const QString &mimeType, const QByteArray &bytes)
    {
        const QString hash = QString(64, QLatin1Char('a' + m_files.size()));
        m_files.insert(hash, bytes);
        return AssetInfo{hash, name, mimeType, bytes.size(), 0, 0, 0};
    }
    CourseDocument *document() const override { return nullptr; }
    bool hasAssetData(const QString &hash) const override { return m_files.contains(hash); }
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *) const override
    {
        ++reads;
        const auto found = m_files.constFind(hash);
        return found != m_files.constEnd() && out.write(*found) == found->size();
    }

    mutable int reads = 0;

private:
    QHash<QString, QByteArray> m_files;
};

QByteArray png(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage shown(const QIcon &icon)
{
    return icon.pixmap(QSize(ThumbnailCache::Size, ThumbnailCache::Size)).toImage();
}

QColor centre(const QImage &image)
{
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

bool sameImage(const QIcon &a, const QIcon &b)
{
    return shown(a).convertToFormat(QImage::Format_ARGB32) == shown(b).convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void photoShowsItsOwnPicture();
    void drawingShowsItsOwnPicture();
    void drawingKeepsItsProportions();
    void otherMediaAndUnreadableFilesShowTheKindsIcon();
    void eachFileIsRenderedOnce();
};

void TestThumbnailCache::photoShowsItsOwnPicture()
{
    MemorySource source;
    const AssetInfo photo =
        source.add(QStringLiteral("red.png"), QStringLiteral("image/png"), png({40, 20}, Qt::red));
    ThumbnailCache cache;
    cache.setSource(&source);
    QCOMPARE(centre(shown(cache.iconFor(photo))), QColor(Qt::red));
}

void TestThumbnailCache::drawingShowsItsOwnPicture()
{
    MemorySource source;
    const AssetInfo drawing =
        source.add(QStringLiteral("logo.svg"), QStringLiteral("image/svg+xml"),
                   QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                                     "<rect width='10' height='10' fill='#00ff00'/></svg>"));
    ThumbnailCache cache;
    cache.setSource(&source);
    const QIcon icon = cache.iconFor(drawing);
    QCOMPARE(centre(shown(icon)), QColor(0, 255, 0));
    QVERIFY(!sameImage(icon, KindIcon::icon(NodeKind::Image)));
}

void TestThumbnailCache::drawingKeepsItsProportions()
{
    MemorySource source;
    // A wide banner: blue on the left half, yellow on the right.
    const AssetInfo banner =
        source.add(QStringLiteral("banner.svg"), QStringLiteral("image/svg+xml"),
                   QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 10'>"
                                     "<rect width='20' height='10' fill='#0000ff'/>"
                                     "<rect x='20' width='20' height='10' fill='#ffff00'/></svg>"));
    ThumbnailCache cache;
    cache.setSource(&source);
    const QList<QSize> sizes = cache.iconFor(banner).availableSizes();
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes.first(), QSize(ThumbnailCache::Size * 2, ThumbnailCache::Size / 2));
    const QImage image = cache.iconFor(banner).pixmap(sizes.first()).toImage();
    QCOMPARE(image.pixelColor(image.width() / 4, image.height() / 2), QColor(0, 0, 255));
    QCOMPARE(image.pixelColor(image.width() * 3 / 4, image.height() / 2), QColor(255, 255, 0));
}

void TestThumbnailCache::otherMediaAndUnreadableFilesShowTheKindsIcon()
{
    MemorySource source;
    const AssetInfo film =
        source.add(QStringLiteral("intro.mp4"), QStringLiteral("video/mp4"), "not a picture");
    const AssetInfo sound =
        source.add(QStringLiteral("voice.mp3"), QStringLiteral("audio/mpeg"), "not a picture");
    const AssetInfo brokenPhoto =
        source.add(QStringLiteral("cut.png"), QStringLiteral("image/png"), "\x89PNG cut off");
    const AssetInfo brokenDrawing = source.add(QStringLiteral("cut.svg"), QStringLiteral("image/svg+xml"),
                                               "<svg xmlns='http://www.w3.org/2000/svg'");
    ThumbnailCache cache;
    cache.setSource(&source);
    QVERIFY(sameImage(cache.iconFor(film), KindIcon::icon(NodeKind::Video)));
    QVERIFY(sameImage(cache.iconFor(sound), KindIcon::icon(NodeKind::Audio)));
    QVERIFY(sameImage(cache.iconFor(brokenPhoto), KindIcon::icon(NodeKind::Image)));
    QVERIFY(sameImage(cache.iconFor(brokenDrawing), KindIcon::icon(NodeKind::Image)));

    // Without a source (no project open) a photo also gets the icon.
    ThumbnailCache sourceless;
    const AssetInfo photo =
        source.add(QStringLiteral("red.png"), QStringLiteral("image/png"), png({4, 4}, Qt::red));
    QVERIFY(sameImage(sourceless.iconFor(photo), KindIcon::icon(NodeKind::Image)));
}

void TestThumbnailCache::eachFileIsRenderedOnce()
{
    MemorySource source;
    const AssetInfo photo =
        source.add(QStringLiteral("red.png"), QStringLiteral("image/png"), png({4, 4}, Qt::red));
    ThumbnailCache cache;
    cache.setSource(&source);
    cache.iconFor(photo);
    cache.iconFor(photo);
    QCOMPARE(source.reads, 1);
    // A new source (another project) starts afresh.
    cache.setSource(&source);
    cache.iconFor(photo);
    QCOMPARE(source.reads, 2);
}

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
