#pragma once
// One block of a page in the page editor: a card with the block's kind, its buttons (move up and
// down, duplicate, delete; the drag handle) and its fields edited in place. Accordions and tabs
// hold their sections as smaller cards inside, with a button to add one.

#include <QFrame>
#include <QPointer>
#include <QUuid>

class QIcon;
class QLabel;
class QLayout;
class QToolButton;

namespace cw {

class CourseDocument;
class NodeForm;
class Node;
class ThumbnailCache;

class BlockCard : public QFrame
{
    Q_OBJECT

public:
    // The MIME type a dragged card carries: the block's id.
    static QString mimeType();

    BlockCard(CourseDocument *document, const Node &block, ThumbnailCache *thumbnails,
              QWidget *parent = nullptr);

    QUuid block() const { return m_block; }
    NodeForm *form() const { return m_form; }
    // The forms of an accordion's or tabs' sections, in order.
    QList<NodeForm *> sectionForms() const { return m_sectionForms; }
    QToolButton *button(const QString &name) const;
    // The card that has the keyboard is marked, as the place where new blocks go.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    bool focusFirstField();
    // Adds a section at the end of an accordion or tabs, its title ready for typing.
    void addSection();

Q_SIGNALS:
    void moveRequested(int delta);
    void duplicateRequested();
    void removeRequested();
    // After each edit in the card: empty when taken, else why the document refused it.
    void editResult(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *header(const Node &block);
    QWidget *sections(const Node &block);
    QToolButton *addButton(QLayout *layout, const QString &name, const QString &text, const QIcon &icon);

    QPointer<CourseDocument> m_document;
    QUuid m_block;
    ThumbnailCache *m_thumbnails;
    NodeForm *m_form = nullptr;
    QList<NodeForm *> m_sectionForms;
    QLabel *m_handle = nullptr;
    QPoint m_pressAt;
    bool m_current = false;
};

} // namespace cw
