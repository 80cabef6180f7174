#include "kindicon.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace cw {

namespace {

// Short glyphs rather than pictures: they stay legible at 16 px and need no artwork.
QString glyph(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Course:
        return QStringLiteral("C");
    case NodeKind::Module:
        return QStringLiteral("M");
    case NodeKind::Page:
        return QStringLiteral("P");
    case NodeKind::Quiz:
        return QStringLiteral("Q");
    case NodeKind::Scenario:
        return QStringLiteral("S");
    case NodeKind::Heading:
        return QStringLiteral("H");
    case NodeKind::Text:
        return QStringLiteral("T");
    case NodeKind::Image:
        return QStringLiteral("Im");
    case NodeKind::Video:
        return QStringLiteral("Vi");
    case NodeKind::Audio:
        return QStringLiteral("Au");
    case NodeKind::Callout:
        return QStringLiteral("!");
    case NodeKind::Accordion:
        return QStringLiteral("Ac");
    case NodeKind::Tabs:
        return QStringLiteral("Tb");
    case NodeKind::Panel:
        return QStringLiteral("Pn");
    case NodeKind::Quote:
        return QStringLiteral("\u201c");
    case NodeKind::Divider:
        return QStringLiteral("\u2014");
    case NodeKind::SingleChoice:
        return QStringLiteral("1");
    case NodeKind::MultipleResponse:
        return QStringLiteral("N");
    case NodeKind::TrueFalse:
        return QStringLiteral("TF");
    case NodeKind::FillBlank:
        return QStringLiteral("__");
    case NodeKind::Matching:
        return QStringLiteral("Ma");
    case NodeKind::Sequencing:
        return QStringLiteral("Sq");
    case NodeKind::Numeric:
        return QStringLiteral("#");
    case NodeKind::Likert:
        return QStringLiteral("Lk");
    case NodeKind::ShortAnswer:
        return QStringLiteral("SA");
    case NodeKind::Choice:
        return QStringLiteral("c");
    case NodeKind::MatchPair:
        return QStringLiteral("mp");
    case NodeKind::SequenceItem:
        return QStringLiteral("st");
    case NodeKind::Variable:
        return QStringLiteral("x");
    case NodeKind::ScenarioNode:
        return QStringLiteral("sn");
    case NodeKind::ScenarioChoice:
        return QStringLiteral("\u2192");
    }
    return QStringLiteral("?");
}

QPixmap paint(NodeKind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(KindIcon::color(kind));
    p.drawRoundedRect(box, size * 0.22, size * 0.22);
    const QString text = glyph(kind);
    QFont font;
    font.setBold(true);
    font.setPixelSize(int(size * (text.size() > 1 ? 0.5 : 0.68)));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

QColor KindIcon::color(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Course:
        return QColor(0x37, 0x47, 0x4f);
    case NodeKind::Module:
        return QColor(0x15, 0x65, 0xc0);
    case NodeKind::Page:
        return QColor(0x2e, 0x7d, 0x32);
    case NodeKind::Quiz:
        return QColor(0x6a, 0x1b, 0x9a);
    case NodeKind::Scenario:
        return QColor(0xd8, 0x43, 0x15);
    case NodeKind::Choice:
    case NodeKind::MatchPair:
    case NodeKind::SequenceItem:
        return QColor(0x9c, 0x6a, 0xb0);
    case NodeKind::Variable:
        return QColor(0x6d, 0x4c, 0x41);
    case NodeKind::ScenarioNode:
    case NodeKind::ScenarioChoice:
        return QColor(0xef, 0x6c, 0x00);
    case NodeKind::Panel:
        return QColor(0x4d, 0xa0, 0x96);
    default:
        break;
    }
    if (isBlockKind(kind))
        return QColor(0x00, 0x79, 0x6b);
    if (isQuestionKind(kind))
        return QColor(0x8e, 0x24, 0xaa);
    return QColor(0x60, 0x60, 0x60);
}

QIcon KindIcon::icon(NodeKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paint(kind, size));
    cache.insert(int(kind), icon);
    return icon;
}

} // namespace cw
