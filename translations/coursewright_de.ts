<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cw::ActionRegistry</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation>Einen neuen Kurs beginnen</translation>
    </message>
    <message>
        <source>New from &amp;Sample Course</source>
        <translation>Neu aus &amp;Beispielkurs</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a course file</source>
        <translation>Eine Kursdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Den Kurs speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the course under a new name</source>
        <translation>Den Kurs unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write the course as a package to put online or into a learning platform</source>
        <translation>Den Kurs als Paket schreiben, um ihn online oder in eine Lernplattform zu stellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Import &amp;Media…</source>
        <translation>&amp;Medien importieren …</translation>
    </message>
    <message>
        <source>Add images, audio, video or captions to the course; they go into the selected item when it takes them</source>
        <translation>Bilder, Audio, Video oder Untertitel zum Kurs hinzufügen; sie kommen in das ausgewählte Element, wenn es sie aufnehmen kann</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected item and everything in it</source>
        <translation>Das ausgewählte Element mit seinem gesamten Inhalt kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item and everything in it</source>
        <translation>Das ausgewählte Element mit seinem gesamten Inhalt löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation>Das ausgewählte Element vor das darüberliegende verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation>Das ausgewählte Element hinter das darunterliegende verschieben</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Zur &amp;Gliederung</translation>
    </message>
    <message>
        <source>Put the keyboard in the course outline</source>
        <translation>Die Tastatureingabe in die Kursgliederung setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field</source>
        <translation>Die Tastatureingabe in das erste Feld des ausgewählten Elements setzen</translation>
    </message>
    <message>
        <source>&amp;About Coursewright</source>
        <translation>&amp;Über Coursewright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>cw::AssetBlobs</name>
    <message>
        <source>Could not write media data</source>
        <translation>Die Mediendaten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not read media data</source>
        <translation>Die Mediendaten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>Das Projekt enthält keine Daten für die Mediendatei %1.</translation>
    </message>
    <message>
        <source>Could not write the media file: %1</source>
        <translation>Die Mediendatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The media data ended early.</source>
        <translation>Die Mediendaten enden vorzeitig.</translation>
    </message>
    <message>
        <source>The media data is laid out unexpectedly.</source>
        <translation>Die Mediendaten sind unerwartet aufgebaut.</translation>
    </message>
    <message>
        <source>The media file %1 is damaged in the project: its content no longer matches.</source>
        <translation>Die Mediendatei %1 ist im Projekt beschädigt: Ihr Inhalt passt nicht mehr zu ihrer Prüfsumme.</translation>
    </message>
</context>
<context>
    <name>cw::AssetCommand</name>
    <message>
        <source>Add media %1</source>
        <translation>Medium %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove media %1</source>
        <translation>Medium %1 entfernen</translation>
    </message>
</context>
<context>
    <name>cw::AssetField</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>cw::AssetsDock</name>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Remove Unused</source>
        <translation>Unbenutzte entfernen</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Take the media files nothing in the course uses out of it</source>
        <translation>Die Mediendateien, die nichts im Kurs verwendet, aus dem Kurs entfernen</translation>
    </message>
    <message>
        <source>Not used anywhere in the course</source>
        <translation>Wird nirgends im Kurs verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s)</source>
        <translation>
            <numerusform>An %n Stelle verwendet</numerusform>
            <numerusform>An %n Stellen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, unused</source>
        <translation>%1, unbenutzt</translation>
    </message>
    <message>
        <source>Go to this %1</source>
        <translation>Zu diesem Element (%1) gehen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused media file(s)</source>
        <translation>
            <numerusform>%n unbenutzte Mediendatei entfernen</numerusform>
            <numerusform>%n unbenutzte Mediendateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Replace the selected media file</source>
        <translation>Die ausgewählte Mediendatei ersetzen</translation>
    </message>
    <message>
        <source>Put another file in place of the selected one, wherever it is used</source>
        <translation>Eine andere Datei an die Stelle der ausgewählten setzen, überall wo sie verwendet wird</translation>
    </message>
    <message>
        <source>Remove unused media files</source>
        <translation>Unbenutzte Mediendateien entfernen</translation>
    </message>
</context>
<context>
    <name>cw::AtomicFileWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cw::BlockCard</name>
    <message>
        <source>%1 block</source>
        <translation>Block „%1“</translation>
    </message>
    <message>
        <source>Drag to move the block</source>
        <translation>Ziehen, um den Block zu verschieben</translation>
    </message>
    <message>
        <source>Move block up (Alt+Up)</source>
        <translation>Block nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move block down (Alt+Down)</source>
        <translation>Block nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Block duplizieren</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Reiter %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Abschnitt nach oben</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Abschnitt nach unten</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Abschnitt löschen</translation>
    </message>
    <message>
        <source>Add Tab</source>
        <translation>Reiter hinzufügen</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceLabel</name>
    <message>
        <source>Pages viewed</source>
        <translation>Seiten angesehen</translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation>Quizze bestanden</translation>
    </message>
    <message>
        <source>Scenarios finished</source>
        <translation>Szenarien abgeschlossen</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Nach jeder Frage</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>Am Ende des Quiz</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Systemschrift</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serifen</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Abgerundet</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Nichtproportional</translation>
    </message>
    <message>
        <source>Free: any page in any order</source>
        <translation>Frei: jede Seite in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>In order: each page after the one before</source>
        <translation>Der Reihe nach: jede Seite nach der vorigen</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceRow</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Choice&quot; (a scenario choice), %2 its number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names a scenario choice (&quot;Scenario choice 2&quot;), %2 one of its properties</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>%1 %2 nach oben</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>%1 %2 nach unten</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Lead to a new step</source>
        <translation>Zu einem neuen Schritt führen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New step…</source>
        <translation>Neuer Schritt…</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::Cmi5Target</name>
    <message>
        <source>cmi5</source>
        <translation>cmi5</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; has no graded quiz, so no learner can pass it: &quot;Move on when: %2&quot; could never be met. Choose auto or Completed, or add a graded quiz to the module.</source>
        <translation>Das Modul „%1“ hat kein bewertetes Quiz, daher kann es niemand bestehen: „Weiter, wenn: %2“ wäre nie erfüllt. Wählen Sie „auto“ oder „Completed“ oder fügen Sie dem Modul ein bewertetes Quiz hinzu.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no graded quiz, so no learner can pass it: &quot;Move on when: %2&quot; could never be met. Choose auto or Completed, or add a graded quiz to the course.</source>
        <translation>Der Kurs „%1“ hat kein bewertetes Quiz, daher kann ihn niemand bestehen: „Weiter, wenn: %2“ wäre nie erfüllt. Wählen Sie „auto“ oder „Completed“ oder fügen Sie dem Kurs ein bewertetes Quiz hinzu.</translation>
    </message>
</context>
<context>
    <name>cw::ColorPicker</name>
    <message>
        <source>Pick the theme colour</source>
        <translation>Designfarbe auswählen</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Eine Farbe auswählen</translation>
    </message>
    <message>
        <source>Theme colour as #rrggbb</source>
        <translation>Designfarbe als #rrggbb</translation>
    </message>
    <message>
        <source>Contrast with white text</source>
        <translation>Kontrast zu weißem Text</translation>
    </message>
    <message>
        <source>Theme Colour</source>
        <translation>Designfarbe</translation>
    </message>
    <message>
        <source>Not a colour yet: six hex digits after #, or pick one.</source>
        <translation>Noch keine Farbe: sechs Hexadezimalziffern nach #, oder wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: easy to read.</source>
        <translation>Kontrast zu weißem Text %1:1: gut lesbar.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: too light; text needs at least %2:1.</source>
        <translation>Kontrast zu weißem Text %1:1: zu hell; Text braucht mindestens %2:1.</translation>
    </message>
</context>
<context>
    <name>cw::ContentRules</name>
    <message>
        <source>%1 has no blocks.</source>
        <translation>%1 enthält keine Blöcke.</translation>
    </message>
    <message>
        <source>%1 has no sections.</source>
        <translation>%1 enthält keine Abschnitte.</translation>
    </message>
    <message>
        <source>%1: the file for “%2” is missing from the project.</source>
        <translation>%1: Die Datei für „%2“ fehlt im Projekt.</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 (%4), which cannot be shown there.</source>
        <translation>%1: „%2“ enthält %3 (%4), was dort nicht angezeigt werden kann.</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>Der Kurs hat keinen Titel.</translation>
    </message>
    <message>
        <source>The course has no identifier.</source>
        <translation>Der Kurs hat keine Kennung.</translation>
    </message>
    <message>
        <source>The course has no language.</source>
        <translation>Für den Kurs ist keine Sprache angegeben.</translation>
    </message>
    <message>
        <source>The course language “%1” is not a valid language tag (such as en or de-CH).</source>
        <translation>Die Kurssprache „%1“ ist kein gültiges Sprachkürzel (wie en oder de-CH).</translation>
    </message>
    <message>
        <source>The course has no modules.</source>
        <translation>Der Kurs enthält keine Module.</translation>
    </message>
    <message>
        <source>%1 has no pages, quizzes or scenarios.</source>
        <translation>%1 enthält keine Seiten, Quizze oder Szenarien.</translation>
    </message>
    <message>
        <source>%1 takes about %2 minutes; keep modules under %3 minutes.</source>
        <translation>%1 dauert etwa %2 Minuten; Module sollten kürzer als %3 Minuten sein.</translation>
    </message>
    <message>
        <source>%1 has no image file.</source>
        <translation>%1 hat keine Bilddatei.</translation>
    </message>
    <message>
        <source>%1 has no alternative text; add one or mark the image decorative.</source>
        <translation>%1 hat keinen Alternativtext; fügen Sie einen hinzu oder kennzeichnen Sie das Bild als dekorativ.</translation>
    </message>
    <message>
        <source>%1 has no video file.</source>
        <translation>%1 hat keine Videodatei.</translation>
    </message>
    <message>
        <source>%1 has no audio file.</source>
        <translation>%1 hat keine Audiodatei.</translation>
    </message>
    <message>
        <source>%1 has no captions.</source>
        <translation>%1 hat keine Untertitel.</translation>
    </message>
    <message>
        <source>The theme colour “%1” is not a colour in the form #rrggbb (such as #1f5f99).</source>
        <translation>Die Designfarbe „%1“ ist keine Farbe in der Form #rrggbb (wie #1f5f99).</translation>
    </message>
    <message>
        <source>The theme colour %1 has a contrast of %2:1 against white; text in it needs at least 4.5:1. Choose a darker colour.</source>
        <translation>Die Designfarbe %1 hat einen Kontrast von %2:1 zu Weiß; Text in dieser Farbe braucht mindestens 4,5:1. Wählen Sie eine dunklere Farbe.</translation>
    </message>
    <message>
        <source>The course logo has no alternative text; screen readers will announce it without a name.</source>
        <translation>Das Kurslogo hat keinen Alternativtext; Screenreader lesen es ohne Namen vor.</translation>
    </message>
    <message>
        <source>%1 is a level %2 heading right after a level %3 heading; use level %4 so screen reader users don&apos;t miss a section.</source>
        <translation>%1 ist eine Überschrift der Ebene %2 direkt nach einer Überschrift der Ebene %3; verwenden Sie Ebene %4, damit Screenreader-Nutzer keinen Abschnitt übersehen.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>cw::CourseDocument</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Das Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no property &apos;%2&apos;.</source>
        <translation>%1 hat keine Eigenschaft &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The place to insert into no longer exists.</source>
        <translation>Die Einfügestelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A %1 cannot contain a %2.</source>
        <translation>Ein Element vom Typ %1 kann kein Element vom Typ %2 enthalten.</translation>
    </message>
    <message>
        <source>Position %1 is outside the %2.</source>
        <translation>Position %1 liegt außerhalb von %2.</translation>
    </message>
    <message>
        <source>The course already has an item with id %1.</source>
        <translation>Der Kurs enthält bereits ein Element mit der ID %1.</translation>
    </message>
    <message>
        <source>The course itself cannot be moved.</source>
        <translation>Der Kurs selbst kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation>Ein Element kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Nothing to insert.</source>
        <translation>Nichts zum Einfügen.</translation>
    </message>
    <message>
        <source>The course itself cannot be deleted.</source>
        <translation>Der Kurs selbst kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>cw::CourseJson</name>
    <message>
        <source>expected a SHA-256 hash in lower-case hex</source>
        <translation>SHA-256-Hash in hexadezimaler Kleinschreibung erwartet</translation>
    </message>
    <message>
        <source>a %1 has no property &apos;%2&apos;</source>
        <translation>ein Element vom Typ %1 hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a Coursewright course: the top level is not a JSON object</source>
        <translation>kein Coursewright-Kurs: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Coursewright course: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>kein Coursewright-Kurs: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this course was written by a newer Coursewright (format %1; this version reads up to %2)</source>
        <translation>dieser Kurs wurde von einer neueren Coursewright-Version geschrieben (Format %1; diese Version liest bis Format %2)</translation>
    </message>
    <message>
        <source>the top node must be a course</source>
        <translation>der oberste Knoten muss ein Kurs sein</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>the asset %1 is listed twice</source>
        <translation>das Medium %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unbekannte Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a UUID, found &apos;%1&apos;</source>
        <translation>UUID erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>a %1 cannot contain a %2</source>
        <translation>ein Element vom Typ %1 kann kein Element vom Typ %2 enthalten</translation>
    </message>
    <message>
        <source>the file name is %1 bytes long; file systems allow at most %2</source>
        <translation>der Dateiname ist %1 Bytes lang; Dateisysteme erlauben höchstens %2</translation>
    </message>
</context>
<context>
    <name>cw::EditorFrame</name>
    <message>
        <source>Edit error</source>
        <translation>Fehler beim Bearbeiten</translation>
    </message>
</context>
<context>
    <name>cw::EndingsOverview</name>
    <message>
        <source>No endings yet: set a step&apos;s type to Ending.</source>
        <translation>Noch keine Enden: Setzen Sie den Typ eines Schritts auf „Ende“.</translation>
    </message>
    <message>
        <source>Open the ending “%1”</source>
        <translation>Ende „%1“ öffnen</translation>
    </message>
    <message>
        <source>Outcome of “%1”</source>
        <translation>Ergebnis von „%1“</translation>
    </message>
    <message>
        <source>(no feedback)</source>
        <translation>(keine Rückmeldung)</translation>
    </message>
    <message>
        <source>Feedback of “%1”</source>
        <translation>Rückmeldung von „%1“</translation>
    </message>
</context>
<context>
    <name>cw::ExportDialog</name>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>&amp;ZIP-Datei</translation>
    </message>
    <message>
        <source>Export Course</source>
        <translation>Kurs exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>Schreiben als:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>In ZIP-Datei exportieren</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting the course…</source>
        <translation>Der Kurs wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The course has %n error(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Der Kurs hat %n Fehler; der Bereich „Probleme“ listet ihn auf.</numerusform>
            <numerusform>Der Kurs hat %n Fehler; der Bereich „Probleme“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>A package with errors may not play or track correctly.</source>
        <translation>Ein Paket mit Fehlern wird möglicherweise nicht richtig abgespielt oder erfasst.</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation>Ordner für %1 wählen</translation>
    </message>
    <message>
        <source>These options write one zip per module, into a folder.</source>
        <translation>Mit diesen Optionen entsteht je Modul ein ZIP-Archiv in einem Ordner.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>cw::ExportOption</name>
    <message>
        <source>One package for the course</source>
        <translation>Ein Paket für den Kurs</translation>
    </message>
    <message>
        <source>One package, a SCO per module</source>
        <translation>Ein Paket, ein SCO je Modul</translation>
    </message>
    <message>
        <source>One package per module</source>
        <translation>Ein Paket je Modul</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Ask the learner</source>
        <translation>Lernende fragen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 has no option &quot;%2&quot;.</source>
        <translation>%1 hat keine Option „%2“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>course: one SCO for the whole course; sco-per-module: one package with a SCO per module, tracked each on its own; package-per-module: one zip per module, written into a folder, for libraries of short modules.</source>
        <translation>course: ein SCO für den ganzen Kurs; sco-per-module: ein Paket mit einem SCO je Modul, jedes für sich erfasst; package-per-module: ein ZIP-Archiv je Modul, in einen Ordner geschrieben, für Bibliotheken kurzer Module.</translation>
    </message>
    <message>
        <source>Status when passed</source>
        <translation>Status bei Bestehen</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who passed: passed, or completed for LMSs that only count completed.</source>
        <translation>Was das LMS für Lernende vermerkt, die bestanden haben: passed, oder completed für LMS, die nur Abschlüsse zählen.</translation>
    </message>
    <message>
        <source>Status when failed</source>
        <translation>Status bei Nichtbestehen</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who failed: failed, or incomplete so that the LMS lets the learner try again.</source>
        <translation>Was das LMS für Lernende vermerkt, die nicht bestanden haben: failed, oder incomplete, damit das LMS einen neuen Versuch erlaubt.</translation>
    </message>
    <message>
        <source>Passing score in the manifest</source>
        <translation>Bestehensgrenze im Manifest</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into imsmanifest.xml, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Die Bestehensgrenze des Kurses in imsmanifest.xml schreiben, damit das LMS sie kennt (und sie in seiner Verwaltung ändern lassen kann).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>always: a returning learner continues where they left off; ask: the course asks them first; never: every visit starts afresh.</source>
        <translation>always: Zurückkehrende machen dort weiter, wo sie aufgehört haben; ask: der Kurs fragt sie zuerst; never: jeder Besuch beginnt von vorn.</translation>
    </message>
    <message>
        <source>Schema files</source>
        <translation>Schemadateien</translation>
    </message>
    <message>
        <source>A folder holding the official XSD files of this SCORM version, copied into the package root for validators that need them (LMSs do not).</source>
        <translation>Ein Ordner mit den offiziellen XSD-Dateien dieser SCORM-Version; sie werden für Prüfprogramme, die sie brauchen, in das Paket kopiert (LMS brauchen sie nicht).</translation>
    </message>
    <message>
        <source>Assignable units</source>
        <translation>Lerneinheiten (AUs)</translation>
    </message>
    <message>
        <source>course: the course is one assignable unit (AU); au-per-module: a block with one AU per module, which the LMS tracks each on its own.</source>
        <translation>course: Der Kurs ist eine Lerneinheit (AU); au-per-module: je Modul ein Block mit einer AU, die das LMS jeweils für sich erfasst.</translation>
    </message>
    <message>
        <source>One AU for the course</source>
        <translation>Eine AU für den Kurs</translation>
    </message>
    <message>
        <source>One AU per module</source>
        <translation>Eine AU pro Modul</translation>
    </message>
    <message>
        <source>Move on when</source>
        <translation>Weiter, wenn</translation>
    </message>
    <message>
        <source>What the LMS waits for before it counts an AU as done (cmi5 moveOn). auto: completed and passed where there is a graded quiz, completed elsewhere. Passed and CompletedAndPassed need a graded quiz in every AU.</source>
        <translation>Worauf das LMS wartet, bevor es eine AU als erledigt zählt (cmi5 moveOn). auto: abgeschlossen und bestanden, wo es ein bewertetes Quiz gibt, sonst abgeschlossen. Passed und CompletedAndPassed brauchen in jeder AU ein bewertetes Quiz.</translation>
    </message>
    <message>
        <source>Automatic (passed too where there is a graded quiz)</source>
        <translation>Automatisch (auch bestanden, wo es ein bewertetes Quiz gibt)</translation>
    </message>
    <message>
        <source>Completed and passed</source>
        <translation>Abgeschlossen und bestanden</translation>
    </message>
    <message>
        <source>Completed or passed</source>
        <translation>Abgeschlossen oder bestanden</translation>
    </message>
    <message>
        <source>Not applicable (done when assigned)</source>
        <translation>Entfällt (erledigt mit der Zuweisung)</translation>
    </message>
    <message>
        <source>Passing score in cmi5.xml</source>
        <translation>Bestehensgrenze in cmi5.xml</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into cmi5.xml as the masteryScore of each AU with a graded quiz, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Die Bestehensgrenze des Kurses als masteryScore jeder AU mit bewertetem Quiz in cmi5.xml schreiben, damit das LMS sie kennt (und eine Administratorin sie ändern lassen kann).</translation>
    </message>
    <message>
        <source>Activity IRI base</source>
        <translation>Basis der Aktivitäts-IRIs</translation>
    </message>
    <message>
        <source>The absolute IRI the course&apos;s activity ids start with, such as https://example.com/courses/safety: the LRS keeps a learner&apos;s records by them, so keep it when you re-export. Empty: made from the course identifier.</source>
        <translation>Die absolute IRI, mit der die Aktivitäts-IDs des Kurses beginnen, etwa https://example.com/courses/safety: Das LRS ordnet die Daten der Lernenden danach zu, behalten Sie sie also bei einem erneuten Export bei. Leer: aus der Kennung des Kurses gebildet.</translation>
    </message>
</context>
<context>
    <name>cw::Exporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; known formats: %2.</source>
        <translation>Unbekanntes Exportformat „%1“; bekannte Formate: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and does not hold a previous export; choose a new or empty folder, or a path ending in .zip.</source>
        <translation>Der Ordner %1 ist nicht leer und enthält keinen früheren Export; wählen Sie einen neuen oder leeren Ordner oder einen Pfad, der auf .zip endet.</translation>
    </message>
    <message>
        <source>No output path was given.</source>
        <translation>Es wurde kein Ausgabepfad angegeben.</translation>
    </message>
    <message>
        <source>The course has validation errors; fix them or export anyway with force.</source>
        <translation>Der Kurs hat Validierungsfehler; beheben Sie sie oder erzwingen Sie den Export.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>A learner&apos;s saved progress in this course can reach %L1 characters, more than the %L2 that %3 lets a course save; resume would break. Make the course smaller (fewer questions, attempts or scenario steps per module) or choose a scope with one SCO per module.</source>
        <translation>Der gespeicherte Lernstand dieses Kurses kann %L1 Zeichen erreichen, mehr als die %L2, die %3 einem Kurs erlaubt; das Fortsetzen würde scheitern. Verkleinern Sie den Kurs (weniger Fragen, Versuche oder Szenarioschritte je Modul) oder wählen Sie ein SCO je Modul.</translation>
    </message>
    <message>
        <source>This export writes one zip per module; choose a folder to put them in, not a .zip file.</source>
        <translation>Dieser Export schreibt ein ZIP-Archiv je Modul; wählen Sie einen Ordner dafür, keine .zip-Datei.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 holds files other than packages; choose a new or empty folder.</source>
        <translation>Der Ordner %1 enthält andere Dateien als Pakete; wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>cw::Expression</name>
    <message>
        <source>column %1: &apos;%2&apos; is not a number</source>
        <translation>Spalte %1: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>column %1: unexpected &apos;%2&apos;</source>
        <translation>Spalte %1: unerwartetes &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>Spalte %1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation>das Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a variable, a number, true or false</source>
        <translation>eine Variable, eine Zahl, true oder false</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>ein Variablenname</translation>
    </message>
    <message>
        <source>&apos;=&apos;, &apos;+=&apos; or &apos;-=&apos;</source>
        <translation>&apos;=&apos;, &apos;+=&apos; oder &apos;-=&apos;</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionEdit</name>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Wirkung hinzufügen</translation>
    </message>
    <message>
        <source>Or type it, e.g. trust &gt;= 2 and not warned</source>
        <translation>Oder eintippen, z. B. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>Or type them, e.g. trust += 1; warned = true</source>
        <translation>Oder eintippen, z. B. trust += 1; warned = true</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>ist wahr</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>ist falsch</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>setzen auf</translation>
    </message>
    <message>
        <source>add</source>
        <translation>addieren</translation>
    </message>
    <message>
        <source>subtract</source>
        <translation>abziehen</translation>
    </message>
    <message>
        <source>becomes true</source>
        <translation>wird wahr</translation>
    </message>
    <message>
        <source>becomes false</source>
        <translation>wird falsch</translation>
    </message>
    <message>
        <source>“%1” is not a variable of this scenario.</source>
        <translation>„%1“ ist keine Variable dieses Szenarios.</translation>
    </message>
    <message>
        <source>Written as text beyond what the pickers can show: edit it below.</source>
        <translation>Als Text geschrieben, den die Auswahllisten nicht darstellen können: unten bearbeiten.</translation>
    </message>
    <message>
        <source>Add variables to the scenario to pick them here.</source>
        <translation>Fügen Sie dem Szenario Variablen hinzu, um sie hier auszuwählen.</translation>
    </message>
    <message>
        <source>%1 condition %2</source>
        <extracomment>%1 names the choice (&quot;Choice 2&quot;), %2 the number of the condition or effect</extracomment>
        <translation>%1 Bedingung %2</translation>
    </message>
    <message>
        <source>%1 effect %2</source>
        <translation>%1 Wirkung %2</translation>
    </message>
    <message>
        <source>%1 variable</source>
        <translation>%1 Variable</translation>
    </message>
    <message>
        <source>%1 operation</source>
        <translation>%1 Operation</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 Wert</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 add condition</source>
        <translation>%1 Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>%1 add effect</source>
        <translation>%1 Wirkung hinzufügen</translation>
    </message>
    <message>
        <source>%1 condition as text</source>
        <translation>%1 Bedingung als Text</translation>
    </message>
    <message>
        <source>%1 effects as text</source>
        <translation>%1 Wirkungen als Text</translation>
    </message>
    <message>
        <source>%1 condition error</source>
        <translation>%1 Fehler in der Bedingung</translation>
    </message>
    <message>
        <source>%1 effects error</source>
        <translation>%1 Fehler in den Wirkungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionField</name>
    <message>
        <source>e.g. trust &gt;= 2 and not warned</source>
        <translation>z. B. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>e.g. trust += 1; warned = true</source>
        <translation>z. B. trust += 1; warned = true</translation>
    </message>
</context>
<context>
    <name>cw::FolderPackageSink</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>Das Paket ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not replace the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>In %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cw::HtmlExport</name>
    <message>
        <source>HTML (offline website)</source>
        <translation>HTML (Offline-Website)</translation>
    </message>
</context>
<context>
    <name>cw::ImportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Media import progress</source>
        <translation>Fortschritt des Medienimports</translation>
    </message>
</context>
<context>
    <name>cw::InsertNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::IoError</name>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the data could not be written (is the disk full?)</source>
        <translation>die Daten konnten nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>cw::JsonNumber</name>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>cw::KindPalette</name>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
</context>
<context>
    <name>cw::LanguagePicker</name>
    <message>
        <source>Type a language name or a tag such as en-GB</source>
        <translation>Sprachname oder Kürzel wie de-DE eingeben</translation>
    </message>
    <message>
        <source>The language the course is written in. Learning platforms and screen readers use it; it is stored as a standard language tag (BCP 47).</source>
        <translation>Die Sprache, in der der Kurs geschrieben ist. Lernplattformen und Bildschirmleser verwenden sie; sie wird als Standard-Sprachkürzel (BCP 47) gespeichert.</translation>
    </message>
</context>
<context>
    <name>cw::ListField</name>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Eintrag nach oben</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Eintrag nach unten</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Coursewright courses (*.cwcourse)</source>
        <translation>Coursewright-Kurse (*.cwcourse)</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Kursgliederung</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Fehler: %1  Warnungen: %2</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an item after the selection</source>
        <translation>Ein Element nach der Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Coursewright did not close normally while “%1” had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation>Coursewright wurde nicht ordnungsgemäß beendet, während „%1“ ungespeicherte Änderungen enthielt. Möchten Sie die um %2 automatisch gespeicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot recover the course</source>
        <translation>Der Kurs kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Kein Kurs</translation>
    </message>
    <message>
        <source>%1[*] — Coursewright</source>
        <translation>%1[*] — Coursewright</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>Hinzufügen nicht möglich</translation>
    </message>
    <message>
        <source>No course is open</source>
        <translation>Es ist kein Kurs geöffnet</translation>
    </message>
    <message>
        <source>Nothing can be added here</source>
        <translation>Hier kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Duplizieren nicht möglich</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation>Geschätzte Dauer: %1 min</translation>
    </message>
    <message>
        <source>Reading at %1 words per minute, %2 s per question, %3 s per scenario step, %4 s per image, plus media durations.</source>
        <translation>Lesegeschwindigkeit %1 Wörter pro Minute, %2 s pro Frage, %3 s pro Szenarioschritt, %4 s pro Bild, zuzüglich der Mediendauer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Möchten Sie die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Cannot create a course</source>
        <translation>Der Kurs kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Course</source>
        <translation>Kurs öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Course As</source>
        <translation>Kurs speichern unter</translation>
    </message>
    <message>
        <source>About Coursewright</source>
        <translation>Über Coursewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Offline course authoring with SCORM, xAPI and cmi5 export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Offline-Kurserstellung mit Export nach SCORM, xAPI und cmi5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent courses</source>
        <translation>Keine zuletzt geöffneten Kurse</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>After this %1</source>
        <translation>Nach diesem Element (%1)</translation>
    </message>
    <message>
        <source>Inside this %1</source>
        <translation>In diesem Element (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n media file(s)</source>
        <translation>
            <numerusform>%n Mediendatei importiert</numerusform>
            <numerusform>%n Mediendateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Cannot import media</source>
        <translation>Medien können nicht importiert werden</translation>
    </message>
    <message>
        <source>Recovered Course</source>
        <translation>Wiederhergestellter Kurs</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n file(s).</source>
        <translation>
            <numerusform>Nach %1 exportiert: %n Datei.</numerusform>
            <numerusform>Nach %1 exportiert: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n media file(s)…</source>
        <translation>
            <numerusform>%n Mediendatei wird importiert …</numerusform>
            <numerusform>%n Mediendateien werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 with %2</source>
        <translation>%1 durch %2 ersetzt</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Cannot replace media</source>
        <translation>Medium kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>cw::MediaDrop</name>
    <message>
        <source>Media (%1)</source>
        <translation>Medien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cw::MediaFolder</name>
    <message>
        <source>%1 is a symbolic link; only regular files inside the folder are read.</source>
        <translation>%1 ist ein symbolischer Link; gelesen werden nur normale Dateien innerhalb des Ordners.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO, socket or device); only regular files are read.</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, eine FIFO, ein Socket oder ein Gerät); gelesen werden nur normale Dateien.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a media folder must be a folder inside the course folder.</source>
        <translation>%1 ist ein symbolischer Link; ein Medienordner muss ein Ordner innerhalb des Kursordners sein.</translation>
    </message>
    <message>
        <source>The media file %1 (“%2”) is not in %3.</source>
        <translation>Die Mediendatei %1 („%2“) ist nicht in %3.</translation>
    </message>
</context>
<context>
    <name>cw::MediaImport</name>
    <message numerus="yes">
        <source>Import %n media file(s)</source>
        <translation>
            <numerusform>%n Mediendatei importieren</numerusform>
            <numerusform>%n Mediendateien importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MediaReplace</name>
    <message>
        <source>That media file is no longer in the course.</source>
        <translation>Diese Mediendatei ist nicht mehr im Kurs.</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>von unbekanntem Typ</translation>
    </message>
    <message>
        <source>%1 cannot replace %2: where %2 is used (%3) only %4 files fit, and %1 is %5.</source>
        <translation>%1 kann %2 nicht ersetzen: Wo %2 verwendet wird (%3), passen nur %4-Dateien, und %1 ist %5.</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
</context>
<context>
    <name>cw::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>cw::NodeEdits</name>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Update the uses of “%1”</source>
        <translation>Verwendungen von „%1“ anpassen</translation>
    </message>
</context>
<context>
    <name>cw::NodeRefField</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>cw::OutlineModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::PackagePlan</name>
    <message>
        <source>A package file has an empty path.</source>
        <translation>Eine Datei im Paket hat einen leeren Pfad.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must be relative.</source>
        <translation>Der Paketpfad „%1“ muss relativ sein.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must use &apos;/&apos; between folders.</source>
        <translation>Der Paketpfad „%1“ muss „/“ zwischen Ordnern verwenden.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; names a folder, not a file.</source>
        <translation>Der Paketpfad „%1“ bezeichnet einen Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains a character that is not allowed in a file name.</source>
        <translation>Der Paketpfad „%1“ enthält ein Zeichen, das in Dateinamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains an empty, &quot;.&quot; or &quot;..&quot; folder.</source>
        <translation>Der Paketpfad „%1“ enthält einen leeren Ordner oder einen Ordner „.“ oder „..“.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; has a name ending in a dot or a space.</source>
        <translation>Der Paketpfad „%1“ enthält einen Namen, der mit einem Punkt oder Leerzeichen endet.</translation>
    </message>
    <message>
        <source>The package already contains &quot;%1&quot; (names differing only in case collide on Windows servers).</source>
        <translation>Das Paket enthält bereits „%1“ (Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, kollidieren auf Windows-Servern).</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; needs a folder where the package already has a file.</source>
        <translation>Der Paketpfad „%1“ braucht einen Ordner an einer Stelle, an der das Paket bereits eine Datei hat.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; is longer than %2 bytes.</source>
        <translation>Der Paketpfad &quot;%1&quot; ist länger als %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>cw::PackageWriter</name>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>Es gibt nichts zu exportieren: Das Paket wäre leer.</translation>
    </message>
    <message>
        <source>The media file %1 needed for &quot;%2&quot; is missing from the project.</source>
        <translation>Die für „%2“ benötigte Mediendatei %1 fehlt im Projekt.</translation>
    </message>
    <message>
        <source>The application file %1 needed for &quot;%2&quot; is missing.</source>
        <translation>Die für „%2“ benötigte Programmdatei %1 fehlt.</translation>
    </message>
    <message>
        <source>Could not read the application file %1: %2</source>
        <translation>Die Programmdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The SVG image %1 is larger than %2 MB.</source>
        <translation>Das SVG-Bild %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>The SVG image %1 cannot be made safe for the package: %2</source>
        <translation>Das SVG-Bild %1 kann nicht sicher ins Paket übernommen werden: %2</translation>
    </message>
    <message>
        <source>The media file %1 is a web page or script, which could run in the learner&apos;s LMS window; it is not put into packages.</source>
        <translation>Die Mediendatei %1 ist eine Webseite oder ein Skript, das im LMS-Fenster der Lernenden ausgeführt werden könnte; sie wird nicht in Pakete übernommen.</translation>
    </message>
</context>
<context>
    <name>cw::PageEditor</name>
    <message>
        <source>Page editor</source>
        <translation>Seiteneditor</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Fehler beim Bearbeiten</translation>
    </message>
    <message>
        <source>This page has no blocks yet. Add text, images, media and more from the bar above.</source>
        <translation>Diese Seite hat noch keine Blöcke. Fügen Sie Text, Bilder, Medien und mehr über die Leiste oben hinzu.</translation>
    </message>
    <message>
        <source>Add a %1 after the current block</source>
        <translation>%1 nach dem aktuellen Block hinzufügen</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Block hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::PartRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is a question part (&quot;Choice&quot;), %2 its number, %3 a property (&quot;correct&quot;, &quot;feedback&quot;)</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>%1 %2 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>%1 %2 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Mark the correct %1</source>
        <translation>Richtige %1 markieren</translation>
    </message>
</context>
<context>
    <name>cw::PlayerPackage</name>
    <message>
        <source>The player page template is missing from the application.</source>
        <translation>Die Seitenvorlage des Players fehlt in der Anwendung.</translation>
    </message>
    <message>
        <source>The player has no &quot;%1&quot; tracking adapter.</source>
        <translation>Der Player hat keinen Tracking-Adapter „%1“.</translation>
    </message>
    <message>
        <source>The player file %1 is missing from the application.</source>
        <translation>Die Player-Datei %1 fehlt in der Anwendung.</translation>
    </message>
    <message>
        <source>The player page template has no connect-src policy to open.</source>
        <translation>Die Seitenvorlage des Players enthält keine connect-src-Richtlinie, die geöffnet werden könnte.</translation>
    </message>
</context>
<context>
    <name>cw::ProblemsDock</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Es ist kein Kurs geöffnet.</translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation>Probleme (Fehler: %1, Warnungen: %2)</translation>
    </message>
</context>
<context>
    <name>cw::Project</name>
    <message>
        <source>A course must have a course at its top.</source>
        <translation>Ein Kurs muss als oberstes Element einen Kurs haben.</translation>
    </message>
    <message>
        <source>The file %1 no longer exists, so the recovered course was opened as a new untitled course. Use Save As to keep it.</source>
        <translation>Die Datei %1 existiert nicht mehr, daher wurde der wiederhergestellte Kurs als neuer, unbenannter Kurs geöffnet. Verwenden Sie „Speichern unter“, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>%1 does not match its hash in the course (expected %2, found %3).</source>
        <translation>%1 passt nicht zu seinem Hash im Kurs (erwartet %2, gefunden %3).</translation>
    </message>
    <message>
        <source>The media file &quot;%1&quot;: %2</source>
        <translation>Die Mediendatei &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>cw::ProjectFile</name>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Coursewright project.</source>
        <translation>%1 ist ein Ordner, kein Coursewright-Projekt.</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Coursewright and is read-only, so it cannot be upgraded. Copy it somewhere writable first.</source>
        <translation>%1 wurde mit einer älteren Version von Coursewright gespeichert und ist schreibgeschützt, daher kann es nicht aktualisiert werden. Kopieren Sie die Datei zuerst an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>an item has the invalid id &apos;%1&apos;</source>
        <translation>ein Element hat die ungültige ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 has the unknown kind &apos;%2&apos;</source>
        <translation>Element %1 hat die unbekannte Art &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the properties of item %1 are not a JSON object</source>
        <translation>die Eigenschaften von Element %1 sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>an item id is used twice</source>
        <translation>eine Element-ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>item %1 has no parent</source>
        <translation>Element %1 hat kein übergeordnetes Element</translation>
    </message>
    <message>
        <source>item %1 belongs to %2, which does not exist</source>
        <translation>Element %1 gehört zu %2, das nicht existiert</translation>
    </message>
    <message>
        <source>the course itself is missing</source>
        <translation>der Kurs selbst fehlt</translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be inside a %3</source>
        <translation>Element %1 (%2) kann nicht in einem Element vom Typ %3 liegen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not connected to the course</source>
        <translation>
            <numerusform>%n Element ist nicht mit dem Kurs verbunden</numerusform>
            <numerusform>%n Elemente sind nicht mit dem Kurs verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is read-only; use Save As.</source>
        <translation>Die Datei ist schreibgeschützt; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>There is no course to save.</source>
        <translation>Es gibt keinen Kurs zum Speichern.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Could not copy the project</source>
        <translation>Das Projekt konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation>%1 wurde während des Imports verändert.</translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>Das Projekt enthält keine Daten für die Mediendatei %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This project already has imported media waiting to be saved.</source>
        <translation>Dieses Projekt enthält bereits importierte Medien, die noch gespeichert werden müssen.</translation>
    </message>
    <message>
        <source>The recovered media file %1 no longer exists.</source>
        <translation>Die wiederhergestellte Mediendatei %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is read-only; save the course under another name.</source>
        <translation>%1 ist schreibgeschützt; speichern Sie den Kurs unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Could not import %1: an SVG image may be at most %2 MB.</source>
        <translation>%1 konnte nicht importiert werden: Ein SVG-Bild darf höchstens %2 MB groß sein.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the media file %1 has an impossible size or duration</source>
        <translation>die Mediendatei %1 hat eine unmögliche Größe oder Dauer</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be imported as media.</source>
        <translation>%1 ist keine normale Datei und kann daher nicht als Medium importiert werden.</translation>
    </message>
    <message>
        <source>The recovered media file %1 is still in use by another Coursewright window.</source>
        <translation>Die wiederhergestellte Mediendatei %1 wird noch von einem anderen Coursewright-Fenster verwendet.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Der Import von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSchema</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project: the file is empty.</source>
        <translation>%1 ist kein Coursewright-Projekt: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project.</source>
        <translation>%1 ist kein Coursewright-Projekt.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file has been cut short (truncated).</source>
        <translation>%1 ist unvollständig: Die Datei wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coursewright project.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Coursewright-Projekt.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Coursewright (file format %2; this version reads up to format %3). Please update Coursewright to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Coursewright gespeichert (Dateiformat %2; diese Version liest bis Format %3). Bitte aktualisieren Sie Coursewright, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 ist beschädigt: Die Formatversion fehlt.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>kein Dateikopf</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 wird von einem anderen Programm verwendet. Schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>cw::PropertyEditor</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select an item in the outline to edit its properties.</source>
        <translation>Wählen Sie ein Element in der Gliederung aus, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Fehler beim Bearbeiten</translation>
    </message>
    <message>
        <source>A %1 has no properties to edit.</source>
        <translation>Ein Element vom Typ %1 hat keine bearbeitbaren Eigenschaften.</translation>
    </message>
</context>
<context>
    <name>cw::PropertyField</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(fehlt: %1)</translation>
    </message>
</context>
<context>
    <name>cw::QuestionEditor</name>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Steps in the correct order</source>
        <translation>Schritte in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Select a question to edit it.</source>
        <translation>Wählen Sie eine Frage aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Quiz settings: %1</source>
        <translation>Quiz-Einstellungen: %1</translation>
    </message>
    <message>
        <source>Quiz settings</source>
        <translation>Quiz-Einstellungen</translation>
    </message>
    <message>
        <source>Add a %1 after this question</source>
        <translation>%1 nach dieser Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::QuizRules</name>
    <message>
        <source>%1 has no questions.</source>
        <translation>%1 enthält keine Fragen.</translation>
    </message>
    <message>
        <source>%1 draws %2 questions but has only %3.</source>
        <translation>%1 zieht %2 Fragen, enthält aber nur %3.</translation>
    </message>
    <message>
        <source>%1 has no question text.</source>
        <translation>%1 hat keinen Fragetext.</translation>
    </message>
    <message>
        <source>%1 has no accepted answer.</source>
        <translation>%1 hat keine akzeptierte Antwort.</translation>
    </message>
    <message>
        <source>%1 needs at least two pairs.</source>
        <translation>%1 benötigt mindestens zwei Paare.</translation>
    </message>
    <message>
        <source>%1 needs at least two steps.</source>
        <translation>%1 benötigt mindestens zwei Schritte.</translation>
    </message>
    <message>
        <source>%1 has a negative tolerance.</source>
        <translation>%1 hat eine negative Toleranz.</translation>
    </message>
    <message>
        <source>%1 needs at least two points on its scale.</source>
        <translation>%1 benötigt mindestens zwei Stufen auf der Skala.</translation>
    </message>
    <message>
        <source>%1 needs at least two choices.</source>
        <translation>%1 benötigt mindestens zwei Antwortmöglichkeiten.</translation>
    </message>
    <message>
        <source>%1 has no choice marked correct.</source>
        <translation>Bei %1 ist keine Antwortmöglichkeit als richtig markiert.</translation>
    </message>
    <message>
        <source>%1 has %2 choices marked correct; a single-choice question needs exactly one.</source>
        <translation>Bei %1 sind %2 Antwortmöglichkeiten als richtig markiert; eine Einfachauswahlfrage benötigt genau eine.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 hat keinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a survey question with no right answer, so its %n point(s) never count towards a score. Set its points to 0.</source>
        <translation>
            <numerusform>%1 ist eine Umfragefrage ohne richtige Antwort, daher zählt ihr %n Punkt nie zum Ergebnis. Setzen Sie die Punkte auf 0.</numerusform>
            <numerusform>%1 ist eine Umfragefrage ohne richtige Antwort, daher zählen ihre %n Punkte nie zum Ergebnis. Setzen Sie die Punkte auf 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::RecoveryFile</name>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation>Die Wiederherstellungsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright recovery file.</source>
        <translation>%1 ist keine Coursewright-Wiederherstellungsdatei.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged.</source>
        <translation>Die Wiederherstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged: %2</source>
        <translation>Die Wiederherstellungsdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Could not create the folder for recovery files, %1.</source>
        <translation>Der Ordner für Wiederherstellungsdateien, %1, konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the recovery file %1: it belongs to another running session.</source>
        <translation>Die Wiederherstellungsdatei %1 konnte nicht geschrieben werden: Sie gehört zu einer anderen laufenden Sitzung.</translation>
    </message>
</context>
<context>
    <name>cw::RemoveNodeCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>cw::RichTextEdit</name>
    <message>
        <source>&quot;%1&quot; cannot be a link. Use a web address (https://...), mailto: or tel:; a course cannot link to its own files.</source>
        <translation>„%1“ kann kein Link sein. Verwenden Sie eine Webadresse (https://...), mailto: oder tel:; ein Kurs kann nicht auf seine eigenen Dateien verlinken.</translation>
    </message>
</context>
<context>
    <name>cw::RichTextToolBar</name>
    <message>
        <source>Text formatting</source>
        <translation>Textformatierung</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code (fixed-width text)</source>
        <translation>Code (Text mit fester Breite)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>Ü%1</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Überschrift %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitattext</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <source>Code block (preformatted lines)</source>
        <translation>Codeblock (vorformatierte Zeilen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Web address (https://...), mailto: or tel: (empty removes the link):</source>
        <translation>Webadresse (https://...), mailto: oder tel: (leer entfernt den Link):</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioEditor</name>
    <message>
        <source>Select a scenario to edit it.</source>
        <translation>Wählen Sie ein Szenario, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Enden</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioRules</name>
    <message>
        <source>Variable “%1” in %2 is not a valid name: use letters, digits and _, starting with a letter.</source>
        <translation>Die Variable „%1“ in %2 hat keinen gültigen Namen: Verwenden Sie Buchstaben, Ziffern und _, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>%1 defines the variable “%2” more than once.</source>
        <translation>%1 definiert die Variable „%2“ mehrfach.</translation>
    </message>
    <message>
        <source>%1 has no starting step.</source>
        <translation>%1 hat keinen Startschritt.</translation>
    </message>
    <message>
        <source>%1 has an image without alternative text.</source>
        <translation>%1 enthält ein Bild ohne Alternativtext.</translation>
    </message>
    <message>
        <source>%1 does not lead anywhere.</source>
        <translation>%1 führt nirgendwohin.</translation>
    </message>
    <message>
        <source>%1 leads to a step that is not in this scenario.</source>
        <translation>%1 führt zu einem Schritt, der nicht in diesem Szenario liegt.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation>%1 ist vom Start aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 has no choices and is not an ending.</source>
        <translation>%1 hat keine Auswahlmöglichkeiten und ist kein Ende.</translation>
    </message>
    <message>
        <source>%1 has no path to an ending.</source>
        <translation>Von %1 führt kein Weg zu einem Ende.</translation>
    </message>
    <message>
        <source>%1: the condition “%2” is not valid (%3).</source>
        <translation>%1: Die Bedingung „%2“ ist ungültig (%3).</translation>
    </message>
    <message>
        <source>%1: the effects “%2” are not valid (%3).</source>
        <translation>%1: Die Auswirkungen „%2“ sind ungültig (%3).</translation>
    </message>
    <message>
        <source>%1 uses the variable “%2”, which the scenario does not define.</source>
        <translation>%1 verwendet die Variable „%2“, die im Szenario nicht definiert ist.</translation>
    </message>
</context>
<context>
    <name>cw::Schema</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Feedback bei richtiger Antwort</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Feedback bei falscher Antwort</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet einen der Werte: %1</translation>
    </message>
    <message>
        <source>expected any of: %1</source>
        <translation>erwartet beliebige der Werte: %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a SHA-256 asset hash in lower-case hex, or an empty string</source>
        <translation>ein SHA-256-Medienhash in hexadezimaler Kleinschreibung oder eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>a node id</source>
        <translation>eine Knoten-ID</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a known value</source>
        <translation>ein bekannter Wert</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Course identifier</source>
        <translation>Kurskennung</translation>
    </message>
    <message>
        <source>Completion requires</source>
        <translation>Für den Abschluss erforderlich</translation>
    </message>
    <message>
        <source>Passing score (%)</source>
        <translation>Bestehensgrenze (%)</translation>
    </message>
    <message>
        <source>Reading speed (words per minute)</source>
        <translation>Lesegeschwindigkeit (Wörter pro Minute)</translation>
    </message>
    <message>
        <source>Time allowed per question (seconds)</source>
        <translation>Zeit pro Frage (Sekunden)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Own completion rule</source>
        <translation>Eigene Abschlussregel</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Attempts allowed (0 = unlimited)</source>
        <translation>Erlaubte Versuche (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Shuffle questions</source>
        <translation>Fragen mischen</translation>
    </message>
    <message>
        <source>Shuffle choices</source>
        <translation>Antwortmöglichkeiten mischen</translation>
    </message>
    <message>
        <source>Questions drawn from the pool (0 = all)</source>
        <translation>Aus dem Pool gezogene Fragen (0 = alle)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Allow review of answers</source>
        <translation>Überprüfen der Antworten erlauben</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Startpunkt</translation>
    </message>
    <message>
        <source>Passing score (points, 0 = outcome only)</source>
        <translation>Bestehensgrenze (Punkte, 0 = nur Ergebnis)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Decorative (no alternative text needed)</source>
        <translation>Dekorativ (kein Alternativtext nötig)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Captions (WebVTT)</source>
        <translation>Untertitel (WebVTT)</translation>
    </message>
    <message>
        <source>Poster image</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Hinweisbox</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Akkordeon</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitattext</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Lückentext</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Akzeptierte Antworten</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Tolerance (±)</source>
        <translation>Toleranz (±)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Likert-Skala</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Antwortmöglichkeit</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Passt zu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Scenario step</source>
        <translation>Szenarioschritt</translation>
    </message>
    <message>
        <source>Image alternative text</source>
        <translation>Alternativtext des Bildes</translation>
    </message>
    <message>
        <source>Outcome (endings)</source>
        <translation>Ergebnis (bei Enden)</translation>
    </message>
    <message>
        <source>Ending feedback</source>
        <translation>Feedback am Ende</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Szenario-Auswahl</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Führt zu</translation>
    </message>
    <message>
        <source>Shown when</source>
        <translation>Angezeigt, wenn</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>Translate as &quot;keep&quot; if nouns keep their capital letter inside a sentence in your language (German does); otherwise as &quot;lower-case&quot;.</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Designfarbe</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo alternative text</source>
        <translation>Alternativtext des Logos</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporteinstellungen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>cw::ScormTarget</name>
    <message>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <source>SCORM 2004 3rd Edition</source>
        <translation>SCORM 2004 3rd Edition</translation>
    </message>
    <message>
        <source>SCORM 2004 4th Edition</source>
        <translation>SCORM 2004 4th Edition</translation>
    </message>
    <message>
        <source>The folder %1 holds no %2 schema set (%3 is missing).</source>
        <translation>Der Ordner %1 enthält keinen Schemasatz für %2 (%3 fehlt).</translation>
    </message>
</context>
<context>
    <name>cw::SetPropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>cw::SqliteStatement</name>
    <message>
        <source>Preparing a query failed</source>
        <translation>Die Vorbereitung einer Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Eine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A database command failed</source>
        <translation>Ein Datenbankbefehl ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cw::Starters</name>
    <message>
        <source>An empty course with one module and one page.</source>
        <translation>Ein leerer Kurs mit einem Modul und einer Seite.</translation>
    </message>
    <message>
        <source>Giving Constructive Feedback: a 15-minute sample module with pages, a branching scenario and a knowledge check.</source>
        <translation>Konstruktives Feedback geben: ein 15-minütiges Beispielmodul mit Seiten, einem verzweigten Szenario und einer Wissensüberprüfung.</translation>
    </message>
    <message>
        <source>There is no template called “%1”. Templates: %2.</source>
        <translation>Es gibt keine Vorlage namens „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The template “%1” is missing from this build: %2</source>
        <translation>Die Vorlage „%1“ fehlt in dieser Version: %2</translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2</source>
        <translation>Die Vorlage „%1“ ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>cw::StepEditor</name>
    <message>
        <source>Select a scenario step to edit it.</source>
        <translation>Wählen Sie einen Szenarioschritt, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>cw::SvgSanitizer</name>
    <message>
        <source>The SVG declares XML entities (&lt;!ENTITY&gt; in its DOCTYPE), which are not accepted. Export it again without them.</source>
        <translation>Das SVG deklariert XML-Entitäten (&lt;!ENTITY&gt; in seinem DOCTYPE), die nicht akzeptiert werden. Exportieren Sie es erneut ohne sie.</translation>
    </message>
    <message>
        <source>The SVG refers to an XML entity that is not defined in it.</source>
        <translation>Das SVG verweist auf eine XML-Entität, die darin nicht definiert ist.</translation>
    </message>
    <message>
        <source>This is not an SVG image: its root element is not &lt;svg&gt; in the SVG namespace (xmlns=&quot;%1&quot;).</source>
        <translation>Dies ist kein SVG-Bild: Sein Wurzelelement ist nicht &lt;svg&gt; im SVG-Namensraum (xmlns=&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The SVG nests elements more than %1 deep.</source>
        <translation>Das SVG verschachtelt Elemente mehr als %1 Ebenen tief.</translation>
    </message>
    <message>
        <source>The file is empty or is not an SVG image.</source>
        <translation>Die Datei ist leer oder kein SVG-Bild.</translation>
    </message>
    <message>
        <source>The SVG is not well-formed XML (line %1, column %2): %3</source>
        <translation>Das SVG ist kein wohlgeformtes XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>The SVG is too large (%1 MB); at most %2 MB are accepted.</source>
        <translation>Das SVG ist zu groß (%1 MB); akzeptiert werden höchstens %2 MB.</translation>
    </message>
    <message>
        <source>Compressed SVG (.svgz) is not accepted; save the image as plain SVG.</source>
        <translation>Komprimiertes SVG (.svgz) wird nicht akzeptiert; speichern Sie das Bild als einfaches SVG.</translation>
    </message>
</context>
<context>
    <name>cw::TempArtifact</name>
    <message>
        <source>Could not create a temporary file in %1.</source>
        <translation>In %1 konnte keine temporäre Datei angelegt werden.</translation>
    </message>
</context>
<context>
    <name>cw::TrueFalseField</name>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>%1: true</source>
        <translation>%1: wahr</translation>
    </message>
    <message>
        <source>%1: false</source>
        <translation>%1: falsch</translation>
    </message>
</context>
<context>
    <name>cw::Validator</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>cw::VariablesTable</name>
    <message>
        <source>No variables yet. Variables keep score of what the learner chose.</source>
        <translation>Noch keine Variablen. Variablen halten fest, was die Lernenden gewählt haben.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is &quot;Variable&quot;, %2 its number, %3 a property (&quot;name&quot;, &quot;type&quot;, &quot;initial value&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>%1 %2 problem</source>
        <translation>%1 %2 Problem</translation>
    </message>
</context>
<context>
    <name>cw::XapiOptions</name>
    <message>
        <source>&quot;%1&quot; is not an absolute IRI: start it with a scheme, as in https://example.com/courses/safety.</source>
        <translation>„%1“ ist keine absolute IRI: Beginnen Sie mit einem Schema, wie in https://example.com/courses/safety.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space or a character an IRI cannot hold (&lt; &gt; &quot; { } | \ ^ `); percent-encode such characters.</source>
        <translation>„%1“ enthält ein Leerzeichen oder ein Zeichen, das in einer IRI nicht stehen kann (&lt; &gt; &quot; { } | \ ^ `); kodieren Sie solche Zeichen mit Prozentzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a query (?) or a fragment (#); node ids are added to the end of the base, so it must end in a path.</source>
        <translation>„%1“ enthält eine Abfrage (?) oder ein Fragment (#); die Knoten-IDs werden an das Ende der Basis angehängt, daher muss sie mit einem Pfad enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host: write it as %2://host/path, as in https://example.com/courses/safety.</source>
        <translation>„%1“ nennt keinen Host: Schreiben Sie sie als %2://host/pfad, wie in https://example.com/courses/safety.</translation>
    </message>
</context>
<context>
    <name>cw::XapiTarget</name>
    <message>
        <source>xAPI (Tin Can)</source>
        <translation>xAPI (Tin Can)</translation>
    </message>
</context>
<context>
    <name>cw::ZipPackageSink</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package file.</source>
        <translation>%1 ist ein Ordner, keine Paketdatei.</translation>
    </message>
    <message>
        <source>Could not create the package %1: %2</source>
        <translation>Das Paket %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not add %1 to the package: %2</source>
        <translation>%1 konnte nicht zum Paket hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>Das Paket ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write a temporary file for %1: %2</source>
        <translation>Für %1 konnte keine temporäre Datei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>Es gibt nichts zu exportieren: Das Paket wäre leer.</translation>
    </message>
    <message>
        <source>Could not write the package %1: %2</source>
        <translation>Das Paket %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not replace the package %1: %2</source>
        <translation>Das Paket %1 konnte nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>In %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>Usage: coursewright-cli %1</source>
        <translation>Aufruf: coursewright-cli %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>create a project, blank or from a template</source>
        <translation>ein Projekt anlegen, leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>show a course&apos;s contents and estimated duration</source>
        <translation>Inhalt und geschätzte Dauer eines Kurses anzeigen</translation>
    </message>
    <message>
        <source>list a course&apos;s problems (exit status 1 on errors)</source>
        <translation>die Probleme eines Kurses auflisten (Exit-Status 1 bei Fehlern)</translation>
    </message>
    <message>
        <source>write a course as canonical JSON</source>
        <translation>einen Kurs als kanonisches JSON ausgeben</translation>
    </message>
    <message>
        <source>create a project from canonical JSON</source>
        <translation>ein Projekt aus kanonischem JSON anlegen</translation>
    </message>
    <message>
        <source>Usage: coursewright-cli COMMAND [ARGS]

Commands:
</source>
        <translation>Aufruf: coursewright-cli COMMAND [ARGS]

Befehle:
</translation>
    </message>
    <message>
        <source>
&apos;coursewright-cli COMMAND --help&apos; describes a command.

Exit status: 0 success, 1 validation errors, 2 wrong arguments, 3 a file could not be read or written.</source>
        <translation>
&apos;coursewright-cli COMMAND --help&apos; beschreibt einen Befehl.

Exit-Status: 0 Erfolg, 1 Validierungsfehler, 2 falsche Argumente, 3 eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation>kein Befehl angegeben
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
</source>
        <translation>unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Creates a course project file, blank or from a starter template (%1).</source>
        <translation>Legt eine Kursprojektdatei an, leer oder aus einer Startvorlage (%1).</translation>
    </message>
    <message>
        <source>Starter template to use.</source>
        <translation>Zu verwendende Startvorlage.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; available: %2</source>
        <translation>unbekannte Vorlage &apos;%1&apos;; verfügbar: %2</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>%1 aus der Vorlage %2 angelegt.</translation>
    </message>
    <message>
        <source>Writes the course as canonical JSON to standard output: sorted keys, stable order, media by hash. With --assets, also writes each media file to DIR as &lt;hash&gt;.&lt;ext&gt;.</source>
        <translation>Schreibt den Kurs als kanonisches JSON auf die Standardausgabe: sortierte Schlüssel, stabile Reihenfolge, Medien über ihren Hash. Mit --assets wird außerdem jede Mediendatei als &lt;hash&gt;.&lt;ext&gt; nach DIR geschrieben.</translation>
    </message>
    <message>
        <source>Folder to write the media files to.</source>
        <translation>Ordner, in den die Mediendateien geschrieben werden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Creates a project file from canonical JSON. SOURCE is a JSON file (media from --assets DIR) or a folder holding course.json and an assets folder. A media file is found as &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; or by its name.</source>
        <translation>Legt eine Projektdatei aus kanonischem JSON an. SOURCE ist eine JSON-Datei (Medien aus --assets DIR) oder ein Ordner mit course.json und einem Ordner assets. Eine Mediendatei wird als &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; oder über ihren Namen gefunden.</translation>
    </message>
    <message>
        <source>Folder holding the media files.</source>
        <translation>Ordner mit den Mediendateien.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the course lists %n media file(s); pass --assets DIR with their files</source>
        <translation>
            <numerusform>der Kurs führt %n Mediendatei auf; geben Sie --assets DIR mit dieser Datei an</numerusform>
            <numerusform>der Kurs führt %n Mediendateien auf; geben Sie --assets DIR mit diesen Dateien an</numerusform>
        </translation>
    </message>
    <message>
        <source>the media folder %1 does not exist</source>
        <translation>der Medienordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shows a course&apos;s settings, contents, media and estimated duration with the assumptions behind it.</source>
        <translation>Zeigt Einstellungen, Inhalt, Medien und geschätzte Dauer eines Kurses samt den zugrunde liegenden Annahmen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Course:      %1</source>
        <translation>Kurs:        %1</translation>
    </message>
    <message>
        <source>Identifier:  %1</source>
        <translation>Kennung:     %1</translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation>Sprache:     %1</translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation>Autor:       %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Version:     %1</translation>
    </message>
    <message>
        <source>Contents:    %1, %2, %3, %4 (%5), %6 (%7)</source>
        <translation>Inhalt:      %1, %2, %3, %4 (%5), %6 (%7)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Modul</numerusform>
            <numerusform>%n Module</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n Block</numerusform>
            <numerusform>%n Blöcke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n Quiz</numerusform>
            <numerusform>%n Quizze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario</numerusform>
            <numerusform>%n Szenarien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Media:       %1, %2 KB</source>
        <translation>Medien:      %1, %2 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1</source>
        <translation>Geschätzte Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: reading at %1 words per minute; %2 s per question; %3 s per scenario step; %4 s per image; audio and video at their length.</source>
        <translation>Annahmen: Lesegeschwindigkeit %1 Wörter pro Minute; %2 s pro Frage; %3 s pro Szenarioschritt; %4 s pro Bild; Audio und Video mit ihrer Länge.</translation>
    </message>
    <message>
        <source>Checks a course and lists its problems. Exits with status 1 when there are errors.</source>
        <translation>Prüft einen Kurs und listet seine Probleme auf. Endet mit Status 1, wenn es Fehler gibt.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Folder, or .zip file, to write.</source>
        <translation>Zu schreibender Ordner oder .zip-Datei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export even when validation finds errors.</source>
        <translation>Auch exportieren, wenn die Prüfung Fehler findet.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>missing --out PATH
Usage: coursewright-cli %1</source>
        <translation>--out PATH fehlt
Aufruf: coursewright-cli %1</translation>
    </message>
    <message>
        <source>export refused: the course has %1; fix them or pass --force to export anyway</source>
        <translation>Export abgelehnt: der Kurs hat %1; beheben Sie sie oder geben Sie --force an, um trotzdem zu exportieren</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Als %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Files: %1; %2 bytes</source>
        <translation>Dateien: %1; %2 Bytes</translation>
    </message>
    <message>
        <source> (zip archive: %1 bytes)</source>
        <translation> (ZIP-Archiv: %1 Bytes)</translation>
    </message>
    <message>
        <source>write a course package (html; exit status 1 on errors)</source>
        <translation>ein Kurspaket schreiben (html; Exit-Status 1 bei Fehlern)</translation>
    </message>
    <message>
        <source>Package format (%1).</source>
        <translation>Paketformat (%1).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One of: %1 (default: %2).</source>
        <translation>Eines von: %1 (Vorgabe: %2).</translation>
    </message>
    <message>
        <source>on or off (default: %1).</source>
        <translation>on oder off (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Never kept with the course.</source>
        <translation>Wird nie mit dem Kurs gespeichert.</translation>
    </message>
    <message>
        <source>Formats: %1.</source>
        <translation>Formate: %1.</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; choose one of: %3</source>
        <translation>ungültiger Wert „%1“ für %2; möglich sind: %3</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; use on or off</source>
        <translation>ungültiger Wert „%1“ für %2; möglich sind on und off</translation>
    </message>
    <message>
        <source>Exports a course as a package. PATH ending in .zip gives a zip archive, anything else a folder: a new or empty folder, or one holding a previous export, which is replaced (a folder holding other files is refused, so nothing of yours is deleted). The course is validated first; an export with errors is refused (exit status 1) unless --force is given.

A format&apos;s options are taken from the command line, else from what the course kept from an earlier export (--remember, or the editor&apos;s Export dialog), else their defaults. The file is only opened for reading, unless --remember is given.

</source>
        <translation>Exportiert einen Kurs als Paket. Ein PATH, der auf .zip endet, ergibt ein ZIP-Archiv, alles andere einen Ordner: einen neuen oder leeren Ordner oder einen mit einem früheren Export, der ersetzt wird (ein Ordner mit anderen Dateien wird abgelehnt, damit nichts von Ihnen gelöscht wird). Der Kurs wird zuerst geprüft; ein Export mit Fehlern wird abgelehnt (Exit-Status 1), außer mit --force.

Die Optionen eines Formats kommen von der Kommandozeile, sonst aus dem, was der Kurs von einem früheren Export gespeichert hat (--remember oder der Exportdialog des Editors), sonst aus ihren Vorgaben. Die Datei wird nur zum Lesen geöffnet, außer mit --remember.

</translation>
    </message>
    <message>
        <source>After a successful export, keep the format and its options with the course (the file is saved), so the next export repeats them.</source>
        <translation>Nach einem erfolgreichen Export Format und Optionen mit dem Kurs speichern (die Datei wird gespeichert), damit der nächste Export sie wiederholt.</translation>
    </message>
    <message>
        <source>%1 is not an option of %2, which has no options</source>
        <translation>%1 ist keine Option von %2; %2 hat keine Optionen</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; its options: %3</source>
        <translation>%1 ist keine Option von %2; seine Optionen: %3</translation>
    </message>
    <message>
        <source>cannot keep the options with %1: the file is read-only</source>
        <translation>die Optionen können nicht mit %1 gespeichert werden: die Datei ist schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>Packages: %n zip file(s)</source>
        <translation>
            <numerusform>Pakete: %n ZIP-Archiv</numerusform>
            <numerusform>Pakete: %n ZIP-Archive</numerusform>
        </translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <source>the package was written, but the options could not be kept: %1</source>
        <translation>das Paket wurde geschrieben, aber die Optionen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Kept with the course for the next export.</source>
        <translation>Für den nächsten Export mit dem Kurs gespeichert.</translation>
    </message>
    <message>
        <source>The course already keeps these options.</source>
        <translation>Der Kurs hat diese Optionen bereits gespeichert.</translation>
    </message>
    <message>
        <source>supported formats: %1</source>
        <translation>unterstützte Formate: %1</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (%2 allows %3)</source>
        <translation>Lernstand, schlimmster Fall: %1 Zeichen (%2 erlaubt %3)</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (no limit in this format; SCORM 1.2 allows %2, SCORM 2004 %3)</source>
        <translation>Lernstand, schlimmster Fall: %1 Zeichen (in diesem Format unbegrenzt; SCORM 1.2 erlaubt %2, SCORM 2004 %3)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coursewright: offline course authoring with SCORM, xAPI and cmi5 export.</source>
        <translation>Coursewright: Offline-Kurserstellung mit Export nach SCORM, xAPI und cmi5.</translation>
    </message>
    <message>
        <source>The course to open (.cwcourse).</source>
        <translation>Der zu öffnende Kurs (.cwcourse).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Coursewright</source>
        <translation>Coursewright</translation>
    </message>
</context>
</TS>
