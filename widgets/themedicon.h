#pragma once
// An icon from the desktop's theme, or the style's own picture where the theme has none (the
// offscreen platform and bare desktops have no theme).

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace cw {

inline QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace cw
