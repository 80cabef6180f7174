<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cw::ActionRegistry</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation>Commencer un nouveau cours</translation>
    </message>
    <message>
        <source>New from &amp;Sample Course</source>
        <translation>Nouveau à partir du cours d&apos;exe&amp;mple</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a course file</source>
        <translation>Ouvrir un fichier de cours</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Enregistrer le cours</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the course under a new name</source>
        <translation>Enregistrer le cours sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the course as a package to put online or into a learning platform</source>
        <translation>Écrire le cours sous forme de paquet à mettre en ligne ou sur une plateforme d&apos;apprentissage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Import &amp;Media…</source>
        <translation>Importer des &amp;médias…</translation>
    </message>
    <message>
        <source>Add images, audio, video or captions to the course; they go into the selected item when it takes them</source>
        <translation>Ajouter des images, de l&apos;audio, de la vidéo ou des sous-titres au cours&#xa0;; ils vont dans l&apos;élément sélectionné s&apos;il peut les accueillir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected item and everything in it</source>
        <translation>Copier l&apos;élément sélectionné et tout son contenu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected item and everything in it</source>
        <translation>Supprimer l&apos;élément sélectionné et tout son contenu</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation>Placer l&apos;élément sélectionné avant celui qui le précède</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation>Placer l&apos;élément sélectionné après celui qui le suit</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Aller au &amp;plan</translation>
    </message>
    <message>
        <source>Put the keyboard in the course outline</source>
        <translation>Placer le focus clavier dans le plan du cours</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Aller à l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field</source>
        <translation>Placer le focus clavier dans le premier champ de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;About Coursewright</source>
        <translation>À &amp;propos de Coursewright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>cw::AssetBlobs</name>
    <message>
        <source>Could not write media data</source>
        <translation>Impossible d&apos;écrire les données du média</translation>
    </message>
    <message>
        <source>Could not read media data</source>
        <translation>Impossible de lire les données du média</translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>Le projet ne contient aucune donnée pour le fichier média %1.</translation>
    </message>
    <message>
        <source>Could not write the media file: %1</source>
        <translation>Impossible d&apos;écrire le fichier média&#xa0;: %1</translation>
    </message>
    <message>
        <source>The media file %1 is damaged in the project: its content no longer matches.</source>
        <translation>Le fichier média %1 est endommagé dans le projet&#xa0;: son contenu ne correspond plus.</translation>
    </message>
    <message>
        <source>The media data ended early.</source>
        <translation>Les données du média s&apos;arrêtent prématurément.</translation>
    </message>
    <message>
        <source>The media data is laid out unexpectedly.</source>
        <translation>Les données du média ont une structure inattendue.</translation>
    </message>
</context>
<context>
    <name>cw::AssetCommand</name>
    <message>
        <source>Add media %1</source>
        <translation>Ajouter le média %1</translation>
    </message>
    <message>
        <source>Remove media %1</source>
        <translation>Retirer le média %1</translation>
    </message>
</context>
<context>
    <name>cw::AssetField</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>cw::AssetsDock</name>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Remove Unused</source>
        <translation>Retirer les médias inutilisés</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Fichiers médias</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Take the media files nothing in the course uses out of it</source>
        <translation>Retirer du cours les fichiers médias que rien n&apos;utilise</translation>
    </message>
    <message>
        <source>Not used anywhere in the course</source>
        <translation>Utilisé nulle part dans le cours</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s)</source>
        <translation>
            <numerusform>Utilisé à %n endroit</numerusform>
            <numerusform>Utilisé à %n endroits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, unused</source>
        <translation>%1, sans utilisation</translation>
    </message>
    <message>
        <source>Go to this %1</source>
        <translation>Aller à cet élément (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused media file(s)</source>
        <translation>
            <numerusform>Retirer %n fichier média inutilisé</numerusform>
            <numerusform>Retirer %n fichiers médias inutilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Replace the selected media file</source>
        <translation>Remplacer le fichier multimédia sélectionné</translation>
    </message>
    <message>
        <source>Put another file in place of the selected one, wherever it is used</source>
        <translation>Mettre un autre fichier à la place de celui sélectionné, partout où il est utilisé</translation>
    </message>
    <message>
        <source>Remove unused media files</source>
        <translation>Retirer les fichiers multimédias inutilisés</translation>
    </message>
</context>
<context>
    <name>cw::AtomicFileWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::BlockCard</name>
    <message>
        <source>%1 block</source>
        <translation>Bloc «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Drag to move the block</source>
        <translation>Faire glisser pour déplacer le bloc</translation>
    </message>
    <message>
        <source>Move block up (Alt+Up)</source>
        <translation>Monter le bloc (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move block down (Alt+Down)</source>
        <translation>Descendre le bloc (Alt+Bas)</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Dupliquer le bloc</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Onglet %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Add Tab</source>
        <translation>Ajouter un onglet</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceLabel</name>
    <message>
        <source>Pages viewed</source>
        <translation>Pages consultées</translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation>Quiz réussis</translation>
    </message>
    <message>
        <source>Scenarios finished</source>
        <translation>Scénarios terminés</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Après chaque question</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>À la fin du quiz</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Police du système</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattement</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattement</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Arrondie</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>Free: any page in any order</source>
        <translation>Libre&#xa0;: n&apos;importe quelle page dans n&apos;importe quel ordre</translation>
    </message>
    <message>
        <source>In order: each page after the one before</source>
        <translation>Dans l&apos;ordre&#xa0;: chaque page après la précédente</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>Monter %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>Descendre %1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Retirer %1 %2</translation>
    </message>
    <message>
        <source>Lead to a new step</source>
        <translation>Mener à une nouvelle étape</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New step…</source>
        <translation>Nouvelle étape…</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
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
        <translation>Le module «&#xa0;%1&#xa0;» n&apos;a aucun quiz noté, personne ne peut donc le réussir&#xa0;: «&#xa0;Passer à la suite quand&#xa0;: %2&#xa0;» ne serait jamais rempli. Choisissez auto ou Completed, ou ajoutez un quiz noté au module.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no graded quiz, so no learner can pass it: &quot;Move on when: %2&quot; could never be met. Choose auto or Completed, or add a graded quiz to the course.</source>
        <translation>Le cours «&#xa0;%1&#xa0;» n&apos;a aucun quiz noté, personne ne peut donc le réussir&#xa0;: «&#xa0;Passer à la suite quand&#xa0;: %2&#xa0;» ne serait jamais rempli. Choisissez auto ou Completed, ou ajoutez un quiz noté au cours.</translation>
    </message>
</context>
<context>
    <name>cw::ColorPicker</name>
    <message>
        <source>Pick the theme colour</source>
        <translation>Choisir la couleur du thème</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Theme colour as #rrggbb</source>
        <translation>Couleur du thème au format #rrggbb</translation>
    </message>
    <message>
        <source>Contrast with white text</source>
        <translation>Contraste avec un texte blanc</translation>
    </message>
    <message>
        <source>Theme Colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Not a colour yet: six hex digits after #, or pick one.</source>
        <translation>Pas encore une couleur&#xa0;: six chiffres hexadécimaux après #, ou choisissez-en une.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: easy to read.</source>
        <translation>Contraste avec un texte blanc %1:1&#xa0;: facile à lire.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: too light; text needs at least %2:1.</source>
        <translation>Contraste avec un texte blanc %1:1&#xa0;: trop clair&#xa0;; le texte exige au moins %2:1.</translation>
    </message>
</context>
<context>
    <name>cw::ContentRules</name>
    <message>
        <source>%1 has no blocks.</source>
        <translation>%1 ne contient aucun bloc.</translation>
    </message>
    <message>
        <source>%1 has no sections.</source>
        <translation>%1 ne contient aucune section.</translation>
    </message>
    <message>
        <source>%1 is a level %2 heading right after a level %3 heading; use level %4 so screen reader users don&apos;t miss a section.</source>
        <translation>%1 est un titre de niveau %2 juste après un titre de niveau %3&#xa0;; utilisez le niveau %4 pour que les utilisateurs de lecteurs d&apos;écran ne manquent pas de section.</translation>
    </message>
    <message>
        <source>%1: the file for “%2” is missing from the project.</source>
        <translation>%1&#xa0;: le fichier de «&#xa0;%2&#xa0;» est absent du projet.</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 (%4), which cannot be shown there.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» contient %3 (%4), qui ne peut pas y être affiché.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>Le cours n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>The course has no identifier.</source>
        <translation>Le cours n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The course has no language.</source>
        <translation>Le cours n&apos;a pas de langue.</translation>
    </message>
    <message>
        <source>The course language “%1” is not a valid language tag (such as en or de-CH).</source>
        <translation>La langue du cours «&#xa0;%1&#xa0;» n&apos;est pas une étiquette de langue valide (comme en ou de-CH).</translation>
    </message>
    <message>
        <source>The course has no modules.</source>
        <translation>Le cours ne contient aucun module.</translation>
    </message>
    <message>
        <source>The theme colour “%1” is not a colour in the form #rrggbb (such as #1f5f99).</source>
        <translation>La couleur du thème «&#xa0;%1&#xa0;» n&apos;est pas une couleur au format #rrggbb (comme #1f5f99).</translation>
    </message>
    <message>
        <source>The theme colour %1 has a contrast of %2:1 against white; text in it needs at least 4.5:1. Choose a darker colour.</source>
        <translation>La couleur du thème %1 a un contraste de %2:1 avec le blanc&#xa0;; un texte de cette couleur exige au moins 4,5:1. Choisissez une couleur plus foncée.</translation>
    </message>
    <message>
        <source>The course logo has no alternative text; screen readers will announce it without a name.</source>
        <translation>Le logo du cours n&apos;a pas de texte alternatif&#xa0;; les lecteurs d&apos;écran l&apos;annonceront sans nom.</translation>
    </message>
    <message>
        <source>%1 has no pages, quizzes or scenarios.</source>
        <translation>%1 ne contient aucune page, aucun quiz ni aucun scénario.</translation>
    </message>
    <message>
        <source>%1 takes about %2 minutes; keep modules under %3 minutes.</source>
        <translation>%1 dure environ %2 minutes&#xa0;; gardez les modules sous %3 minutes.</translation>
    </message>
    <message>
        <source>%1 has no image file.</source>
        <translation>%1 n&apos;a pas de fichier image.</translation>
    </message>
    <message>
        <source>%1 has no alternative text; add one or mark the image decorative.</source>
        <translation>%1 n&apos;a pas de texte alternatif&#xa0;; ajoutez-en un ou marquez l&apos;image comme décorative.</translation>
    </message>
    <message>
        <source>%1 has no video file.</source>
        <translation>%1 n&apos;a pas de fichier vidéo.</translation>
    </message>
    <message>
        <source>%1 has no audio file.</source>
        <translation>%1 n&apos;a pas de fichier audio.</translation>
    </message>
    <message>
        <source>%1 has no captions.</source>
        <translation>%1 n&apos;a pas de sous-titres.</translation>
    </message>
</context>
<context>
    <name>cw::CourseDocument</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>L&apos;élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 has no property &apos;%2&apos;.</source>
        <translation>%1 n&apos;a pas de propriété &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The place to insert into no longer exists.</source>
        <translation>L&apos;emplacement d&apos;insertion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A %1 cannot contain a %2.</source>
        <translation>Un élément de type %1 ne peut pas contenir d&apos;élément de type %2.</translation>
    </message>
    <message>
        <source>Position %1 is outside the %2.</source>
        <translation>La position %1 est en dehors de l&apos;élément de type %2.</translation>
    </message>
    <message>
        <source>The course already has an item with id %1.</source>
        <translation>Le cours contient déjà un élément avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The course itself cannot be moved.</source>
        <translation>Le cours lui-même ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation>Un élément ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <source>Nothing to insert.</source>
        <translation>Rien à insérer.</translation>
    </message>
    <message>
        <source>The course itself cannot be deleted.</source>
        <translation>Le cours lui-même ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>cw::CourseJson</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>type inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a UUID, found &apos;%1&apos;</source>
        <translation>UUID attendu, &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>l&apos;identifiant %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>a %1 cannot contain a %2</source>
        <translation>un élément de type %1 ne peut pas contenir d&apos;élément de type %2</translation>
    </message>
    <message>
        <source>expected a SHA-256 hash in lower-case hex</source>
        <translation>hachage SHA-256 attendu en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>the file name is %1 bytes long; file systems allow at most %2</source>
        <translation>le nom de fichier fait %1 octets&#xa0;; les systèmes de fichiers en autorisent au plus %2</translation>
    </message>
    <message>
        <source>a %1 has no property &apos;%2&apos;</source>
        <translation>un élément de type %1 n&apos;a pas de propriété &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a Coursewright course: the top level is not a JSON object</source>
        <translation>pas un cours Coursewright&#xa0;: le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>not a Coursewright course: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>pas un cours Coursewright&#xa0;: &quot;format&quot; n&apos;est pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this course was written by a newer Coursewright (format %1; this version reads up to %2)</source>
        <translation>ce cours a été écrit par une version plus récente de Coursewright (format %1&#xa0;; cette version lit jusqu&apos;au format %2)</translation>
    </message>
    <message>
        <source>the top node must be a course</source>
        <translation>le nœud supérieur doit être un cours</translation>
    </message>
    <message>
        <source>the asset %1 is listed twice</source>
        <translation>le média %1 est listé deux fois</translation>
    </message>
</context>
<context>
    <name>cw::EditorFrame</name>
    <message>
        <source>Edit error</source>
        <translation>Erreur de modification</translation>
    </message>
</context>
<context>
    <name>cw::EndingsOverview</name>
    <message>
        <source>No endings yet: set a step&apos;s type to Ending.</source>
        <translation>Aucune fin pour l’instant&#xa0;: donnez à une étape le type «&#xa0;Fin&#xa0;».</translation>
    </message>
    <message>
        <source>Open the ending “%1”</source>
        <translation>Ouvrir la fin «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Outcome of “%1”</source>
        <translation>Issue de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(no feedback)</source>
        <translation>(pas de commentaire)</translation>
    </message>
    <message>
        <source>Feedback of “%1”</source>
        <translation>Commentaire de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cw::ExportDialog</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>Fichier &amp;ZIP</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export Course</source>
        <translation>Exporter le cours</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>Écrire en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregi&amp;strer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation>Choisir un dossier pour %1</translation>
    </message>
    <message>
        <source>These options write one zip per module, into a folder.</source>
        <translation>Ces options écrivent un ZIP par module, dans un dossier.</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>Exporter vers un fichier ZIP</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Exporting the course…</source>
        <translation>Exportation du cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The course has %n error(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Le cours contient %n erreur&#xa0;; le panneau Problèmes la liste.</numerusform>
            <numerusform>Le cours contient %n erreurs&#xa0;; le panneau Problèmes les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>A package with errors may not play or track correctly.</source>
        <translation>Un paquet contenant des erreurs risque de ne pas se lire ou de ne pas enregistrer le suivi correctement.</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>Exporter &amp;quand même</translation>
    </message>
</context>
<context>
    <name>cw::ExportOption</name>
    <message>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>always: a returning learner continues where they left off; ask: the course asks them first; never: every visit starts afresh.</source>
        <translation>always&#xa0;: un apprenant qui revient reprend là où il s&apos;était arrêté&#xa0;; ask&#xa0;: le cours lui demande d&apos;abord&#xa0;; never&#xa0;: chaque visite recommence du début.</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Ask the learner</source>
        <translation>Demander à l&apos;apprenant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 has no option &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas d&apos;option «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Assignable units</source>
        <translation>Unités assignables</translation>
    </message>
    <message>
        <source>course: the course is one assignable unit (AU); au-per-module: a block with one AU per module, which the LMS tracks each on its own.</source>
        <translation>course&#xa0;: le cours est une unité assignable (AU)&#xa0;; au-per-module&#xa0;: un bloc avec une AU par module, que le LMS suit chacune séparément.</translation>
    </message>
    <message>
        <source>One AU for the course</source>
        <translation>Une AU pour le cours</translation>
    </message>
    <message>
        <source>One AU per module</source>
        <translation>Une AU par module</translation>
    </message>
    <message>
        <source>Move on when</source>
        <translation>Passer à la suite quand</translation>
    </message>
    <message>
        <source>What the LMS waits for before it counts an AU as done (cmi5 moveOn). auto: completed and passed where there is a graded quiz, completed elsewhere. Passed and CompletedAndPassed need a graded quiz in every AU.</source>
        <translation>Ce que le LMS attend avant de compter une AU comme terminée (moveOn de cmi5). auto&#xa0;: terminée et réussie là où il y a un quiz noté, terminée ailleurs. Passed et CompletedAndPassed exigent un quiz noté dans chaque AU.</translation>
    </message>
    <message>
        <source>Automatic (passed too where there is a graded quiz)</source>
        <translation>Automatique (réussite aussi là où il y a un quiz noté)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Completed and passed</source>
        <translation>Terminé et réussi</translation>
    </message>
    <message>
        <source>Completed or passed</source>
        <translation>Terminé ou réussi</translation>
    </message>
    <message>
        <source>Not applicable (done when assigned)</source>
        <translation>Sans objet (terminé dès l&apos;assignation)</translation>
    </message>
    <message>
        <source>Passing score in cmi5.xml</source>
        <translation>Seuil de réussite dans cmi5.xml</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into cmi5.xml as the masteryScore of each AU with a graded quiz, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Écrire le seuil de réussite du cours dans cmi5.xml comme masteryScore de chaque AU comportant un quiz noté, pour que le LMS le connaisse (et puisse laisser un administrateur le modifier).</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>course: one SCO for the whole course; sco-per-module: one package with a SCO per module, tracked each on its own; package-per-module: one zip per module, written into a folder, for libraries of short modules.</source>
        <translation>course&#xa0;: un seul SCO pour tout le cours&#xa0;; sco-per-module&#xa0;: un paquet avec un SCO par module, chacun suivi séparément&#xa0;; package-per-module&#xa0;: un ZIP par module, écrit dans un dossier, pour les bibliothèques de modules courts.</translation>
    </message>
    <message>
        <source>One package for the course</source>
        <translation>Un paquet pour le cours</translation>
    </message>
    <message>
        <source>One package, a SCO per module</source>
        <translation>Un paquet, un SCO par module</translation>
    </message>
    <message>
        <source>One package per module</source>
        <translation>Un paquet par module</translation>
    </message>
    <message>
        <source>Status when passed</source>
        <translation>Statut en cas de réussite</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who passed: passed, or completed for LMSs that only count completed.</source>
        <translation>Ce que le LMS enregistre pour un apprenant qui a réussi&#xa0;: passed, ou completed pour les LMS qui ne comptent que l&apos;achèvement.</translation>
    </message>
    <message>
        <source>Status when failed</source>
        <translation>Statut en cas d&apos;échec</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who failed: failed, or incomplete so that the LMS lets the learner try again.</source>
        <translation>Ce que le LMS enregistre pour un apprenant qui a échoué&#xa0;: failed, ou incomplete pour que le LMS le laisse réessayer.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Passing score in the manifest</source>
        <translation>Seuil de réussite dans le manifeste</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into imsmanifest.xml, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Écrire le seuil de réussite du cours dans imsmanifest.xml, pour que le LMS le connaisse (et puisse laisser un administrateur le modifier).</translation>
    </message>
    <message>
        <source>Schema files</source>
        <translation>Fichiers de schéma</translation>
    </message>
    <message>
        <source>A folder holding the official XSD files of this SCORM version, copied into the package root for validators that need them (LMSs do not).</source>
        <translation>Un dossier contenant les fichiers XSD officiels de cette version de SCORM, copiés à la racine du paquet pour les validateurs qui en ont besoin (les LMS n&apos;en ont pas besoin).</translation>
    </message>
    <message>
        <source>Activity IRI base</source>
        <translation>Base des IRI d&apos;activité</translation>
    </message>
    <message>
        <source>The absolute IRI the course&apos;s activity ids start with, such as https://example.com/courses/safety: the LRS keeps a learner&apos;s records by them, so keep it when you re-export. Empty: made from the course identifier.</source>
        <translation>L&apos;IRI absolue par laquelle commencent les identifiants d&apos;activité du cours, par exemple https://example.com/courses/safety&#xa0;: le LRS range les données des apprenants selon ces identifiants, conservez-la donc lors d&apos;une nouvelle exportation. Vide&#xa0;: construite à partir de l&apos;identifiant du cours.</translation>
    </message>
</context>
<context>
    <name>cw::Exporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; known formats: %2.</source>
        <translation>Format d&apos;exportation inconnu «&#xa0;%1&#xa0;»&#xa0;; formats connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and does not hold a previous export; choose a new or empty folder, or a path ending in .zip.</source>
        <translation>Le dossier %1 n&apos;est pas vide et ne contient pas d&apos;exportation précédente&#xa0;; choisissez un dossier nouveau ou vide, ou un chemin se terminant par .zip.</translation>
    </message>
    <message>
        <source>No output path was given.</source>
        <translation>Aucun chemin de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>A learner&apos;s saved progress in this course can reach %L1 characters, more than the %L2 that %3 lets a course save; resume would break. Make the course smaller (fewer questions, attempts or scenario steps per module) or choose a scope with one SCO per module.</source>
        <translation>La progression enregistrée d&apos;un apprenant dans ce cours peut atteindre %L1 caractères, plus que les %L2 que %3 permet à un cours d&apos;enregistrer&#xa0;; la reprise échouerait. Réduisez le cours (moins de questions, de tentatives ou d&apos;étapes de scénario par module) ou choisissez une portée avec un SCO par module.</translation>
    </message>
    <message>
        <source>The course has validation errors; fix them or export anyway with force.</source>
        <translation>Le cours contient des erreurs de validation&#xa0;; corrigez-les ou forcez l&apos;exportation.</translation>
    </message>
    <message>
        <source>This export writes one zip per module; choose a folder to put them in, not a .zip file.</source>
        <translation>Cette exportation écrit un ZIP par module&#xa0;; choisissez un dossier où les placer, pas un fichier .zip.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 holds files other than packages; choose a new or empty folder.</source>
        <translation>Le dossier %1 contient d&apos;autres fichiers que des paquets&#xa0;; choisissez un dossier nouveau ou vide.</translation>
    </message>
</context>
<context>
    <name>cw::Expression</name>
    <message>
        <source>column %1: &apos;%2&apos; is not a number</source>
        <translation>colonne %1&#xa0;: &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>column %1: unexpected &apos;%2&apos;</source>
        <translation>colonne %1&#xa0;: &apos;%2&apos; inattendu</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>colonne %1&#xa0;: %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation>la fin de l&apos;expression</translation>
    </message>
    <message>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a variable, a number, true or false</source>
        <translation>une variable, un nombre, true ou false</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>un nom de variable</translation>
    </message>
    <message>
        <source>&apos;=&apos;, &apos;+=&apos; or &apos;-=&apos;</source>
        <translation>&apos;=&apos;, &apos;+=&apos; ou &apos;-=&apos;</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionEdit</name>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Ajouter un effet</translation>
    </message>
    <message>
        <source>Or type it, e.g. trust &gt;= 2 and not warned</source>
        <translation>Ou la saisir, p. ex. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>Or type them, e.g. trust += 1; warned = true</source>
        <translation>Ou les saisir, p. ex. trust += 1; warned = true</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>est vrai</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>est faux</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>définir à</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>subtract</source>
        <translation>soustraire</translation>
    </message>
    <message>
        <source>becomes true</source>
        <translation>devient vrai</translation>
    </message>
    <message>
        <source>becomes false</source>
        <translation>devient faux</translation>
    </message>
    <message>
        <source>“%1” is not a variable of this scenario.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une variable de ce scénario.</translation>
    </message>
    <message>
        <source>Written as text beyond what the pickers can show: edit it below.</source>
        <translation>Écrit en texte au-delà de ce que les listes peuvent montrer&#xa0;: modifiez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Add variables to the scenario to pick them here.</source>
        <translation>Ajoutez des variables au scénario pour les choisir ici.</translation>
    </message>
    <message>
        <source>%1 condition %2</source>
        <extracomment>%1 names the choice (&quot;Choice 2&quot;), %2 the number of the condition or effect</extracomment>
        <translation>%1 condition %2</translation>
    </message>
    <message>
        <source>%1 effect %2</source>
        <translation>%1 effet %2</translation>
    </message>
    <message>
        <source>%1 variable</source>
        <translation>%1 variable</translation>
    </message>
    <message>
        <source>%1 operation</source>
        <translation>%1 opération</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 valeur</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 add condition</source>
        <translation>%1 ajouter une condition</translation>
    </message>
    <message>
        <source>%1 add effect</source>
        <translation>%1 ajouter un effet</translation>
    </message>
    <message>
        <source>%1 condition as text</source>
        <translation>%1 condition en texte</translation>
    </message>
    <message>
        <source>%1 effects as text</source>
        <translation>%1 effets en texte</translation>
    </message>
    <message>
        <source>%1 condition error</source>
        <translation>%1 erreur de condition</translation>
    </message>
    <message>
        <source>%1 effects error</source>
        <translation>%1 erreur d’effets</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionField</name>
    <message>
        <source>e.g. trust &gt;= 2 and not warned</source>
        <translation>p. ex. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>e.g. trust += 1; warned = true</source>
        <translation>p. ex. trust += 1; warned = true</translation>
    </message>
</context>
<context>
    <name>cw::FolderPackageSink</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>Le paquet n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not replace the folder %1.</source>
        <translation>Impossible de remplacer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>cw::HtmlExport</name>
    <message>
        <source>HTML (offline website)</source>
        <translation>HTML (site web hors ligne)</translation>
    </message>
</context>
<context>
    <name>cw::ImportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <source>Media import progress</source>
        <translation>Progression de l’import des médias</translation>
    </message>
</context>
<context>
    <name>cw::InsertNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>cw::IoError</name>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the data could not be written (is the disk full?)</source>
        <translation>les données n&apos;ont pas pu être écrites (le disque est-il plein&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>cw::JsonNumber</name>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>cw::KindPalette</name>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cw::LanguagePicker</name>
    <message>
        <source>Type a language name or a tag such as en-GB</source>
        <translation>Saisissez un nom de langue ou une étiquette comme fr-FR</translation>
    </message>
    <message>
        <source>The language the course is written in. Learning platforms and screen readers use it; it is stored as a standard language tag (BCP 47).</source>
        <translation>La langue dans laquelle le cours est rédigé. Les plateformes d&apos;apprentissage et les lecteurs d&apos;écran l&apos;utilisent&#xa0;; elle est enregistrée sous forme d&apos;étiquette de langue standard (BCP 47).</translation>
    </message>
</context>
<context>
    <name>cw::ListField</name>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Monter l’entrée</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Descendre l’entrée</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Coursewright courses (*.cwcourse)</source>
        <translation>Cours Coursewright (*.cwcourse)</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Nombre de problèmes</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an item after the selection</source>
        <translation>Ajouter un élément après la sélection</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Coursewright did not close normally while “%1” had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation>Coursewright ne s&apos;est pas fermé normalement alors que «&#xa0;%1&#xa0;» contenait des modifications non enregistrées. Restaurer les modifications enregistrées automatiquement à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot recover the course</source>
        <translation>Impossible de récupérer le cours</translation>
    </message>
    <message>
        <source>Recovered Course</source>
        <translation>Cours récupéré</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Aucun cours</translation>
    </message>
    <message>
        <source>%1[*] — Coursewright</source>
        <translation>%1[*] — Coursewright</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>Ajout impossible</translation>
    </message>
    <message>
        <source>No course is open</source>
        <translation>Aucun cours n&apos;est ouvert</translation>
    </message>
    <message>
        <source>After this %1</source>
        <translation>Après cet élément (%1)</translation>
    </message>
    <message>
        <source>Inside this %1</source>
        <translation>Dans cet élément (%1)</translation>
    </message>
    <message>
        <source>Nothing can be added here</source>
        <translation>Rien ne peut être ajouté ici</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Duplication impossible</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n media file(s)</source>
        <translation>
            <numerusform>%n fichier média importé</numerusform>
            <numerusform>%n fichiers médias importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <source>Cannot import media</source>
        <translation>Impossible d&apos;importer les médias</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n file(s).</source>
        <translation>
            <numerusform>Exporté vers %1&#xa0;: %n fichier.</numerusform>
            <numerusform>Exporté vers %1&#xa0;: %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation>Durée estimée&#xa0;: %1 min</translation>
    </message>
    <message>
        <source>Reading at %1 words per minute, %2 s per question, %3 s per scenario step, %4 s per image, plus media durations.</source>
        <translation>Lecture à %1 mots par minute, %2 s par question, %3 s par étape de scénario, %4 s par image, plus la durée des médias.</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Erreurs&#xa0;: %1  Avertissements&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot create a course</source>
        <translation>Impossible de créer un cours</translation>
    </message>
    <message>
        <source>Open Course</source>
        <translation>Ouvrir un cours</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Course As</source>
        <translation>Enregistrer le cours sous</translation>
    </message>
    <message>
        <source>About Coursewright</source>
        <translation>À propos de Coursewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Offline course authoring with SCORM, xAPI and cmi5 export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Création de cours hors ligne avec exportation SCORM, xAPI et cmi5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent courses</source>
        <translation>Aucun cours récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Un autre import est encore en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n media file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier multimédia…</numerusform>
            <numerusform>Import de %n fichiers multimédias…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 with %2</source>
        <translation>%1 remplacé par %2</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Remplacer %1</translation>
    </message>
    <message>
        <source>Cannot replace media</source>
        <translation>Impossible de remplacer le média</translation>
    </message>
</context>
<context>
    <name>cw::MediaDrop</name>
    <message>
        <source>Media (%1)</source>
        <translation>Médias (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>cw::MediaFolder</name>
    <message>
        <source>%1 is a symbolic link; only regular files inside the folder are read.</source>
        <translation>%1 est un lien symbolique&#xa0;; seuls les fichiers ordinaires à l&apos;intérieur du dossier sont lus.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO, socket or device); only regular files are read.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (mais un dossier, une FIFO, un socket ou un périphérique)&#xa0;; seuls les fichiers ordinaires sont lus.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a media folder must be a folder inside the course folder.</source>
        <translation>%1 est un lien symbolique&#xa0;; un dossier de médias doit être un dossier situé dans le dossier du cours.</translation>
    </message>
    <message>
        <source>The media file %1 (“%2”) is not in %3.</source>
        <translation>Le fichier média %1 («&#xa0;%2&#xa0;») n&apos;est pas dans %3.</translation>
    </message>
</context>
<context>
    <name>cw::MediaImport</name>
    <message numerus="yes">
        <source>Import %n media file(s)</source>
        <translation>
            <numerusform>Importer %n fichier média</numerusform>
            <numerusform>Importer %n fichiers médias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MediaReplace</name>
    <message>
        <source>That media file is no longer in the course.</source>
        <translation>Ce fichier multimédia n’est plus dans le cours.</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>d’un type inconnu</translation>
    </message>
    <message>
        <source>%1 cannot replace %2: where %2 is used (%3) only %4 files fit, and %1 is %5.</source>
        <translation>%1 ne peut pas remplacer %2&#xa0;: là où %2 est utilisé (%3), seuls les fichiers %4 conviennent, et %1 est %5.</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Remplacer %1</translation>
    </message>
</context>
<context>
    <name>cw::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>cw::NodeEdits</name>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Update the uses of “%1”</source>
        <translation>Mettre à jour les usages de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cw::NodeRefField</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>cw::OutlineModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::PackagePlan</name>
    <message>
        <source>A package file has an empty path.</source>
        <translation>Un fichier du paquet a un chemin vide.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must be relative.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» doit être relatif.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must use &apos;/&apos; between folders.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» doit utiliser «&#xa0;/&#xa0;» entre les dossiers.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; names a folder, not a file.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» désigne un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains a character that is not allowed in a file name.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» contient un caractère interdit dans un nom de fichier.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; is longer than %2 bytes.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains an empty, &quot;.&quot; or &quot;..&quot; folder.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» contient un dossier vide, «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; has a name ending in a dot or a space.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» contient un nom se terminant par un point ou une espace.</translation>
    </message>
    <message>
        <source>The package already contains &quot;%1&quot; (names differing only in case collide on Windows servers).</source>
        <translation>Le paquet contient déjà «&#xa0;%1&#xa0;» (des noms qui ne diffèrent que par la casse entrent en conflit sur les serveurs Windows).</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; needs a folder where the package already has a file.</source>
        <translation>Le chemin de paquet «&#xa0;%1&#xa0;» exige un dossier là où le paquet contient déjà un fichier.</translation>
    </message>
</context>
<context>
    <name>cw::PackageWriter</name>
    <message>
        <source>The SVG image %1 is larger than %2 MB.</source>
        <translation>L&apos;image SVG %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The SVG image %1 cannot be made safe for the package: %2</source>
        <translation>L&apos;image SVG %1 ne peut pas être rendue sûre pour le paquet&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>Il n&apos;y a rien à exporter&#xa0;: le paquet serait vide.</translation>
    </message>
    <message>
        <source>The media file %1 needed for &quot;%2&quot; is missing from the project.</source>
        <translation>Le fichier média %1 nécessaire à «&#xa0;%2&#xa0;» est absent du projet.</translation>
    </message>
    <message>
        <source>The media file %1 is a web page or script, which could run in the learner&apos;s LMS window; it is not put into packages.</source>
        <translation>Le fichier média %1 est une page web ou un script, qui pourrait s&apos;exécuter dans la fenêtre LMS de l&apos;apprenant&#xa0;; il n&apos;est pas placé dans les paquets.</translation>
    </message>
    <message>
        <source>The application file %1 needed for &quot;%2&quot; is missing.</source>
        <translation>Le fichier d&apos;application %1 nécessaire à «&#xa0;%2&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>Could not read the application file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;application %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::PageEditor</name>
    <message>
        <source>Page editor</source>
        <translation>Éditeur de page</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Erreur de modification</translation>
    </message>
    <message>
        <source>This page has no blocks yet. Add text, images, media and more from the bar above.</source>
        <translation>Cette page n’a pas encore de blocs. Ajoutez du texte, des images, des médias et plus depuis la barre ci-dessus.</translation>
    </message>
    <message>
        <source>Add a %1 after the current block</source>
        <translation>Ajouter&#xa0;: %1 après le bloc courant</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Ajouter un bloc</translation>
    </message>
</context>
<context>
    <name>cw::PartRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is a question part (&quot;Choice&quot;), %2 its number, %3 a property (&quot;correct&quot;, &quot;feedback&quot;)</extracomment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>Monter %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>Descendre %1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Retirer %1 %2</translation>
    </message>
    <message>
        <source>Mark the correct %1</source>
        <translation>Marquer la bonne réponse (%1)</translation>
    </message>
</context>
<context>
    <name>cw::PlayerPackage</name>
    <message>
        <source>The player file %1 is missing from the application.</source>
        <translation>Le fichier du lecteur %1 est absent de l&apos;application.</translation>
    </message>
    <message>
        <source>The player page template is missing from the application.</source>
        <translation>Le modèle de page du lecteur est absent de l&apos;application.</translation>
    </message>
    <message>
        <source>The player page template has no connect-src policy to open.</source>
        <translation>Le modèle de page du lecteur n&apos;a pas de directive connect-src à ouvrir.</translation>
    </message>
    <message>
        <source>The player has no &quot;%1&quot; tracking adapter.</source>
        <translation>Le lecteur n&apos;a pas d&apos;adaptateur de suivi «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cw::ProblemsDock</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Aucun cours n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation>Problèmes (erreurs&#xa0;: %1, avertissements&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>cw::Project</name>
    <message>
        <source>A course must have a course at its top.</source>
        <translation>Un cours doit avoir un cours comme élément supérieur.</translation>
    </message>
    <message>
        <source>The media file &quot;%1&quot;: %2</source>
        <translation>Le fichier média «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash in the course (expected %2, found %3).</source>
        <translation>%1 ne correspond pas à son hachage dans le cours (attendu %2, trouvé %3).</translation>
    </message>
    <message>
        <source>The file %1 no longer exists, so the recovered course was opened as a new untitled course. Use Save As to keep it.</source>
        <translation>Le fichier %1 n&apos;existe plus&#xa0;; le cours récupéré a donc été ouvert comme nouveau cours sans titre. Utilisez Enregistrer sous pour le conserver.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectFile</name>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>Le projet ne contient aucune donnée pour le fichier média %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Could not import %1: an SVG image may be at most %2 MB.</source>
        <translation>Impossible d&apos;importer %1&#xa0;: une image SVG ne peut pas dépasser %2 Mo.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Coursewright project.</source>
        <translation>%1 est un dossier, pas un projet Coursewright.</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Coursewright and is read-only, so it cannot be upgraded. Copy it somewhere writable first.</source>
        <translation>%1 a été enregistré par une version plus ancienne de Coursewright et est en lecture seule&#xa0;; il ne peut donc pas être mis à niveau. Copiez-le d&apos;abord dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>an item has the invalid id &apos;%1&apos;</source>
        <translation>un élément a l&apos;identifiant non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 has the unknown kind &apos;%2&apos;</source>
        <translation>l&apos;élément %1 a le type inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the properties of item %1 are not a JSON object</source>
        <translation>les propriétés de l&apos;élément %1 ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>an item id is used twice</source>
        <translation>un identifiant d&apos;élément est utilisé deux fois</translation>
    </message>
    <message>
        <source>item %1 has no parent</source>
        <translation>l&apos;élément %1 n&apos;a pas de parent</translation>
    </message>
    <message>
        <source>item %1 belongs to %2, which does not exist</source>
        <translation>l&apos;élément %1 appartient à %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the course itself is missing</source>
        <translation>le cours lui-même est absent</translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be inside a %3</source>
        <translation>l&apos;élément %1 (%2) ne peut pas se trouver dans un élément de type %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not connected to the course</source>
        <translation>
            <numerusform>%n élément n&apos;est pas relié au cours</numerusform>
            <numerusform>%n éléments ne sont pas reliés au cours</numerusform>
        </translation>
    </message>
    <message>
        <source>the media file %1 has an impossible size or duration</source>
        <translation>le fichier média %1 a une taille ou une durée impossible</translation>
    </message>
    <message>
        <source>The file is read-only; use Save As.</source>
        <translation>Le fichier est en lecture seule&#xa0;; utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>There is no course to save.</source>
        <translation>Il n&apos;y a aucun cours à enregistrer.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 is read-only; save the course under another name.</source>
        <translation>%1 est en lecture seule&#xa0;; enregistrez le cours sous un autre nom.</translation>
    </message>
    <message>
        <source>Could not copy the project</source>
        <translation>Impossible de copier le projet</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be imported as media.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; il ne peut donc pas être importé comme média.</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation>%1 a été modifié pendant son importation.</translation>
    </message>
    <message>
        <source>This project already has imported media waiting to be saved.</source>
        <translation>Ce projet contient déjà des médias importés en attente d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The recovered media file %1 no longer exists.</source>
        <translation>Le fichier média récupéré %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The recovered media file %1 is still in use by another Coursewright window.</source>
        <translation>Le fichier média récupéré %1 est encore utilisé par une autre fenêtre de Coursewright.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>L’import de %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSchema</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project: the file is empty.</source>
        <translation>%1 n&apos;est pas un projet Coursewright&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project.</source>
        <translation>%1 n&apos;est pas un projet Coursewright.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file has been cut short (truncated).</source>
        <translation>%1 est incomplet&#xa0;: le fichier a été tronqué.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coursewright project.</source>
        <translation>%1 est une base de données SQLite, mais pas un projet Coursewright.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Coursewright (file format %2; this version reads up to format %3). Please update Coursewright to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Coursewright (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Coursewright à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 est endommagé&#xa0;: sa version de format est absente.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 est endommagé et ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 est utilisé par un autre programme. Fermez-le dans ce programme et réessayez.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>cw::PropertyEditor</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Select an item in the outline to edit its properties.</source>
        <translation>Sélectionnez un élément dans le plan pour modifier ses propriétés.</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Erreur de modification</translation>
    </message>
    <message>
        <source>A %1 has no properties to edit.</source>
        <translation>Un élément de type %1 n&apos;a aucune propriété modifiable.</translation>
    </message>
</context>
<context>
    <name>cw::PropertyField</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(absent&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>cw::QuestionEditor</name>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Steps in the correct order</source>
        <translation>Étapes dans le bon ordre</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Select a question to edit it.</source>
        <translation>Sélectionnez une question pour la modifier.</translation>
    </message>
    <message>
        <source>Quiz settings: %1</source>
        <translation>Réglages du quiz&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quiz settings</source>
        <translation>Réglages du quiz</translation>
    </message>
    <message>
        <source>Add a %1 after this question</source>
        <translation>Ajouter&#xa0;: %1 après cette question</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
</context>
<context>
    <name>cw::QuizRules</name>
    <message>
        <source>%1 has no questions.</source>
        <translation>%1 ne contient aucune question.</translation>
    </message>
    <message>
        <source>%1 draws %2 questions but has only %3.</source>
        <translation>%1 tire %2 questions mais n&apos;en contient que %3.</translation>
    </message>
    <message>
        <source>%1 has no question text.</source>
        <translation>%1 n&apos;a pas de texte de question.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a survey question with no right answer, so its %n point(s) never count towards a score. Set its points to 0.</source>
        <translation>
            <numerusform>%1 est une question de sondage sans bonne réponse, son %n point ne compte donc jamais dans un score. Mettez ses points à 0.</numerusform>
            <numerusform>%1 est une question de sondage sans bonne réponse, ses %n points ne comptent donc jamais dans un score. Mettez ses points à 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no accepted answer.</source>
        <translation>%1 n&apos;a aucune réponse acceptée.</translation>
    </message>
    <message>
        <source>%1 needs at least two pairs.</source>
        <translation>%1 nécessite au moins deux paires.</translation>
    </message>
    <message>
        <source>%1 needs at least two steps.</source>
        <translation>%1 nécessite au moins deux étapes.</translation>
    </message>
    <message>
        <source>%1 has a negative tolerance.</source>
        <translation>%1 a une tolérance négative.</translation>
    </message>
    <message>
        <source>%1 needs at least two points on its scale.</source>
        <translation>%1 nécessite au moins deux points sur son échelle.</translation>
    </message>
    <message>
        <source>%1 needs at least two choices.</source>
        <translation>%1 nécessite au moins deux choix.</translation>
    </message>
    <message>
        <source>%1 has no choice marked correct.</source>
        <translation>%1 n&apos;a aucun choix marqué comme correct.</translation>
    </message>
    <message>
        <source>%1 has %2 choices marked correct; a single-choice question needs exactly one.</source>
        <translation>%1 a %2 choix marqués comme corrects&#xa0;; une question à choix unique en exige exactement un.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 n&apos;a pas de texte.</translation>
    </message>
</context>
<context>
    <name>cw::RecoveryFile</name>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation>Impossible de lire le fichier de récupération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright recovery file.</source>
        <translation>%1 n&apos;est pas un fichier de récupération Coursewright.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged.</source>
        <translation>Le fichier de récupération %1 est endommagé.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged: %2</source>
        <translation>Le fichier de récupération %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the folder for recovery files, %1.</source>
        <translation>Impossible de créer le dossier des fichiers de récupération, %1.</translation>
    </message>
    <message>
        <source>Could not write the recovery file %1: it belongs to another running session.</source>
        <translation>Impossible d&apos;écrire le fichier de récupération %1&#xa0;: il appartient à une autre session en cours.</translation>
    </message>
</context>
<context>
    <name>cw::RemoveNodeCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>cw::RichTextEdit</name>
    <message>
        <source>&quot;%1&quot; cannot be a link. Use a web address (https://...), mailto: or tel:; a course cannot link to its own files.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un lien. Utilisez une adresse web (https://...), mailto: ou tel:&#xa0;; un cours ne peut pas pointer vers ses propres fichiers.</translation>
    </message>
</context>
<context>
    <name>cw::RichTextToolBar</name>
    <message>
        <source>Text formatting</source>
        <translation>Mise en forme du texte</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code (fixed-width text)</source>
        <translation>Code (texte à chasse fixe)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Titre %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Bloc de citation</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloc de code</translation>
    </message>
    <message>
        <source>Code block (preformatted lines)</source>
        <translation>Bloc de code (lignes préformatées)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Web address (https://...), mailto: or tel: (empty removes the link):</source>
        <translation>Adresse web (https://...), mailto: ou tel: (vide pour supprimer le lien)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioEditor</name>
    <message>
        <source>Select a scenario to edit it.</source>
        <translation>Sélectionnez un scénario pour le modifier.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Fins</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioRules</name>
    <message>
        <source>Variable “%1” in %2 is not a valid name: use letters, digits and _, starting with a letter.</source>
        <translation>Le nom de la variable «&#xa0;%1&#xa0;» dans %2 n&apos;est pas valide&#xa0;: utilisez des lettres, des chiffres et _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>%1 defines the variable “%2” more than once.</source>
        <translation>%1 définit la variable «&#xa0;%2&#xa0;» plusieurs fois.</translation>
    </message>
    <message>
        <source>%1 has no starting step.</source>
        <translation>%1 n&apos;a pas d&apos;étape de départ.</translation>
    </message>
    <message>
        <source>%1 has an image without alternative text.</source>
        <translation>%1 contient une image sans texte alternatif.</translation>
    </message>
    <message>
        <source>%1 does not lead anywhere.</source>
        <translation>%1 ne mène nulle part.</translation>
    </message>
    <message>
        <source>%1 leads to a step that is not in this scenario.</source>
        <translation>%1 mène à une étape qui n&apos;appartient pas à ce scénario.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation>%1 ne peut pas être atteint depuis le début.</translation>
    </message>
    <message>
        <source>%1 has no choices and is not an ending.</source>
        <translation>%1 n&apos;a aucun choix et n&apos;est pas une fin.</translation>
    </message>
    <message>
        <source>%1 has no path to an ending.</source>
        <translation>%1 n&apos;a aucun chemin vers une fin.</translation>
    </message>
    <message>
        <source>%1: the condition “%2” is not valid (%3).</source>
        <translation>%1&#xa0;: la condition «&#xa0;%2&#xa0;» n&apos;est pas valide (%3).</translation>
    </message>
    <message>
        <source>%1: the effects “%2” are not valid (%3).</source>
        <translation>%1&#xa0;: les effets «&#xa0;%2&#xa0;» ne sont pas valides (%3).</translation>
    </message>
    <message>
        <source>%1 uses the variable “%2”, which the scenario does not define.</source>
        <translation>%1 utilise la variable «&#xa0;%2&#xa0;», que le scénario ne définit pas.</translation>
    </message>
</context>
<context>
    <name>cw::Schema</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Feedback en cas de bonne réponse</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Feedback en cas de mauvaise réponse</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Course identifier</source>
        <translation>Identifiant du cours</translation>
    </message>
    <message>
        <source>Completion requires</source>
        <translation>Condition d&apos;achèvement</translation>
    </message>
    <message>
        <source>Passing score (%)</source>
        <translation>Seuil de réussite (%)</translation>
    </message>
    <message>
        <source>Reading speed (words per minute)</source>
        <translation>Vitesse de lecture (mots par minute)</translation>
    </message>
    <message>
        <source>Time allowed per question (seconds)</source>
        <translation>Temps accordé par question (secondes)</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo alternative text</source>
        <translation>Texte alternatif du logo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Paramètres d&apos;exportation</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Own completion rule</source>
        <translation>Règle d&apos;achèvement propre</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Attempts allowed (0 = unlimited)</source>
        <translation>Tentatives autorisées (0 = illimitées)</translation>
    </message>
    <message>
        <source>Shuffle questions</source>
        <translation>Mélanger les questions</translation>
    </message>
    <message>
        <source>Shuffle choices</source>
        <translation>Mélanger les choix</translation>
    </message>
    <message>
        <source>Questions drawn from the pool (0 = all)</source>
        <translation>Questions tirées de la banque (0 = toutes)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Allow review of answers</source>
        <translation>Permettre de revoir les réponses</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Passing score (points, 0 = outcome only)</source>
        <translation>Seuil de réussite (points, 0 = résultat seul)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Decorative (no alternative text needed)</source>
        <translation>Décorative (aucun texte alternatif nécessaire)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Captions (WebVTT)</source>
        <translation>Sous-titres (WebVTT)</translation>
    </message>
    <message>
        <source>Poster image</source>
        <translation>Image d&apos;aperçu</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Accordéon</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Bloc de citation</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Mise en ordre</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Tolerance (±)</source>
        <translation>Tolérance (±)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Échelle de Likert</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Exemple de réponse</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Longueur maximale</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Scenario step</source>
        <translation>Étape de scénario</translation>
    </message>
    <message>
        <source>Image alternative text</source>
        <translation>Texte alternatif de l&apos;image</translation>
    </message>
    <message>
        <source>Outcome (endings)</source>
        <translation>Résultat (fins)</translation>
    </message>
    <message>
        <source>Ending feedback</source>
        <translation>Feedback de fin</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Choix de scénario</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Mène à</translation>
    </message>
    <message>
        <source>Shown when</source>
        <translation>Affiché quand</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>Translate as &quot;keep&quot; if nouns keep their capital letter inside a sentence in your language (German does); otherwise as &quot;lower-case&quot;.</comment>
        <translation>lower-case</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>attendu l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>expected any of: %1</source>
        <translation>attendu n&apos;importe lesquelles des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>a SHA-256 asset hash in lower-case hex, or an empty string</source>
        <translation>un hachage de média SHA-256 en hexadécimal minuscule, ou une chaîne vide</translation>
    </message>
    <message>
        <source>a node id</source>
        <translation>un identifiant de nœud</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a known value</source>
        <translation>une valeur connue</translation>
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
        <translation>SCORM 2004 3e édition</translation>
    </message>
    <message>
        <source>SCORM 2004 4th Edition</source>
        <translation>SCORM 2004 4e édition</translation>
    </message>
    <message>
        <source>The folder %1 holds no %2 schema set (%3 is missing).</source>
        <translation>Le dossier %1 ne contient aucun jeu de schémas %2 (%3 est absent).</translation>
    </message>
</context>
<context>
    <name>cw::SetPropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>cw::SqliteStatement</name>
    <message>
        <source>Preparing a query failed</source>
        <translation>La préparation d&apos;une requête a échoué</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Une requête a échoué</translation>
    </message>
    <message>
        <source>A database command failed</source>
        <translation>Une commande de base de données a échoué</translation>
    </message>
</context>
<context>
    <name>cw::Starters</name>
    <message>
        <source>An empty course with one module and one page.</source>
        <translation>Un cours vide avec un module et une page.</translation>
    </message>
    <message>
        <source>Giving Constructive Feedback: a 15-minute sample module with pages, a branching scenario and a knowledge check.</source>
        <translation>Donner un feedback constructif&#xa0;: un module d&apos;exemple de 15 minutes avec des pages, un scénario à embranchements et une vérification des connaissances.</translation>
    </message>
    <message>
        <source>There is no template called “%1”. Templates: %2.</source>
        <translation>Aucun modèle ne s&apos;appelle «&#xa0;%1&#xa0;». Modèles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The template “%1” is missing from this build: %2</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est absent de cette version&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::StepEditor</name>
    <message>
        <source>Select a scenario step to edit it.</source>
        <translation>Sélectionnez une étape de scénario pour la modifier.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>cw::SvgSanitizer</name>
    <message>
        <source>The SVG declares XML entities (&lt;!ENTITY&gt; in its DOCTYPE), which are not accepted. Export it again without them.</source>
        <translation>Le SVG déclare des entités XML (&lt;!ENTITY&gt; dans son DOCTYPE), qui ne sont pas acceptées. Exportez-le à nouveau sans elles.</translation>
    </message>
    <message>
        <source>The SVG refers to an XML entity that is not defined in it.</source>
        <translation>Le SVG fait référence à une entité XML qui n&apos;y est pas définie.</translation>
    </message>
    <message>
        <source>This is not an SVG image: its root element is not &lt;svg&gt; in the SVG namespace (xmlns=&quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas une image SVG&#xa0;: son élément racine n&apos;est pas &lt;svg&gt; dans l&apos;espace de noms SVG (xmlns=&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The SVG nests elements more than %1 deep.</source>
        <translation>Le SVG imbrique des éléments sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The file is empty or is not an SVG image.</source>
        <translation>Le fichier est vide ou n&apos;est pas une image SVG.</translation>
    </message>
    <message>
        <source>The SVG is not well-formed XML (line %1, column %2): %3</source>
        <translation>Le SVG n&apos;est pas du XML bien formé (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The SVG is too large (%1 MB); at most %2 MB are accepted.</source>
        <translation>Le SVG est trop volumineux (%1 Mo)&#xa0;; au plus %2 Mo sont acceptés.</translation>
    </message>
    <message>
        <source>Compressed SVG (.svgz) is not accepted; save the image as plain SVG.</source>
        <translation>Le SVG compressé (.svgz) n&apos;est pas accepté&#xa0;; enregistrez l&apos;image en SVG simple.</translation>
    </message>
</context>
<context>
    <name>cw::TempArtifact</name>
    <message>
        <source>Could not create a temporary file in %1.</source>
        <translation>Impossible de créer un fichier temporaire dans %1.</translation>
    </message>
</context>
<context>
    <name>cw::TrueFalseField</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>%1: true</source>
        <translation>%1&#xa0;: vrai</translation>
    </message>
    <message>
        <source>%1: false</source>
        <translation>%1&#xa0;: faux</translation>
    </message>
</context>
<context>
    <name>cw::Validator</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>cw::VariablesTable</name>
    <message>
        <source>No variables yet. Variables keep score of what the learner chose.</source>
        <translation>Pas encore de variables. Les variables retiennent ce que l’apprenant a choisi.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is &quot;Variable&quot;, %2 its number, %3 a property (&quot;name&quot;, &quot;type&quot;, &quot;initial value&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Retirer %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 problem</source>
        <translation>%1 %2 problème</translation>
    </message>
</context>
<context>
    <name>cw::XapiOptions</name>
    <message>
        <source>&quot;%1&quot; is not an absolute IRI: start it with a scheme, as in https://example.com/courses/safety.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une IRI absolue&#xa0;: commencez-la par un schéma, comme dans https://example.com/courses/safety.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space or a character an IRI cannot hold (&lt; &gt; &quot; { } | \ ^ `); percent-encode such characters.</source>
        <translation>«&#xa0;%1&#xa0;» contient une espace ou un caractère interdit dans une IRI (&lt; &gt; &quot; { } | \ ^ `)&#xa0;; encodez ces caractères en pourcentage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a query (?) or a fragment (#); node ids are added to the end of the base, so it must end in a path.</source>
        <translation>«&#xa0;%1&#xa0;» contient une requête (?) ou un fragment (#)&#xa0;; les identifiants de nœud sont ajoutés à la fin de la base, elle doit donc se terminer par un chemin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host: write it as %2://host/path, as in https://example.com/courses/safety.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme aucun hôte&#xa0;: écrivez-la sous la forme %2://hôte/chemin, comme dans https://example.com/courses/safety.</translation>
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
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package file.</source>
        <translation>%1 est un dossier, pas un fichier de paquet.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>Could not create the package %1: %2</source>
        <translation>Impossible de créer le paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add %1 to the package: %2</source>
        <translation>Impossible d&apos;ajouter %1 au paquet&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>Le paquet n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not write a temporary file for %1: %2</source>
        <translation>Impossible d&apos;écrire un fichier temporaire pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>Il n&apos;y a rien à exporter&#xa0;: le paquet serait vide.</translation>
    </message>
    <message>
        <source>Could not write the package %1: %2</source>
        <translation>Impossible d&apos;écrire le paquet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not replace the package %1: %2</source>
        <translation>Impossible de remplacer le paquet %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>Usage: coursewright-cli %1</source>
        <translation>Utilisation&#xa0;: coursewright-cli %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>supported formats: %1</source>
        <translation>formats pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One of: %1 (default: %2).</source>
        <translation>L&apos;une des valeurs&#xa0;: %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>on or off (default: %1).</source>
        <translation>on ou off (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Never kept with the course.</source>
        <translation>Jamais conservé avec le cours.</translation>
    </message>
    <message>
        <source>Formats: %1.</source>
        <translation>Formats&#xa0;: %1.</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; choose one of: %3</source>
        <translation>valeur non valide «&#xa0;%1&#xa0;» pour %2&#xa0;; choisissez parmi&#xa0;: %3</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; use on or off</source>
        <translation>valeur non valide «&#xa0;%1&#xa0;» pour %2&#xa0;; utilisez on ou off</translation>
    </message>
    <message>
        <source>Exports a course as a package. PATH ending in .zip gives a zip archive, anything else a folder: a new or empty folder, or one holding a previous export, which is replaced (a folder holding other files is refused, so nothing of yours is deleted). The course is validated first; an export with errors is refused (exit status 1) unless --force is given.

A format&apos;s options are taken from the command line, else from what the course kept from an earlier export (--remember, or the editor&apos;s Export dialog), else their defaults. The file is only opened for reading, unless --remember is given.

</source>
        <translation>Exporte un cours sous forme de paquet. Un PATH se terminant par .zip donne une archive zip, tout autre chemin un dossier&#xa0;: un dossier nouveau ou vide, ou un dossier contenant une exportation précédente, qui est remplacée (un dossier contenant d&apos;autres fichiers est refusé, pour que rien de vos fichiers ne soit supprimé). Le cours est d&apos;abord validé&#xa0;; une exportation avec des erreurs est refusée (code de sortie 1) sauf si --force est indiqué.

Les options d&apos;un format viennent de la ligne de commande, sinon de ce que le cours a conservé d&apos;une exportation précédente (--remember, ou la boîte de dialogue Exporter de l&apos;éditeur), sinon de leurs valeurs par défaut. Le fichier n&apos;est ouvert qu&apos;en lecture, sauf si --remember est indiqué.

</translation>
    </message>
    <message>
        <source>Package format (%1).</source>
        <translation>Format du paquet (%1).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Folder, or .zip file, to write.</source>
        <translation>Dossier, ou fichier .zip, à écrire.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export even when validation finds errors.</source>
        <translation>Exporter même si la validation trouve des erreurs.</translation>
    </message>
    <message>
        <source>After a successful export, keep the format and its options with the course (the file is saved), so the next export repeats them.</source>
        <translation>Après une exportation réussie, conserver le format et ses options avec le cours (le fichier est enregistré), pour que la prochaine exportation les reprenne.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; %2</source>
        <translation>format inconnu &apos;%1&apos;&#xa0;; %2</translation>
    </message>
    <message>
        <source>missing --out PATH
Usage: coursewright-cli %1</source>
        <translation>--out PATH manquant
Utilisation&#xa0;: coursewright-cli %1</translation>
    </message>
    <message>
        <source>%1 is not an option of %2, which has no options</source>
        <translation>%1 n&apos;est pas une option de %2, qui n&apos;a pas d&apos;options</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; its options: %3</source>
        <translation>%1 n&apos;est pas une option de %2&#xa0;; ses options&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot keep the options with %1: the file is read-only</source>
        <translation>impossible de conserver les options avec %1&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>export refused: the course has %1; fix them or pass --force to export anyway</source>
        <translation>exportation refusée&#xa0;: le cours contient %1&#xa0;; corrigez-les ou passez --force pour exporter quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message numerus="yes">
        <source>Packages: %n zip file(s)</source>
        <translation>
            <numerusform>Paquets&#xa0;: %n fichier zip</numerusform>
            <numerusform>Paquets&#xa0;: %n fichiers zip</numerusform>
        </translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Options&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files: %1; %2 bytes</source>
        <translation>Fichiers&#xa0;: %1&#xa0;; %2 octets</translation>
    </message>
    <message>
        <source> (zip archive: %1 bytes)</source>
        <translation> (archive zip&#xa0;: %1 octets)</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (%2 allows %3)</source>
        <translation>État de l&apos;apprenant, pire cas&#xa0;: %1 caractères (%2 en autorise %3)</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (no limit in this format; SCORM 1.2 allows %2, SCORM 2004 %3)</source>
        <translation>État de l&apos;apprenant, pire cas&#xa0;: %1 caractères (aucune limite dans ce format&#xa0;; SCORM 1.2 en autorise %2, SCORM 2004 %3)</translation>
    </message>
    <message>
        <source>the package was written, but the options could not be kept: %1</source>
        <translation>le paquet a été écrit, mais les options n&apos;ont pas pu être conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept with the course for the next export.</source>
        <translation>Conservé avec le cours pour la prochaine exportation.</translation>
    </message>
    <message>
        <source>The course already keeps these options.</source>
        <translation>Le cours conserve déjà ces options.</translation>
    </message>
    <message>
        <source>create a project, blank or from a template</source>
        <translation>créer un projet, vide ou à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>show a course&apos;s contents and estimated duration</source>
        <translation>afficher le contenu et la durée estimée d&apos;un cours</translation>
    </message>
    <message>
        <source>list a course&apos;s problems (exit status 1 on errors)</source>
        <translation>lister les problèmes d&apos;un cours (code de sortie 1 en cas d&apos;erreurs)</translation>
    </message>
    <message>
        <source>write a course as canonical JSON</source>
        <translation>écrire un cours en JSON canonique</translation>
    </message>
    <message>
        <source>create a project from canonical JSON</source>
        <translation>créer un projet à partir de JSON canonique</translation>
    </message>
    <message>
        <source>write a course package (html; exit status 1 on errors)</source>
        <translation>écrire un paquet de cours (html&#xa0;; code de sortie 1 en cas d&apos;erreurs)</translation>
    </message>
    <message>
        <source>Usage: coursewright-cli COMMAND [ARGS]

Commands:
</source>
        <translation>Utilisation&#xa0;: coursewright-cli COMMAND [ARGS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
&apos;coursewright-cli COMMAND --help&apos; describes a command.

Exit status: 0 success, 1 validation errors, 2 wrong arguments, 3 a file could not be read or written.</source>
        <translation>
&apos;coursewright-cli COMMAND --help&apos; décrit une commande.

Code de sortie&#xa0;: 0 succès, 1 erreurs de validation, 2 arguments incorrects, 3 un fichier n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation>aucune commande indiquée
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
</source>
        <translation>commande inconnue &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; passez --force pour le remplacer</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Creates a course project file, blank or from a starter template (%1).</source>
        <translation>Crée un fichier de projet de cours, vide ou à partir d&apos;un modèle de départ (%1).</translation>
    </message>
    <message>
        <source>Starter template to use.</source>
        <translation>Modèle de départ à utiliser.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; available: %2</source>
        <translation>modèle inconnu &apos;%1&apos;&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>%1 créé à partir du modèle %2.</translation>
    </message>
    <message>
        <source>Writes the course as canonical JSON to standard output: sorted keys, stable order, media by hash. With --assets, also writes each media file to DIR as &lt;hash&gt;.&lt;ext&gt;.</source>
        <translation>Écrit le cours en JSON canonique sur la sortie standard&#xa0;: clés triées, ordre stable, médias par hachage. Avec --assets, écrit aussi chaque fichier média dans DIR sous la forme &lt;hash&gt;.&lt;ext&gt;.</translation>
    </message>
    <message>
        <source>Folder to write the media files to.</source>
        <translation>Dossier où écrire les fichiers médias.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Creates a project file from canonical JSON. SOURCE is a JSON file (media from --assets DIR) or a folder holding course.json and an assets folder. A media file is found as &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; or by its name.</source>
        <translation>Crée un fichier de projet à partir de JSON canonique. SOURCE est un fichier JSON (médias depuis --assets DIR) ou un dossier contenant course.json et un dossier assets. Un fichier média est trouvé sous la forme &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; ou par son nom.</translation>
    </message>
    <message>
        <source>Folder holding the media files.</source>
        <translation>Dossier contenant les fichiers médias.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the course lists %n media file(s); pass --assets DIR with their files</source>
        <translation>
            <numerusform>le cours référence %n fichier média&#xa0;; passez --assets DIR avec son fichier</numerusform>
            <numerusform>le cours référence %n fichiers médias&#xa0;; passez --assets DIR avec leurs fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>the media folder %1 does not exist</source>
        <translation>le dossier de médias %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Shows a course&apos;s settings, contents, media and estimated duration with the assumptions behind it.</source>
        <translation>Affiche les paramètres, le contenu, les médias et la durée estimée d&apos;un cours, avec les hypothèses de calcul.</translation>
    </message>
    <message>
        <source>Course:      %1</source>
        <translation>Cours&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Identifier:  %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation>Langue&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation>Auteur&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Version&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Contents:    %1, %2, %3, %4 (%5), %6 (%7)</source>
        <translation>Contenu&#xa0;:     %1, %2, %3, %4 (%5), %6 (%7)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scénario</numerusform>
            <numerusform>%n scénarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Media:       %1, %2 KB</source>
        <translation>Médias&#xa0;:      %1, %2 Ko</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1</source>
        <translation>Durée estimée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: reading at %1 words per minute; %2 s per question; %3 s per scenario step; %4 s per image; audio and video at their length.</source>
        <translation>Hypothèses&#xa0;: lecture à %1 mots par minute&#xa0;; %2 s par question&#xa0;; %3 s par étape de scénario&#xa0;; %4 s par image&#xa0;; audio et vidéo selon leur durée.</translation>
    </message>
    <message>
        <source>Checks a course and lists its problems. Exits with status 1 when there are errors.</source>
        <translation>Vérifie un cours et liste ses problèmes. Se termine avec le code 1 en cas d&apos;erreurs.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coursewright: offline course authoring with SCORM, xAPI and cmi5 export.</source>
        <translation>Coursewright&#xa0;: création de cours hors ligne avec exportation SCORM, xAPI et cmi5.</translation>
    </message>
    <message>
        <source>The course to open (.cwcourse).</source>
        <translation>Le cours à ouvrir (.cwcourse).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Coursewright</source>
        <translation>Coursewright</translation>
    </message>
</context>
</TS>
