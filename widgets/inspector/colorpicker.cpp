#include "colorpicker.h"

#include "validate/contentrules.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace cw {

ColorPicker::ColorPicker(QWidget *parent)
    : QWidget(parent)
    , m_swatch(new QToolButton(this))
    , m_text(new QLineEdit(this))
    , m_contrast(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_swatch);
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    layout->addWidget(m_contrast);

    m_swatch->setAccessibleName(tr("Pick the theme colour"));
    m_swatch->setToolTip(tr("Pick a colour"));
    m_swatch->setIconSize(QSize(28, 16));
    m_text->setAccessibleName(tr("Theme colour as #rrggbb"));
    m_text->setPlaceholderText(QStringLiteral("#1f5f99"));
    m_text->setMaxLength(7);
    m_text->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9A-Fa-f]{0,6}")), m_text));
    m_contrast->setAccessibleName(tr("Contrast with white text"));
    m_contrast->setWordWrap(true);
    setFocusProxy(m_text);
    setTabOrder(m_swatch, m_text);

    connect(m_swatch, &QToolButton::clicked, this, &ColorPicker::pick);
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        updateLook();
        Q_EMIT edited(false);
    });
    connect(m_text, &QLineEdit::editingFinished, this, [this] { Q_EMIT edited(true); });
    updateLook();
}

bool ColorPicker::isColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(text).hasMatch();
}

QString ColorPicker::color() const
{
    const QString text = m_text->text().trimmed();
    // "1f5f99" pasted without its hash is what the designer meant.
    return text.size() == 6 && !text.startsWith(QLatin1Char('#')) ? QLatin1Char('#') + text : text;
}

void ColorPicker::setColor(const QString &color)
{
    if (m_text->text() != color)
        m_text->setText(color);
    updateLook();
}

void ColorPicker::pick()
{
    const QColor initial = isColor(color()) ? QColor(color()) : QColor(Qt::darkBlue);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Theme Colour"));
    if (!chosen.isValid())
        return;
    m_text->setText(chosen.name(QColor::HexRgb));
    updateLook();
    Q_EMIT edited(true);
}

void ColorPicker::updateLook()
{
    const QString value = color();
    QPixmap swatch(m_swatch->iconSize());
    swatch.fill(Qt::transparent);
    {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(isColor(value) ? QColor(value) : QColor(Qt::transparent));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    m_swatch->setIcon(QIcon(swatch));
    if (!isColor(value)) {
        m_contrast->setText(tr("Not a colour yet: six hex digits after #, or pick one."));
        return;
    }
    const double ratio = ContentRules::contrastWithWhite(value);
    const QString figure = QLocale().toString(std::floor(ratio * 10) / 10, 'f', 1);
    m_contrast->setText(ratio >= ContentRules::MinimumContrast
                            ? tr("Contrast with white text %1:1: easy to read.").arg(figure)
                            : tr("Contrast with white text %1:1: too light; text needs at least %2:1.")
                                  .arg(figure, QLocale().toString(ContentRules::MinimumContrast, 'f', 1)));
}

} // namespace cw
