#include "pageeditor.h"

#include "assets/mediadrop.h"
#include "blockcard.h"
#include "commands/nodeedits.h"
#include "editors/kindpalette.h"
#include "inspector/nodeform.h"
#include "kindicon.h"
#include "model/changeevent.h"
#include "model/coursedocument.h"
#include "model/node.h"
#include "model/schema.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace cw {

namespace {

// The page a node belongs to (itself when it is one), or nullptr.
const Node *pageOf(const Node *n)
{
    while (n && n->kind() != NodeKind::Page)
        n = n->parent();
    return n;
}

// The block (a direct child of the page) a node is or sits in.
const Node *blockOf(const Node *n)
{
    while (n && n->parent() && n->parent()->kind() != NodeKind::Page)
        n = n->parent();
    return n && n->parent() ? n : nullptr;
}

} // namespace

bool PageEditor::handles(NodeKind kind)
{
    return kind == NodeKind::Page || isBlockKind(kind) || kind == NodeKind::Panel;
}

PageEditor::PageEditor(ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails)
    , m_palette(new KindPalette(Schema::instance().kind(NodeKind::Page).childKinds,
                                tr("Add a %1 after the current block"), this))
    , m_error(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("PageEditor"));
    setAccessibleName(tr("Page editor"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The palette: every kind of block, added after the current one.
    m_palette->setObjectName(QStringLiteral("BlockPalette"));
    m_palette->setAccessibleName(tr("Add a block"));
    connect(m_palette, &KindPalette::addRequested, this, [this](NodeKind kind) { addBlock(kind); });
    layout->addWidget(m_palette);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; padding: 4px 16px; }"));
    m_error->setAccessibleName(tr("Edit error"));
    m_error->hide();
    layout->addWidget(m_error);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(accessibleName());
    layout->addWidget(m_scroll, 1);

    // Reordering by keyboard, wherever the keyboard is inside the page.
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveBlock(m_current, -1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveBlock(m_current, 1); });

    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

PageEditor::~PageEditor()
{
    disconnect(qApp, nullptr, this, nullptr);
}

void PageEditor::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &PageEditor::onChanged);
    m_page = QUuid();
    m_current = QUuid();
    rebuild();
}

void PageEditor::setNode(const QUuid &id)
{
    const Node *n = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    const Node *page = pageOf(n);
    const QUuid pageId = page ? page->id() : QUuid();
    if (pageId != m_page) {
        // Typing in another page's fields must start a new undo step.
        if (m_document)
            m_document->commitEdits();
        m_page = pageId;
        m_current = QUuid();
        rebuild();
    }
    m_shown = page ? id : QUuid();
    const Node *block = blockOf(n);
    setCurrent(block ? block->id() : QUuid(), false);
    if (BlockCard *card = cardFor(m_current)) {
        // The card must be laid out before the scroll area can bring it into view.
        QTimer::singleShot(0, card, [this, card] { bringIntoView(card); });
    }
}

void PageEditor::bringIntoView(BlockCard *card)
{
    if (!m_column || !m_column->isAncestorOf(card))
        return;
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int top = card->mapTo(m_column, QPoint(0, 0)).y();
    const int view = m_scroll->viewport()->height();
    // A block taller than the view, or above it, is shown from its top (its kind and buttons);
    // a smaller one is scrolled just far enough.
    if (card->height() + 48 > view || top < bar->value())
        bar->setValue(top - 24);
    else
        m_scroll->ensureWidgetVisible(card, 0, 24);
}

BlockCard *PageEditor::cardFor(const QUuid &block) const
{
    for (BlockCard *card : m_cards) {
        if (card->block() == block)
            return card;
    }
    return nullptr;
}

bool PageEditor::focusFirstField()
{
    if (BlockCard *card = cardFor(m_current)) {
        if (card->focusFirstField())
            return true;
    }
    return m_title && m_title->focusFirstField();
}

QWidget *PageEditor::editorFor(const QString &key) const
{
    const Node *shown = m_document && !m_shown.isNull() ? m_document->node(m_shown) : nullptr;
    if (!shown)
        return nullptr;
    if (shown->kind() == NodeKind::Page)
        return m_title ? m_title->editorFor(key) : nullptr;
    const BlockCard *card = cardFor(blockOf(shown)->id());
    if (!card)
        return nullptr;
    if (shown->kind() == NodeKind::Panel) {
        for (NodeForm *section : card->sectionForms()) {
            if (section->node() == m_shown)
                return section->editorFor(key);
        }
        return nullptr;
    }
    return card->form()->editorFor(key);
}

QString PageEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PageEditor::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QList<QUuid> PageEditor::structure() const
{
    QList<QUuid> ids;
    const Node *page = m_document && !m_page.isNull() ? m_document->node(m_page) : nullptr;
    if (page)
        page->walk([&ids](const Node *n) { ids << n->id(); });
    return ids;
}

void PageEditor::clearCards()
{
    m_cards.clear();
    m_title = nullptr;
    m_noBlocks = nullptr;
    m_cardsLayout = nullptr;
    if (m_column) {
        m_scroll->takeWidget();
        // Deleting a focused field reports a focus change; the cards must not be found then.
        QWidget *column = m_column;
        m_column = nullptr;
        delete column;
    }
}

void PageEditor::rebuild()
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    clearCards();
    m_shownStructure = structure();
    const Node *page = m_document && !m_page.isNull() ? m_document->node(m_page) : nullptr;
    m_palette->setEnabled(page != nullptr);
    if (!page) {
        m_page = QUuid();
        return;
    }
    // The page keeps the reading width the learner gets; the rest of a wide window stays empty.
    auto *host = new QWidget;
    auto *row = new QHBoxLayout(host);
    row->setContentsMargins(16, 12, 16, 24);
    m_column = host;
    auto *column = new QWidget(host);
    column->setMaximumWidth(820);
    row->addWidget(column, 1);
    row->addStretch(0);
    m_cardsLayout = new QVBoxLayout(column);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(12);

    m_title = new NodeForm(m_document, m_page, {QStringLiteral("title")}, NodeForm::Labels::Above,
                           m_thumbnails, column);
    if (QWidget *title = m_title->editorFor(QStringLiteral("title"))) {
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        title->setFont(big);
    }
    connect(m_title, &NodeForm::editResult, this, &PageEditor::showResult);
    m_cardsLayout->addWidget(m_title);

    for (const auto &child : page->children()) {
        auto *card = new BlockCard(m_document, *child, m_thumbnails, column);
        const QUuid id = child->id();
        connect(card, &BlockCard::moveRequested, this, [this, id](int delta) { moveBlock(id, delta); });
        connect(card, &BlockCard::duplicateRequested, this, [this, id] { duplicateBlock(id); });
        connect(card, &BlockCard::removeRequested, this, [this, id] { removeBlock(id); });
        connect(card, &BlockCard::editResult, this, &PageEditor::showResult);
        card->setCurrent(id == m_current);
        m_cardsLayout->addWidget(card);
        m_cards << card;
    }
    if (m_cards.isEmpty()) {
        m_noBlocks =
            new QLabel(tr("This page has no blocks yet. Add text, images, media and more from the bar "
                          "above."),
                       column);
        m_noBlocks->setWordWrap(true);
        m_noBlocks->setEnabled(false);
        m_cardsLayout->addWidget(m_noBlocks);
    }
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(host);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void PageEditor::onChanged(const ChangeEvent &event)
{
    if (m_page.isNull())
        return;
    switch (event.type) {
    case ChangeEvent::NodeInserted:
    case ChangeEvent::NodeRemoved:
    case ChangeEvent::NodeMoved:
        break;
    default:
        return; // properties: each card's fields follow their own node
    }
    if (!m_document->node(m_page)) {
        m_page = QUuid();
        m_current = QUuid();
        rebuild();
        return;
    }
    // Only a change to this page's blocks or sections rebuilds the cards.
    if (structure() == m_shownStructure)
        return;
    const bool hadFocus = m_column && m_column->isAncestorOf(QApplication::focusWidget());
    if (!m_current.isNull() && !m_document->node(m_current))
        m_current = QUuid();
    rebuild();
    // A new section of the current block gets the keyboard for its title.
    if (event.type == ChangeEvent::NodeInserted && hadFocus) {
        const Node *inserted = m_document->node(event.node);
        if (inserted && inserted->kind() == NodeKind::Panel) {
            if (BlockCard *card = cardFor(blockOf(inserted)->id())) {
                const QList<NodeForm *> sections = card->sectionForms();
                if (!sections.isEmpty())
                    sections.at(inserted->indexInParent())->focusFirstField();
            }
        }
    }
}

void PageEditor::onFocusChanged(QWidget *now)
{
    if (!m_column || !now || !m_column->isAncestorOf(now))
        return;
    for (BlockCard *card : m_cards) {
        if (card->isAncestorOf(now)) {
            setCurrent(card->block(), true);
            return;
        }
    }
}

void PageEditor::setCurrent(const QUuid &block, bool announce)
{
    // Cards are marked when they are made, so staying on the same block changes nothing.
    if (block == m_current)
        return;
    m_current = block;
    for (BlockCard *card : m_cards)
        card->setCurrent(card->block() == block);
    if (announce && !block.isNull())
        Q_EMIT currentBlockChanged(block);
}

QUuid PageEditor::addBlock(NodeKind kind)
{
    const Node *page = m_document && !m_page.isNull() ? m_document->node(m_page) : nullptr;
    if (!page)
        return {};
    const Node *current = m_document->node(m_current);
    const int index =
        current && current->parent() == page ? current->indexInParent() + 1 : page->childCount();
    std::unique_ptr<Node> node = CourseDocument::createNode(kind);
    const QUuid id = node->id();
    QString error;
    if (!m_document->insertNode(m_page, index, std::move(node), &error)) {
        showResult(error);
        return {};
    }
    showResult({});
    setCurrent(id, true);
    if (BlockCard *card = cardFor(id)) {
        card->focusFirstField();
        QTimer::singleShot(0, card, [this, card] { bringIntoView(card); });
    }
    return id;
}

void PageEditor::moveBlock(const QUuid &block, int delta)
{
    if (!m_document || block.isNull())
        return;
    QString error;
    if (NodeEdits::moveBy(*m_document, block, delta, &error)) {
        setCurrent(block, true);
        if (BlockCard *card = cardFor(block)) {
            card->focusFirstField();
            QTimer::singleShot(0, card, [this, card] { bringIntoView(card); });
        }
    }
    showResult(error);
}

bool PageEditor::moveBlockTo(const QUuid &block, int gap)
{
    const Node *n = m_document ? m_document->node(block) : nullptr;
    if (!n || !n->parent() || n->parent()->id() != m_page)
        return false;
    const int from = n->indexInParent();
    // The gap counts the block itself; once taken out, the blocks after it move up by one.
    const int to = gap > from ? gap - 1 : gap;
    if (to == from)
        return false;
    QString error;
    const bool ok = m_document->moveNode(block, m_page, to, &error);
    showResult(error);
    if (ok)
        setCurrent(block, true);
    return ok;
}

void PageEditor::duplicateBlock(const QUuid &block)
{
    if (!m_document)
        return;
    QString error;
    const QUuid copy = NodeEdits::duplicate(*m_document, block, &error);
    showResult(error);
    if (copy.isNull())
        return;
    setCurrent(copy, true);
    if (BlockCard *card = cardFor(copy))
        card->focusFirstField();
}

void PageEditor::removeBlock(const QUuid &block)
{
    if (!m_document)
        return;
    const QUuid next = NodeEdits::neighbourAfterRemoval(*m_document, block);
    QString error;
    if (!m_document->removeNode(block, &error)) {
        showResult(error);
        return;
    }
    showResult({});
    // The neighbour becomes current; the page itself when it was the last block.
    setCurrent(next == m_page ? QUuid() : next, true);
}

int PageEditor::gapAt(const QPoint &pos) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        const QWidget *card = m_cards.at(i);
        const QPoint centre = card->mapTo(this, card->rect().center());
        if (pos.y() < centre.y())
            return i;
    }
    return int(m_cards.size());
}

BlockCard *PageEditor::cardAt(const QPoint &pos) const
{
    for (BlockCard *card : m_cards) {
        if (card->rect().contains(card->mapFrom(this, pos)))
            return card;
    }
    return nullptr;
}

void PageEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(BlockCard::mimeType()) || !MediaDrop::files(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PageEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(BlockCard::mimeType()) || !MediaDrop::files(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PageEditor::dropEvent(QDropEvent *event)
{
    const QStringList media = MediaDrop::files(event->mimeData());
    if (!media.isEmpty()) {
        // Media go into the block they were dropped on, which becomes the current block.
        BlockCard *card = cardAt(event->position().toPoint());
        const QUuid block = card ? card->block() : QUuid();
        if (card)
            setCurrent(block, false);
        event->acceptProposedAction();
        Q_EMIT mediaDropped(media, block);
        return;
    }
    const QUuid block =
        QUuid::fromString(QString::fromLatin1(event->mimeData()->data(BlockCard::mimeType())));
    if (moveBlockTo(block, gapAt(event->position().toPoint())))
        event->acceptProposedAction();
}

} // namespace cw
