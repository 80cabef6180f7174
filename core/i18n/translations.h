#pragma once
// Installs the catalogues for the user's language: Qt's own (standard dialogs, command-line
// errors) and Coursewright's. Without a match, the English catalogue supplies plural forms.

class QCoreApplication;

namespace cw {

class Translations
{
public:
    static void install(QCoreApplication &app);
};

} // namespace cw
