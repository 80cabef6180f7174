#include "blockcard.h"

#include "commands/nodeedits.h"
#include "inspector/nodeform.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/node.h"
#include "model/schema.h"
#include "themedicon.h"

#include <QApplication>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

QString BlockCard::mimeType()
{
    return QStringLiteral("application/x-coursewright-block");
}

BlockCard::BlockCard(CourseDocument *document, const Node &block, ThumbnailCache *thumbnails, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_block(block.id())
    , m_thumbnails(thumbnails)
{
    setObjectName(QStringLiteral("BlockCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("%1 block").arg(Schema::kindLabel(block.kind())));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 6, 12, 12);
    column->addWidget(header(block));
    m_form = new NodeForm(document, m_block, NodeForm::editableKeys(block.kind()), NodeForm::Labels::Above,
                          thumbnails, this);
    m_form->hideSoleLabel(); // the header names the block
    connect(m_form, &NodeForm::editResult, this, &BlockCard::editResult);
    column->addWidget(m_form);
    if (Schema::instance().kind(block.kind()).acceptsChild(NodeKind::Panel))
        column->addWidget(sections(block));
    setCurrent(false);
}

QToolButton *BlockCard::addButton(QLayout *layout, const QString &name, const QString &text,
                                  const QIcon &icon)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setIcon(icon);
    layout->addWidget(button);
    return button;
}

QWidget *BlockCard::header(const Node &block)
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    // The handle: dragging it moves the block (Alt+Up and Alt+Down do the same by keyboard).
    m_handle = new QLabel(QStringLiteral("⠿"), bar);
    m_handle->setCursor(Qt::OpenHandCursor);
    m_handle->setToolTip(tr("Drag to move the block"));
    m_handle->installEventFilter(this);
    row->addWidget(m_handle);
    auto *icon = new QLabel(bar);
    icon->setPixmap(KindIcon::icon(block.kind()).pixmap(16, 16));
    row->addWidget(icon);
    auto *kind = new QLabel(Schema::kindLabel(block.kind()), bar);
    kind->setEnabled(false);
    row->addWidget(kind, 1);
    connect(addButton(row, QStringLiteral("moveUp"), tr("Move block up (Alt+Up)"),
                      themedIcon("go-up", QStyle::SP_ArrowUp)),
            &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(addButton(row, QStringLiteral("moveDown"), tr("Move block down (Alt+Down)"),
                      themedIcon("go-down", QStyle::SP_ArrowDown)),
            &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
    connect(addButton(row, QStringLiteral("duplicate"), tr("Duplicate block"),
                      themedIcon("edit-copy", QStyle::SP_FileDialogNewFolder)),
            &QToolButton::clicked, this, &BlockCard::duplicateRequested);
    connect(addButton(row, QStringLiteral("remove"), tr("Delete block"),
                      themedIcon("edit-delete", QStyle::SP_TrashIcon)),
            &QToolButton::clicked, this, &BlockCard::removeRequested);
    // Buttons are for the mouse; the keyboard has Alt+Up/Down and the window's commands.
    for (QToolButton *button : bar->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::NoFocus);
    return bar;
}

QWidget *BlockCard::sections(const Node &block)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(16, 4, 0, 0);
    int number = 0;
    for (const auto &child : block.children()) {
        if (child->kind() != NodeKind::Panel)
            continue;
        ++number;
        auto *frame = new QFrame(box);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *inner = new QVBoxLayout(frame);
        auto *top = new QHBoxLayout;
        auto *title = new QLabel(
            block.kind() == NodeKind::Tabs ? tr("Tab %1").arg(number) : tr("Section %1").arg(number), frame);
        title->setEnabled(false);
        top->addWidget(title, 1);
        const QUuid panel = child->id();
        for (const auto &[name, text, icon, delta] :
             {std::tuple{QStringLiteral("sectionUp"), tr("Move section up"),
                         themedIcon("go-up", QStyle::SP_ArrowUp), -1},
              std::tuple{QStringLiteral("sectionDown"), tr("Move section down"),
                         themedIcon("go-down", QStyle::SP_ArrowDown), 1}}) {
            QToolButton *button = addButton(top, name, text, icon);
            button->setFocusPolicy(Qt::NoFocus);
            connect(button, &QToolButton::clicked, this, [this, panel, delta = delta] {
                if (m_document)
                    NodeEdits::moveBy(*m_document, panel, delta);
            });
        }
        QToolButton *remove = addButton(top, QStringLiteral("sectionRemove"), tr("Delete section"),
                                        themedIcon("edit-delete", QStyle::SP_TrashIcon));
        remove->setFocusPolicy(Qt::NoFocus);
        connect(remove, &QToolButton::clicked, this, [this, panel] {
            QString error;
            if (m_document && !m_document->removeNode(panel, &error))
                Q_EMIT editResult(error);
        });
        inner->addLayout(top);
        auto *form = new NodeForm(m_document, panel, NodeForm::editableKeys(NodeKind::Panel),
                                  NodeForm::Labels::Above, m_thumbnails, frame);
        connect(form, &NodeForm::editResult, this, &BlockCard::editResult);
        inner->addWidget(form);
        m_sectionForms << form;
        column->addWidget(frame);
    }
    auto *add = new QPushButton(block.kind() == NodeKind::Tabs ? tr("Add Tab") : tr("Add Section"), box);
    add->setObjectName(QStringLiteral("addSection"));
    connect(add, &QPushButton::clicked, this, &BlockCard::addSection);
    column->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

void BlockCard::addSection()
{
    const Node *block = m_document ? m_document->node(m_block) : nullptr;
    if (!block)
        return;
    QString error;
    if (!m_document->insertNode(m_block, block->childCount(), CourseDocument::createNode(NodeKind::Panel),
                                &error))
        Q_EMIT editResult(error);
    // The page editor rebuilds this card for the new section and puts the keyboard in it.
}

QToolButton *BlockCard::button(const QString &name) const
{
    return findChild<QToolButton *>(name);
}

void BlockCard::setCurrent(bool current)
{
    m_current = current;
    // A coloured edge marks where the palette inserts; the others stay quiet.
    setStyleSheet(current ? QStringLiteral("QFrame#BlockCard { border: 2px solid palette(highlight); "
                                           "border-radius: 4px; }")
                          : QStringLiteral("QFrame#BlockCard { border: 1px solid palette(mid); "
                                           "border-radius: 4px; }"));
}

bool BlockCard::focusFirstField()
{
    if (m_form->focusFirstField())
        return true;
    for (NodeForm *section : m_sectionForms) {
        if (section->focusFirstField())
            return true;
    }
    return false;
}

bool BlockCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_handle) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressAt = static_cast<QMouseEvent *>(event)->position().toPoint();
            return true;
        }
        if (event->type() == QEvent::MouseMove &&
            (static_cast<QMouseEvent *>(event)->buttons() & Qt::LeftButton) &&
            (static_cast<QMouseEvent *>(event)->position().toPoint() - m_pressAt).manhattanLength() >=
                QApplication::startDragDistance()) {
            auto *mime = new QMimeData;
            mime->setData(mimeType(), idString(m_block).toLatin1());
            auto *drag = new QDrag(this);
            drag->setMimeData(mime);
            drag->setPixmap(grab().scaledToWidth(std::min(width(), 320), Qt::SmoothTransformation));
            drag->exec(Qt::MoveAction);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace cw
