// The page editor: every block of a page in one column, edited in place; the palette, reordering
// by keyboard, buttons and drop; duplicate and delete; accordion sections; an image's thumbnail.

#include "assets/thumbnailcache.h"
#include "editors/kindpalette.h"
#include "editors/page/blockcard.h"
#include "editors/page/pageeditor.h"
#include "inspector/fields/referencefields.h"
#include "inspector/nodeform.h"
#include "model/assetsource.h"
#include "model/coursedocument.h"
#include "model/node.h"
#include "model/schema.h"
#include "richtext/richtextedit.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

namespace {

// One in-memory PNG as the course's only media file.
class OneImage : public AssetSource
{
public:
    OneImage()
    {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        info = AssetInfo{QString(64, QLatin1Char('a')),
                         QStringLiteral("red.png"),
                         QStringLiteral("image/png"),
                         bytes.size(),
                         40,
                         20,
                         0};
    }
    CourseDocument *document() const override { return nullptr; }
    bool hasAssetData(const QString &hash) const override { return hash == info.hash; }
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *) const override
    {
        return hash == info.hash && out.write(bytes) == bytes.size();
    }

    QByteArray bytes;
    AssetInfo info;
};

} // namespace

class TestPageEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyBlockInOrderEditedInPlace();
    void typingIsOneUndoStep();
    void paletteAddsAfterTheCurrentBlock();
    void paletteWrapsInANarrowWindow();
    void aOneFieldBlockIsNamedOnce();
    void focusInABlockMakesItCurrent();
    void reorderByKeyboardButtonsAndDrop();
    void duplicateAndDelete();
    void accordionSections();
    void imageShowsItsThumbnail();
    void editsElsewhereKeepTheCards();
    void selectingABlockShowsItsPage();
    void everyControlNamedAndTabFollowsTheLayout();

private:
    const Node *page() const { return m_doc->node(m_page); }
    const Node *block(int i) const { return page()->child(i); }
    const Node *add(NodeKind kind)
    {
        return m_doc->insertNode(m_page, page()->childCount(), CourseDocument::createNode(kind));
    }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    void showWindow()
    {
        m_editor->resize(900, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<PageEditor> m_editor;
    ThumbnailCache m_thumbnails;
    QUuid m_page;
};

void TestPageEditor::init()
{
    m_doc = std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
    m_page = m_doc->root()->child(0)->child(0)->id();
    m_editor = std::make_unique<PageEditor>(&m_thumbnails);
    m_editor->setDocument(m_doc.get());
}

void TestPageEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    m_thumbnails.setSource(nullptr);
}

void TestPageEditor::everyBlockInOrderEditedInPlace()
{
    const QList<NodeKind> kinds = Schema::instance().kind(NodeKind::Page).childKinds;
    for (NodeKind kind : kinds)
        add(kind);
    m_editor->setNode(m_page);
    QCOMPARE(m_editor->page(), m_page);
    QCOMPARE(m_editor->cards().size(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i) {
        BlockCard *card = m_editor->cards().at(i);
        QCOMPARE(card->block(), block(i)->id());
        // Each property of the block has its field in the card.
        for (const QString &key : NodeForm::editableKeys(kinds.at(i)))
            QVERIFY2(card->form()->editorFor(key),
                     qPrintable(kindName(kinds.at(i)) + QLatin1Char('.') + key));
    }
    // The palette offers every kind a page takes.
    for (NodeKind kind : kinds)
        QVERIFY(m_editor->blockPalette()->action(kind));
    QVERIFY(m_editor->titleForm()->editorFor(QStringLiteral("title")));
}

void TestPageEditor::typingIsOneUndoStep()
{
    const Node *text = add(NodeKind::Text);
    stack()->clear();
    m_editor->setNode(m_page);
    showWindow();
    auto *edit =
        qobject_cast<RichTextEdit *>(m_editor->cards().at(0)->form()->editorFor(QStringLiteral("html")));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Hello there"));
    QCOMPARE(text->string(QStringLiteral("html")), QStringLiteral("<p>Hello there</p>"));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QVERIFY(text->string(QStringLiteral("html")).isEmpty());
    QVERIFY(edit->toPlainText().isEmpty());
}

void TestPageEditor::paletteAddsAfterTheCurrentBlock()
{
    add(NodeKind::Heading);
    add(NodeKind::Text);
    m_editor->setNode(block(0)->id());
    showWindow();
    QCOMPARE(m_editor->currentBlock(), block(0)->id());
    QSignalSpy current(m_editor.get(), &PageEditor::currentBlockChanged);
    m_editor->blockPalette()->action(NodeKind::Image)->trigger();
    QCOMPARE(page()->childCount(), 3);
    QCOMPARE(block(1)->kind(), NodeKind::Image);
    QCOMPARE(m_editor->currentBlock(), block(1)->id());
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).at(0).toUuid(), block(1)->id());
    // The keyboard is in the new block, ready for its first field.
    BlockCard *card = m_editor->cardFor(block(1)->id());
    QVERIFY(card && card->isCurrent());
    QVERIFY(card->isAncestorOf(QApplication::focusWidget()));
    // Without a current block, new blocks go at the end.
    m_editor->setNode(m_page);
    m_editor->addBlock(NodeKind::Divider);
    QCOMPARE(page()->child(3)->kind(), NodeKind::Divider);
}

void TestPageEditor::paletteWrapsInANarrowWindow()
{
    showWindow();
    KindPalette *palette = m_editor->blockPalette();
    const QList<QToolButton *> buttons = palette->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), Schema::instance().kind(NodeKind::Page).childKinds.size());
    const auto allShownWhole = [&] {
        for (QToolButton *button : buttons) {
            const QRect shown = button->geometry();
            if (!button->isVisible() || !palette->rect().contains(shown) ||
                shown.width() < button->sizeHint().width())
                return false;
        }
        return true;
    };
    const auto lines = [&] {
        QSet<int> tops;
        for (QToolButton *button : buttons)
            tops.insert(button->y());
        return tops.size();
    };
    // Wide: one line. Narrow (the editor's share of a 1024-pixel window): more lines, every kind
    // still shown whole with its name, none behind an overflow arrow.
    m_editor->resize(1400, 700);
    QTRY_VERIFY(allShownWhole());
    QCOMPARE(lines(), 1);
    const int wideHeight = palette->height();
    m_editor->resize(640, 700);
    QTRY_VERIFY(lines() > 1);
    QTRY_VERIFY(allShownWhole());
    QVERIFY(palette->height() > wideHeight);
    for (QToolButton *button : buttons)
        QVERIFY(!button->text().isEmpty());
}

void TestPageEditor::aOneFieldBlockIsNamedOnce()
{
    add(NodeKind::Text);
    add(NodeKind::Heading);
    m_editor->setNode(m_page);
    const auto shownLabels = [](BlockCard *card) {
        QStringList texts;
        for (QLabel *label : card->form()->findChildren<QLabel *>()) {
            if (!label->isHidden() && !label->text().isEmpty())
                texts << label->text();
        }
        return texts;
    };
    // A text block's card says "Text" in its header; its one field needs no second "Text" label,
    // but a screen reader still hears the field's name.
    BlockCard *text = m_editor->cards().at(0);
    QVERIFY(shownLabels(text).isEmpty());
    QCOMPARE(
        text->form()->editorFor(QStringLiteral("html"))->accessibleName(),
        Schema::propertyLabel(*Schema::instance().kind(NodeKind::Text).property(QStringLiteral("html"))));
    // A heading has two fields: both keep their labels.
    QCOMPARE(shownLabels(m_editor->cards().at(1)).size(), 2);
}

void TestPageEditor::focusInABlockMakesItCurrent()
{
    add(NodeKind::Heading);
    add(NodeKind::Quote);
    m_editor->setNode(m_page);
    showWindow();
    QSignalSpy current(m_editor.get(), &PageEditor::currentBlockChanged);
    m_editor->cards().at(1)->form()->editorFor(QStringLiteral("attribution"))->setFocus();
    QTRY_COMPARE(m_editor->currentBlock(), block(1)->id());
    QCOMPARE(current.size(), 1);
    QVERIFY(m_editor->cards().at(1)->isCurrent());
    QVERIFY(!m_editor->cards().at(0)->isCurrent());
}

void TestPageEditor::reorderByKeyboardButtonsAndDrop()
{
    const QUuid a = add(NodeKind::Heading)->id();
    const QUuid b = add(NodeKind::Text)->id();
    const QUuid c = add(NodeKind::Quote)->id();
    const auto order = [this] {
        QList<QUuid> ids;
        for (const auto &child : page()->children())
            ids << child->id();
        return ids;
    };
    m_editor->setNode(m_page);
    showWindow();
    // Alt+Up in the quote's field.
    QWidget *quote = m_editor->cardFor(c)->form()->editorFor(QStringLiteral("text"));
    quote->setFocus();
    QTRY_COMPARE(m_editor->currentBlock(), c);
    QTest::keyClick(quote->window(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(order(), (QList<QUuid>{a, c, b}));
    // The cards follow, and the keyboard stays in the moved block.
    QCOMPARE(m_editor->cards().at(1)->block(), c);
    QVERIFY(m_editor->cardFor(c)->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(order(), (QList<QUuid>{a, b, c}));
    // The card's button.
    m_editor->cardFor(a)->button(QStringLiteral("moveDown"))->click();
    QCOMPARE(order(), (QList<QUuid>{b, a, c}));
    // A drop between blocks: gap 3 is after the last one.
    QVERIFY(m_editor->moveBlockTo(b, 3));
    QCOMPARE(order(), (QList<QUuid>{a, c, b}));
    QVERIFY(!m_editor->moveBlockTo(b, 3)); // already there
    QVERIFY(m_editor->moveBlockTo(b, 0));
    QCOMPARE(order(), (QList<QUuid>{b, a, c}));
    // Each move is one undo step.
    stack()->undo();
    QCOMPARE(order(), (QList<QUuid>{a, c, b}));
}

void TestPageEditor::duplicateAndDelete()
{
    const Node *quote = add(NodeKind::Quote);
    QVERIFY(m_doc->setProperty(quote->id(), QStringLiteral("text"), QStringLiteral("Less is more"), true));
    add(NodeKind::Divider);
    m_editor->setNode(m_page);
    m_editor->cards().at(0)->button(QStringLiteral("duplicate"))->click();
    QCOMPARE(page()->childCount(), 3);
    QCOMPARE(block(1)->kind(), NodeKind::Quote);
    QCOMPARE(block(1)->string(QStringLiteral("text")), QStringLiteral("Less is more"));
    QVERIFY(block(1)->id() != block(0)->id());
    QCOMPARE(m_editor->currentBlock(), block(1)->id());
    QCOMPARE(m_editor->cards().size(), 3);
    const QUuid divider = block(2)->id();
    m_editor->cards().at(1)->button(QStringLiteral("remove"))->click();
    QCOMPARE(page()->childCount(), 2);
    QCOMPARE(m_editor->cards().size(), 2);
    // The designer lands on the next block.
    QCOMPARE(m_editor->currentBlock(), divider);
    stack()->undo();
    QCOMPARE(m_editor->cards().size(), 3);
}

void TestPageEditor::accordionSections()
{
    const Node *accordion = add(NodeKind::Accordion);
    const int sections = accordion->childCount();
    m_editor->setNode(m_page);
    showWindow();
    BlockCard *card = m_editor->cards().at(0);
    QCOMPARE(card->sectionForms().size(), sections);
    card->form()->editorFor(QStringLiteral("title"))->setFocus();
    card->addSection();
    QCOMPARE(accordion->childCount(), sections + 1);
    card = m_editor->cards().at(0);
    QCOMPARE(card->sectionForms().size(), sections + 1);
    // The new section's title has the keyboard: typing names it.
    QWidget *title = card->sectionForms().last()->editorFor(QStringLiteral("title"));
    QCOMPARE(QApplication::focusWidget(), title);
    QTest::keyClicks(title, QStringLiteral("Costs"));
    QCOMPARE(accordion->child(sections)->string(QStringLiteral("title")), QStringLiteral("Costs"));
    // Its text is edited in place as well.
    QVERIFY(qobject_cast<RichTextEdit *>(card->sectionForms().last()->editorFor(QStringLiteral("html"))));
    const QList<QToolButton *> removes = card->findChildren<QToolButton *>(QStringLiteral("sectionRemove"));
    QCOMPARE(removes.size(), sections + 1);
    removes.last()->click();
    QCOMPARE(accordion->childCount(), sections);
}

void TestPageEditor::imageShowsItsThumbnail()
{
    OneImage source;
    m_thumbnails.setSource(&source);
    QVERIFY(m_doc->addAsset(source.info));
    const Node *image = add(NodeKind::Image);
    m_editor->setNode(m_page);
    auto *field = qobject_cast<AssetField *>(m_editor->cards().at(0)->form()->field(QStringLiteral("asset")));
    QVERIFY(field);
    QVERIFY(field->preview()->isHidden()); // nothing picked yet
    QVERIFY(m_doc->setProperty(image->id(), QStringLiteral("asset"), source.info.hash, true));
    QVERIFY(!field->preview()->isHidden());
    const QImage shown = field->preview()->pixmap().toImage();
    QVERIFY(!shown.isNull());
    // The picture is the file's (red), not a generic icon.
    QCOMPARE(QColor(shown.pixel(shown.width() / 2, shown.height() / 2)), QColor(Qt::red));
}

void TestPageEditor::editsElsewhereKeepTheCards()
{
    add(NodeKind::Text);
    m_editor->setNode(m_page);
    const QPointer<BlockCard> card = m_editor->cards().at(0);
    // Another page's new block and a property edit leave this page's cards (and the focus,
    // cursor and scroll position in them) alone.
    const Node *module = m_doc->root()->child(0);
    const Node *other = m_doc->insertNode(module->id(), 1, CourseDocument::createNode(NodeKind::Page));
    m_doc->insertNode(other->id(), 0, CourseDocument::createNode(NodeKind::Heading));
    QVERIFY(m_doc->setProperty(m_page, QStringLiteral("title"), QStringLiteral("Renamed"), true));
    QVERIFY(card);
    QCOMPARE(m_editor->cards().at(0), card.data());
    auto *title = qobject_cast<QLineEdit *>(m_editor->titleForm()->editorFor(QStringLiteral("title")));
    QCOMPARE(title->text(), QStringLiteral("Renamed"));
}

void TestPageEditor::selectingABlockShowsItsPage()
{
    const Node *module = m_doc->root()->child(0);
    const Node *other = m_doc->insertNode(module->id(), 1, CourseDocument::createNode(NodeKind::Page));
    const Node *heading = m_doc->insertNode(other->id(), 0, CourseDocument::createNode(NodeKind::Heading));
    const Node *text = m_doc->insertNode(other->id(), 1, CourseDocument::createNode(NodeKind::Text));
    m_editor->setNode(text->id());
    QCOMPARE(m_editor->page(), other->id());
    QCOMPARE(m_editor->currentBlock(), text->id());
    QCOMPARE(m_editor->cards().size(), 2);
    QVERIFY(!m_editor->cardFor(heading->id())->isCurrent());
    QVERIFY(m_editor->cardFor(text->id())->isCurrent());
    QVERIFY(PageEditor::handles(NodeKind::Panel));
    QVERIFY(!PageEditor::handles(NodeKind::SingleChoice));
    // The page that goes away leaves the editor empty.
    QVERIFY(m_doc->removeNode(other->id()));
    QVERIFY(m_editor->page().isNull());
    QVERIFY(m_editor->cards().isEmpty());
}

void TestPageEditor::everyControlNamedAndTabFollowsTheLayout()
{
    for (NodeKind kind : Schema::instance().kind(NodeKind::Page).childKinds)
        add(kind);
    m_editor->setNode(m_page);
    m_editor->resize(900, 4000); // every card on screen, so Tab can reach it
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    // Every control the keyboard reaches has a name for assistive technology (the inner line
    // edit of a spin box or combo box is named by its owner).
    QList<QWidget *> reachable;
    for (QWidget *w : m_editor->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                 qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                            w->objectName()));
        reachable << w;
    }
    QVERIFY(reachable.size() > 20);
    // Tab walks down the page: each stop is below the last one or to its right on the same row.
    QWidget *first = m_editor->titleForm()->editorFor(QStringLiteral("title"));
    first->setFocus(Qt::TabFocusReason);
    QPoint last = first->mapToGlobal(QPoint(0, 0));
    int stops = 0;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        // Past the last block the keyboard leaves the page's column (the cycle starts again).
        if (!now || !m_editor->titleForm()->parentWidget()->isAncestorOf(now) || now == first)
            break;
        const QPoint at = now->mapToGlobal(QPoint(0, 0));
        QVERIFY2(at.y() > last.y() || (at.y() == last.y() && at.x() > last.x()) ||
                     (qAbs(at.y() - last.y()) < 30 && at.x() > last.x()),
                 qPrintable(QStringLiteral("%1 at %2,%3 after %4,%5")
                                .arg(QString::fromLatin1(now->metaObject()->className()))
                                .arg(at.x())
                                .arg(at.y())
                                .arg(last.x())
                                .arg(last.y())));
        last = at;
        ++stops;
    }
    QVERIFY(stops > 20);
}

QTEST_MAIN(TestPageEditor)
#include "tst_pageeditor.moc"
