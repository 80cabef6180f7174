#pragma once
// The theme colour: a swatch that opens a colour picker, the "#rrggbb" text for those who have a
// brand colour to paste, and the contrast the player's white text will have on it, judged by the
// same rule the Problems list applies (ContentRules).

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cw {

class ColorPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ColorPicker(QWidget *parent = nullptr);

    QString color() const;
    // Shows a stored value without emitting edited.
    void setColor(const QString &color);
    QLineEdit *textField() const { return m_text; }
    QToolButton *swatch() const { return m_swatch; }
    QLabel *contrastLabel() const { return m_contrast; }
    // "#rrggbb" with six hex digits; what the player and the contrast rule understand.
    static bool isColor(const QString &text);

Q_SIGNALS:
    // `commit` closes the merged undo step (a picked colour, leaving the text field).
    void edited(bool commit);

private:
    void pick();
    void updateLook();

    QToolButton *m_swatch;
    QLineEdit *m_text;
    QLabel *m_contrast;
};

} // namespace cw
