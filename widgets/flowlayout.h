#pragma once
// A layout that places its widgets in a row and wraps to the next line when the row is full, like
// words in a paragraph: a palette of buttons keeps every button visible at any window width.
// Written here because neither Qt Widgets nor a library in Debian provides one (Qt's flow layout
// is an example program, not part of its libraries).

#include <QLayout>
#include <QList>

namespace cw {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // One line holding every item.
    QSize sizeHint() const override;
    // The widest item: below that nothing wraps any more.
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (moving them only when `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace cw
