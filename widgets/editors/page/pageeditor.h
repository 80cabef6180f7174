#pragma once
// The page editor: a page as the learner will meet it, all its blocks in order in one scrolling
// column, each edited in place (BlockCard). A palette adds any block kind after the block that has
// the keyboard; blocks move by drag, by Alt+Up/Alt+Down and by their buttons, and are duplicated
// and deleted from their card. Shown for a page and for any block or section (then that block is
// the current one), so the outline and the page stay on the same item. Media files dropped on a
// block go into that block (the window imports them: mediaDropped).

#include "editors/editor.h"
#include "model/nodekind.h"

#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace cw {

class BlockCard;
class KindPalette;
class CourseDocument;
class NodeForm;
class ThumbnailCache;
struct ChangeEvent;

class PageEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    // Whether the page editor shows a node of this kind (a page, a block, a section).
    static bool handles(NodeKind kind);

    explicit PageEditor(ThumbnailCache *thumbnails = nullptr, QWidget *parent = nullptr);
    ~PageEditor() override;

    QWidget *widget() override { return this; }
    void setDocument(CourseDocument *document) override;
    void setNode(const QUuid &id) override;
    // The current block's first field, else the page's title.
    bool focusFirstField() override;
    // A property of the node last shown: the page's title, a block's or a section's field.
    QWidget *editorFor(const QString &key) const override;

    QUuid page() const { return m_page; }
    QUuid currentBlock() const { return m_current; }
    QList<BlockCard *> cards() const { return m_cards; }
    BlockCard *cardFor(const QUuid &block) const;
    NodeForm *titleForm() const { return m_title; }
    KindPalette *blockPalette() const { return m_palette; }
    QString errorText() const;

    // Adds a block after the current one (at the end without one), makes it current and puts the
    // keyboard in its first field. Returns its id, null when refused (the error is shown).
    QUuid addBlock(NodeKind kind);
    // Moves a block to `gap` (0 = before the first block, count = after the last), as a drop does.
    bool moveBlockTo(const QUuid &block, int gap);

Q_SIGNALS:
    // The designer moved into another block: the window selects it, so its commands apply there.
    void currentBlockChanged(const QUuid &block);
    // Media files were dropped on the block `block` (null: on the page outside every block). The
    // window imports them there; the editor has no project to import into.
    void mediaDropped(const QStringList &paths, const QUuid &block);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void clearCards();
    void onChanged(const ChangeEvent &event);
    void onFocusChanged(QWidget *now);
    void setCurrent(const QUuid &block, bool announce);
    void bringIntoView(BlockCard *card);
    void moveBlock(const QUuid &block, int delta);
    void duplicateBlock(const QUuid &block);
    void removeBlock(const QUuid &block);
    void showResult(const QString &error);
    int gapAt(const QPoint &pos) const;
    BlockCard *cardAt(const QPoint &pos) const;
    QList<QUuid> structure() const;

    QPointer<CourseDocument> m_document;
    ThumbnailCache *m_thumbnails;
    QUuid m_page;
    QUuid m_shown; // what setNode() was given: the page, a block or a section
    QUuid m_current;
    QList<QUuid> m_shownStructure; // the blocks and sections the cards were built for

    KindPalette *m_palette;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QWidget *m_column = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_noBlocks = nullptr;
    NodeForm *m_title = nullptr;
    QList<BlockCard *> m_cards;
};

} // namespace cw
