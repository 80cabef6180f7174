#pragma once
// Picks the course language by name ("German — Deutsch (de)") from every language Qt knows,
// searchable by any part of the name or the tag, and stores the BCP 47 tag. A well-formed tag
// typed by hand is accepted too, and a stored tag the list does not know is shown, never lost.

#include <QComboBox>

namespace cw {

class LanguagePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    QString tag() const { return m_tag; }
    // Shows a stored tag without emitting tagChosen.
    void setTag(const QString &tag);
    // "German — Deutsch (de)" for a tag the list knows; the tag itself otherwise.
    static QString displayName(const QString &tag);

Q_SIGNALS:
    // The designer chose a language (from the list, or typed a tag and left the field).
    void tagChosen(const QString &tag);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commitText();
    int indexOfTag(const QString &tag) const;

    QString m_tag;
};

} // namespace cw
