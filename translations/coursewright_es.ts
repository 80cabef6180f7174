<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cw::ActionRegistry</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation>Empezar un curso nuevo</translation>
    </message>
    <message>
        <source>New from &amp;Sample Course</source>
        <translation>Nuevo a partir del curso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a course file</source>
        <translation>Abrir un archivo de curso</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Guardar el curso</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the course under a new name</source>
        <translation>Guardar el curso con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the course as a package to put online or into a learning platform</source>
        <translation>Escribir el curso como paquete para publicarlo en línea o en una plataforma de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Import &amp;Media…</source>
        <translation>Importar &amp;multimedia…</translation>
    </message>
    <message>
        <source>Add images, audio, video or captions to the course; they go into the selected item when it takes them</source>
        <translation>Añadir imágenes, audio, vídeo o subtítulos al curso; se colocan en el elemento seleccionado si este puede contenerlos</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected item and everything in it</source>
        <translation>Copiar el elemento seleccionado y todo su contenido</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected item and everything in it</source>
        <translation>Eliminar el elemento seleccionado y todo su contenido</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected item before the one above it</source>
        <translation>Colocar el elemento seleccionado antes del que tiene encima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected item after the one below it</source>
        <translation>Colocar el elemento seleccionado después del que tiene debajo</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <source>Put the keyboard in the course outline</source>
        <translation>Llevar el foco del teclado al esquema del curso</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Ir al e&amp;ditor</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field</source>
        <translation>Llevar el foco del teclado al primer campo del elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;About Coursewright</source>
        <translation>&amp;Acerca de Coursewright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>cw::AssetBlobs</name>
    <message>
        <source>Could not write media data</source>
        <translation>No se pudieron escribir los datos multimedia</translation>
    </message>
    <message>
        <source>Could not read media data</source>
        <translation>No se pudieron leer los datos multimedia</translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>El proyecto no contiene datos del archivo multimedia %1.</translation>
    </message>
    <message>
        <source>Could not write the media file: %1</source>
        <translation>No se pudo escribir el archivo multimedia: %1</translation>
    </message>
    <message>
        <source>The media file %1 is damaged in the project: its content no longer matches.</source>
        <translation>El archivo multimedia %1 está dañado en el proyecto: su contenido ya no coincide.</translation>
    </message>
    <message>
        <source>The media data ended early.</source>
        <translation>Los datos multimedia terminan antes de tiempo.</translation>
    </message>
    <message>
        <source>The media data is laid out unexpectedly.</source>
        <translation>Los datos multimedia tienen una estructura inesperada.</translation>
    </message>
</context>
<context>
    <name>cw::AssetCommand</name>
    <message>
        <source>Add media %1</source>
        <translation>Añadir el archivo multimedia %1</translation>
    </message>
    <message>
        <source>Remove media %1</source>
        <translation>Quitar el archivo multimedia %1</translation>
    </message>
</context>
<context>
    <name>cw::AssetField</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>cw::AssetsDock</name>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Remove Unused</source>
        <translation>Quitar los no utilizados</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Archivos multimedia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Take the media files nothing in the course uses out of it</source>
        <translation>Quitar del curso los archivos multimedia que nada utiliza</translation>
    </message>
    <message>
        <source>Not used anywhere in the course</source>
        <translation>No se usa en ninguna parte del curso</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s)</source>
        <translation>
            <numerusform>Usado en %n lugar</numerusform>
            <numerusform>Usado en %n lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, unused</source>
        <translation>%1, sin usar</translation>
    </message>
    <message>
        <source>Go to this %1</source>
        <translation>Ir a este elemento (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused media file(s)</source>
        <translation>
            <numerusform>Quitar %n archivo multimedia sin usar</numerusform>
            <numerusform>Quitar %n archivos multimedia sin usar</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Replace the selected media file</source>
        <translation>Reemplazar el archivo multimedia seleccionado</translation>
    </message>
    <message>
        <source>Put another file in place of the selected one, wherever it is used</source>
        <translation>Poner otro archivo en lugar del seleccionado, allí donde se use</translation>
    </message>
    <message>
        <source>Remove unused media files</source>
        <translation>Quitar los archivos multimedia sin usar</translation>
    </message>
</context>
<context>
    <name>cw::AtomicFileWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::BlockCard</name>
    <message>
        <source>%1 block</source>
        <translation>Bloque «%1»</translation>
    </message>
    <message>
        <source>Drag to move the block</source>
        <translation>Arrastre para mover el bloque</translation>
    </message>
    <message>
        <source>Move block up (Alt+Up)</source>
        <translation>Subir el bloque (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move block down (Alt+Down)</source>
        <translation>Bajar el bloque (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Duplicar el bloque</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Eliminar el bloque</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Pestaña %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Eliminar la sección</translation>
    </message>
    <message>
        <source>Add Tab</source>
        <translation>Añadir pestaña</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Añadir sección</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceLabel</name>
    <message>
        <source>Pages viewed</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation>Cuestionarios superados</translation>
    </message>
    <message>
        <source>Scenarios finished</source>
        <translation>Escenarios terminados</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Después de cada pregunta</translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation>Al final del cuestionario</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Fuente del sistema</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sin serifa</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Con serifa</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Redondeada</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Monoespaciada</translation>
    </message>
    <message>
        <source>Free: any page in any order</source>
        <translation>Libre: cualquier página en cualquier orden</translation>
    </message>
    <message>
        <source>In order: each page after the one before</source>
        <translation>En orden: cada página después de la anterior</translation>
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
        <translation>Subir %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>Bajar %1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Quitar %1 %2</translation>
    </message>
    <message>
        <source>Lead to a new step</source>
        <translation>Llevar a un paso nuevo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>New step…</source>
        <translation>Paso nuevo…</translation>
    </message>
</context>
<context>
    <name>cw::ChoiceRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
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
        <translation>El módulo «%1» no tiene ningún cuestionario calificado, así que nadie puede aprobarlo: «Avanzar cuando: %2» nunca se cumpliría. Elija auto o Completed, o añada un cuestionario calificado al módulo.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no graded quiz, so no learner can pass it: &quot;Move on when: %2&quot; could never be met. Choose auto or Completed, or add a graded quiz to the course.</source>
        <translation>El curso «%1» no tiene ningún cuestionario calificado, así que nadie puede aprobarlo: «Avanzar cuando: %2» nunca se cumpliría. Elija auto o Completed, o añada un cuestionario calificado al curso.</translation>
    </message>
</context>
<context>
    <name>cw::ColorPicker</name>
    <message>
        <source>Pick the theme colour</source>
        <translation>Elegir el color del tema</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Theme colour as #rrggbb</source>
        <translation>Color del tema en formato #rrggbb</translation>
    </message>
    <message>
        <source>Contrast with white text</source>
        <translation>Contraste con texto blanco</translation>
    </message>
    <message>
        <source>Theme Colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>Not a colour yet: six hex digits after #, or pick one.</source>
        <translation>Todavía no es un color: seis dígitos hexadecimales después de #, o elija uno.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: easy to read.</source>
        <translation>Contraste con texto blanco %1:1: fácil de leer.</translation>
    </message>
    <message>
        <source>Contrast with white text %1:1: too light; text needs at least %2:1.</source>
        <translation>Contraste con texto blanco %1:1: demasiado claro; el texto necesita al menos %2:1.</translation>
    </message>
</context>
<context>
    <name>cw::ContentRules</name>
    <message>
        <source>%1 has no blocks.</source>
        <translation>%1 no contiene bloques.</translation>
    </message>
    <message>
        <source>%1 has no sections.</source>
        <translation>%1 no contiene secciones.</translation>
    </message>
    <message>
        <source>%1 is a level %2 heading right after a level %3 heading; use level %4 so screen reader users don&apos;t miss a section.</source>
        <translation>%1 es un encabezado de nivel %2 justo después de uno de nivel %3; use el nivel %4 para que los usuarios de lectores de pantalla no se pierdan ninguna sección.</translation>
    </message>
    <message>
        <source>%1: the file for “%2” is missing from the project.</source>
        <translation>%1: falta en el proyecto el archivo de «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 (%4), which cannot be shown there.</source>
        <translation>%1: «%2» contiene %3 (%4), que no se puede mostrar ahí.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation>El curso no tiene título.</translation>
    </message>
    <message>
        <source>The course has no identifier.</source>
        <translation>El curso no tiene identificador.</translation>
    </message>
    <message>
        <source>The course has no language.</source>
        <translation>El curso no tiene idioma.</translation>
    </message>
    <message>
        <source>The course language “%1” is not a valid language tag (such as en or de-CH).</source>
        <translation>El idioma del curso «%1» no es una etiqueta de idioma válida (como en o de-CH).</translation>
    </message>
    <message>
        <source>The course has no modules.</source>
        <translation>El curso no contiene módulos.</translation>
    </message>
    <message>
        <source>The theme colour “%1” is not a colour in the form #rrggbb (such as #1f5f99).</source>
        <translation>El color del tema «%1» no es un color con el formato #rrggbb (como #1f5f99).</translation>
    </message>
    <message>
        <source>The theme colour %1 has a contrast of %2:1 against white; text in it needs at least 4.5:1. Choose a darker colour.</source>
        <translation>El color del tema %1 tiene un contraste de %2:1 con el blanco; el texto de ese color necesita al menos 4,5:1. Elija un color más oscuro.</translation>
    </message>
    <message>
        <source>The course logo has no alternative text; screen readers will announce it without a name.</source>
        <translation>El logotipo del curso no tiene texto alternativo; los lectores de pantalla lo anunciarán sin nombre.</translation>
    </message>
    <message>
        <source>%1 has no pages, quizzes or scenarios.</source>
        <translation>%1 no contiene páginas, cuestionarios ni escenarios.</translation>
    </message>
    <message>
        <source>%1 takes about %2 minutes; keep modules under %3 minutes.</source>
        <translation>%1 dura unos %2 minutos; los módulos deberían durar menos de %3 minutos.</translation>
    </message>
    <message>
        <source>%1 has no image file.</source>
        <translation>%1 no tiene archivo de imagen.</translation>
    </message>
    <message>
        <source>%1 has no alternative text; add one or mark the image decorative.</source>
        <translation>%1 no tiene texto alternativo; añada uno o marque la imagen como decorativa.</translation>
    </message>
    <message>
        <source>%1 has no video file.</source>
        <translation>%1 no tiene archivo de vídeo.</translation>
    </message>
    <message>
        <source>%1 has no audio file.</source>
        <translation>%1 no tiene archivo de audio.</translation>
    </message>
    <message>
        <source>%1 has no captions.</source>
        <translation>%1 no tiene subtítulos.</translation>
    </message>
</context>
<context>
    <name>cw::CourseDocument</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>El elemento ya no existe.</translation>
    </message>
    <message>
        <source>%1 has no property &apos;%2&apos;.</source>
        <translation>%1 no tiene la propiedad &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The place to insert into no longer exists.</source>
        <translation>El lugar de inserción ya no existe.</translation>
    </message>
    <message>
        <source>A %1 cannot contain a %2.</source>
        <translation>Un elemento de tipo %1 no puede contener un elemento de tipo %2.</translation>
    </message>
    <message>
        <source>Position %1 is outside the %2.</source>
        <translation>La posición %1 está fuera del elemento de tipo %2.</translation>
    </message>
    <message>
        <source>The course already has an item with id %1.</source>
        <translation>El curso ya contiene un elemento con el id. %1.</translation>
    </message>
    <message>
        <source>The course itself cannot be moved.</source>
        <translation>El propio curso no se puede mover.</translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation>Un elemento no se puede mover dentro de sí mismo.</translation>
    </message>
    <message>
        <source>Nothing to insert.</source>
        <translation>No hay nada que insertar.</translation>
    </message>
    <message>
        <source>The course itself cannot be deleted.</source>
        <translation>El propio curso no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>cw::CourseJson</name>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clave desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>tipo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a UUID, found &apos;%1&apos;</source>
        <translation>se esperaba un UUID, se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>el id. %1 se usa dos veces</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba una matriz</translation>
    </message>
    <message>
        <source>a %1 cannot contain a %2</source>
        <translation>un elemento de tipo %1 no puede contener un elemento de tipo %2</translation>
    </message>
    <message>
        <source>expected a SHA-256 hash in lower-case hex</source>
        <translation>se esperaba un hash SHA-256 en hexadecimal en minúsculas</translation>
    </message>
    <message>
        <source>the file name is %1 bytes long; file systems allow at most %2</source>
        <translation>el nombre de archivo ocupa %1 bytes; los sistemas de archivos permiten como máximo %2</translation>
    </message>
    <message>
        <source>a %1 has no property &apos;%2&apos;</source>
        <translation>un elemento de tipo %1 no tiene la propiedad &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>not a Coursewright course: the top level is not a JSON object</source>
        <translation>no es un curso de Coursewright: el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a Coursewright course: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>no es un curso de Coursewright: &quot;format&quot; no es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this course was written by a newer Coursewright (format %1; this version reads up to %2)</source>
        <translation>este curso lo escribió una versión más reciente de Coursewright (formato %1; esta versión lee hasta el formato %2)</translation>
    </message>
    <message>
        <source>the top node must be a course</source>
        <translation>el nodo superior debe ser un curso</translation>
    </message>
    <message>
        <source>the asset %1 is listed twice</source>
        <translation>el archivo multimedia %1 aparece dos veces</translation>
    </message>
</context>
<context>
    <name>cw::EditorFrame</name>
    <message>
        <source>Edit error</source>
        <translation>Error de edición</translation>
    </message>
</context>
<context>
    <name>cw::EndingsOverview</name>
    <message>
        <source>No endings yet: set a step&apos;s type to Ending.</source>
        <translation>Aún no hay finales: cambie el tipo de un paso a «Final».</translation>
    </message>
    <message>
        <source>Open the ending “%1”</source>
        <translation>Abrir el final «%1»</translation>
    </message>
    <message>
        <source>Outcome of “%1”</source>
        <translation>Resultado de «%1»</translation>
    </message>
    <message>
        <source>(no feedback)</source>
        <translation>(sin comentarios)</translation>
    </message>
    <message>
        <source>Feedback of “%1”</source>
        <translation>Comentarios de «%1»</translation>
    </message>
</context>
<context>
    <name>cw::ExportDialog</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>Archivo &amp;ZIP</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Export Course</source>
        <translation>Exportar el curso</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>Escribir como:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation>Elegir una carpeta para %1</translation>
    </message>
    <message>
        <source>These options write one zip per module, into a folder.</source>
        <translation>Estas opciones escriben un ZIP por módulo, en una carpeta.</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>Exportar a un archivo ZIP</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Exporting the course…</source>
        <translation>Exportando el curso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>The course has %n error(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>El curso tiene %n error; el panel Problemas lo muestra.</numerusform>
            <numerusform>El curso tiene %n errores; el panel Problemas los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>A package with errors may not play or track correctly.</source>
        <translation>Un paquete con errores puede no reproducirse o no registrar el seguimiento correctamente.</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>Exportar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>cw::ExportOption</name>
    <message>
        <source>Resume</source>
        <translation>Reanudación</translation>
    </message>
    <message>
        <source>always: a returning learner continues where they left off; ask: the course asks them first; never: every visit starts afresh.</source>
        <translation>always: el alumno que vuelve continúa donde lo dejó; ask: el curso se lo pregunta primero; never: cada visita empieza de cero.</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Ask the learner</source>
        <translation>Preguntar al alumno</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 has no option &quot;%2&quot;.</source>
        <translation>%1 no tiene la opción «%2».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Assignable units</source>
        <translation>Unidades asignables</translation>
    </message>
    <message>
        <source>course: the course is one assignable unit (AU); au-per-module: a block with one AU per module, which the LMS tracks each on its own.</source>
        <translation>course: el curso es una unidad asignable (AU); au-per-module: un bloque con una AU por módulo, cada una con su propio seguimiento en el LMS.</translation>
    </message>
    <message>
        <source>One AU for the course</source>
        <translation>Una AU para el curso</translation>
    </message>
    <message>
        <source>One AU per module</source>
        <translation>Una AU por módulo</translation>
    </message>
    <message>
        <source>Move on when</source>
        <translation>Avanzar cuando</translation>
    </message>
    <message>
        <source>What the LMS waits for before it counts an AU as done (cmi5 moveOn). auto: completed and passed where there is a graded quiz, completed elsewhere. Passed and CompletedAndPassed need a graded quiz in every AU.</source>
        <translation>Lo que el LMS espera antes de dar una AU por terminada (moveOn de cmi5). auto: completada y aprobada donde hay un cuestionario calificado, completada en los demás casos. Passed y CompletedAndPassed necesitan un cuestionario calificado en cada AU.</translation>
    </message>
    <message>
        <source>Automatic (passed too where there is a graded quiz)</source>
        <translation>Automático (también aprobado donde hay un cuestionario calificado)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Completed and passed</source>
        <translation>Completado y aprobado</translation>
    </message>
    <message>
        <source>Completed or passed</source>
        <translation>Completado o aprobado</translation>
    </message>
    <message>
        <source>Not applicable (done when assigned)</source>
        <translation>No aplicable (terminado al asignarse)</translation>
    </message>
    <message>
        <source>Passing score in cmi5.xml</source>
        <translation>Puntuación para aprobar en cmi5.xml</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into cmi5.xml as the masteryScore of each AU with a graded quiz, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Escribir la puntuación para aprobar del curso en cmi5.xml como masteryScore de cada AU con un cuestionario calificado, para que el LMS la conozca (y pueda permitir que un administrador la cambie).</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>course: one SCO for the whole course; sco-per-module: one package with a SCO per module, tracked each on its own; package-per-module: one zip per module, written into a folder, for libraries of short modules.</source>
        <translation>course: un SCO para todo el curso; sco-per-module: un paquete con un SCO por módulo, cada uno con su propio seguimiento; package-per-module: un ZIP por módulo, escrito en una carpeta, para bibliotecas de módulos cortos.</translation>
    </message>
    <message>
        <source>One package for the course</source>
        <translation>Un paquete para el curso</translation>
    </message>
    <message>
        <source>One package, a SCO per module</source>
        <translation>Un paquete, un SCO por módulo</translation>
    </message>
    <message>
        <source>One package per module</source>
        <translation>Un paquete por módulo</translation>
    </message>
    <message>
        <source>Status when passed</source>
        <translation>Estado al aprobar</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who passed: passed, or completed for LMSs that only count completed.</source>
        <translation>Lo que el LMS registra para un alumno que ha aprobado: passed, o completed para los LMS que solo cuentan la finalización.</translation>
    </message>
    <message>
        <source>Status when failed</source>
        <translation>Estado al suspender</translation>
    </message>
    <message>
        <source>What the LMS records for a learner who failed: failed, or incomplete so that the LMS lets the learner try again.</source>
        <translation>Lo que el LMS registra para un alumno que ha suspendido: failed, o incomplete para que el LMS le deje volver a intentarlo.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Passing score in the manifest</source>
        <translation>Puntuación para aprobar en el manifiesto</translation>
    </message>
    <message>
        <source>Write the course&apos;s passing score into imsmanifest.xml, so the LMS knows it (and may let an administrator change it).</source>
        <translation>Escribir la puntuación para aprobar del curso en imsmanifest.xml, para que el LMS la conozca (y pueda permitir que un administrador la cambie).</translation>
    </message>
    <message>
        <source>Schema files</source>
        <translation>Archivos de esquema</translation>
    </message>
    <message>
        <source>A folder holding the official XSD files of this SCORM version, copied into the package root for validators that need them (LMSs do not).</source>
        <translation>Una carpeta con los archivos XSD oficiales de esta versión de SCORM, que se copian en la raíz del paquete para los validadores que los necesitan (los LMS no).</translation>
    </message>
    <message>
        <source>Activity IRI base</source>
        <translation>Base de los IRI de actividad</translation>
    </message>
    <message>
        <source>The absolute IRI the course&apos;s activity ids start with, such as https://example.com/courses/safety: the LRS keeps a learner&apos;s records by them, so keep it when you re-export. Empty: made from the course identifier.</source>
        <translation>El IRI absoluto con el que empiezan los id. de actividad del curso, por ejemplo https://example.com/courses/safety: el LRS guarda los registros de cada alumno según ellos, así que consérvelo al volver a exportar. Vacío: se genera a partir del identificador del curso.</translation>
    </message>
</context>
<context>
    <name>cw::Exporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; known formats: %2.</source>
        <translation>Formato de exportación desconocido «%1»; formatos conocidos: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and does not hold a previous export; choose a new or empty folder, or a path ending in .zip.</source>
        <translation>La carpeta %1 no está vacía y no contiene una exportación anterior; elija una carpeta nueva o vacía, o una ruta que termine en .zip.</translation>
    </message>
    <message>
        <source>No output path was given.</source>
        <translation>No se ha indicado ninguna ruta de salida.</translation>
    </message>
    <message>
        <source>A learner&apos;s saved progress in this course can reach %L1 characters, more than the %L2 that %3 lets a course save; resume would break. Make the course smaller (fewer questions, attempts or scenario steps per module) or choose a scope with one SCO per module.</source>
        <translation>El progreso guardado de un alumno en este curso puede llegar a %L1 caracteres, más que los %L2 que %3 permite guardar a un curso; la reanudación fallaría. Reduzca el curso (menos preguntas, intentos o pasos de escenario por módulo) o elija un ámbito con un SCO por módulo.</translation>
    </message>
    <message>
        <source>The course has validation errors; fix them or export anyway with force.</source>
        <translation>El curso tiene errores de validación; corríjalos o fuerce la exportación.</translation>
    </message>
    <message>
        <source>This export writes one zip per module; choose a folder to put them in, not a .zip file.</source>
        <translation>Esta exportación escribe un ZIP por módulo; elija una carpeta donde guardarlos, no un archivo .zip.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 holds files other than packages; choose a new or empty folder.</source>
        <translation>La carpeta %1 contiene archivos que no son paquetes; elija una carpeta nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>cw::Expression</name>
    <message>
        <source>column %1: &apos;%2&apos; is not a number</source>
        <translation>columna %1: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>column %1: unexpected &apos;%2&apos;</source>
        <translation>columna %1: &apos;%2&apos; inesperado</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>columna %1: se esperaba %2, se encontró %3</translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation>el final de la expresión</translation>
    </message>
    <message>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a variable, a number, true or false</source>
        <translation>una variable, un número, true o false</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>un nombre de variable</translation>
    </message>
    <message>
        <source>&apos;=&apos;, &apos;+=&apos; or &apos;-=&apos;</source>
        <translation>&apos;=&apos;, &apos;+=&apos; o &apos;-=&apos;</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionEdit</name>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Add effect</source>
        <translation>Añadir efecto</translation>
    </message>
    <message>
        <source>Or type it, e.g. trust &gt;= 2 and not warned</source>
        <translation>O escríbala, p. ej. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>Or type them, e.g. trust += 1; warned = true</source>
        <translation>O escríbalos, p. ej. trust += 1; warned = true</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>es distinto de</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>es verdadero</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>es falso</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>establecer en</translation>
    </message>
    <message>
        <source>add</source>
        <translation>sumar</translation>
    </message>
    <message>
        <source>subtract</source>
        <translation>restar</translation>
    </message>
    <message>
        <source>becomes true</source>
        <translation>pasa a verdadero</translation>
    </message>
    <message>
        <source>becomes false</source>
        <translation>pasa a falso</translation>
    </message>
    <message>
        <source>“%1” is not a variable of this scenario.</source>
        <translation>«%1» no es una variable de este escenario.</translation>
    </message>
    <message>
        <source>Written as text beyond what the pickers can show: edit it below.</source>
        <translation>Escrito como texto que las listas no pueden mostrar: edítelo abajo.</translation>
    </message>
    <message>
        <source>Add variables to the scenario to pick them here.</source>
        <translation>Añada variables al escenario para elegirlas aquí.</translation>
    </message>
    <message>
        <source>%1 condition %2</source>
        <extracomment>%1 names the choice (&quot;Choice 2&quot;), %2 the number of the condition or effect</extracomment>
        <translation>%1 condición %2</translation>
    </message>
    <message>
        <source>%1 effect %2</source>
        <translation>%1 efecto %2</translation>
    </message>
    <message>
        <source>%1 variable</source>
        <translation>%1 variable</translation>
    </message>
    <message>
        <source>%1 operation</source>
        <translation>%1 operación</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 valor</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 add condition</source>
        <translation>%1 añadir condición</translation>
    </message>
    <message>
        <source>%1 add effect</source>
        <translation>%1 añadir efecto</translation>
    </message>
    <message>
        <source>%1 condition as text</source>
        <translation>%1 condición como texto</translation>
    </message>
    <message>
        <source>%1 effects as text</source>
        <translation>%1 efectos como texto</translation>
    </message>
    <message>
        <source>%1 condition error</source>
        <translation>%1 error en la condición</translation>
    </message>
    <message>
        <source>%1 effects error</source>
        <translation>%1 error en los efectos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cw::ExpressionField</name>
    <message>
        <source>e.g. trust &gt;= 2 and not warned</source>
        <translation>p. ej. trust &gt;= 2 and not warned</translation>
    </message>
    <message>
        <source>e.g. trust += 1; warned = true</source>
        <translation>p. ej. trust += 1; warned = true</translation>
    </message>
</context>
<context>
    <name>cw::FolderPackageSink</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>No se pudo escribir en %1.</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>El paquete no está abierto.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>No se pudo crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not replace the folder %1.</source>
        <translation>No se pudo reemplazar la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>cw::HtmlExport</name>
    <message>
        <source>HTML (offline website)</source>
        <translation>HTML (sitio web sin conexión)</translation>
    </message>
</context>
<context>
    <name>cw::ImportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Importar multimedia</translation>
    </message>
    <message>
        <source>Media import progress</source>
        <translation>Progreso de la importación de medios</translation>
    </message>
</context>
<context>
    <name>cw::InsertNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>cw::IoError</name>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>the data could not be written (is the disk full?)</source>
        <translation>no se pudieron escribir los datos (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>cw::JsonNumber</name>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera del intervalo (%2 a %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
</context>
<context>
    <name>cw::KindPalette</name>
    <message>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
</context>
<context>
    <name>cw::LanguagePicker</name>
    <message>
        <source>Type a language name or a tag such as en-GB</source>
        <translation>Escriba un nombre de idioma o una etiqueta como es-ES</translation>
    </message>
    <message>
        <source>The language the course is written in. Learning platforms and screen readers use it; it is stored as a standard language tag (BCP 47).</source>
        <translation>El idioma en que está escrito el curso. Lo usan las plataformas de aprendizaje y los lectores de pantalla; se guarda como etiqueta de idioma estándar (BCP 47).</translation>
    </message>
</context>
<context>
    <name>cw::ListField</name>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar la entrada</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Subir la entrada</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Bajar la entrada</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Coursewright courses (*.cwcourse)</source>
        <translation>Cursos de Coursewright (*.cwcourse)</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Esquema del curso</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Duración estimada</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Número de problemas</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an item after the selection</source>
        <translation>Añadir un elemento después de la selección</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar los cambios no guardados</translation>
    </message>
    <message>
        <source>Coursewright did not close normally while “%1” had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation>Coursewright no se cerró correctamente mientras «%1» tenía cambios sin guardar. ¿Desea restaurar los cambios guardados automáticamente a las %2?</translation>
    </message>
    <message>
        <source>Cannot recover the course</source>
        <translation>No se puede recuperar el curso</translation>
    </message>
    <message>
        <source>Recovered Course</source>
        <translation>Curso recuperado</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Ningún curso</translation>
    </message>
    <message>
        <source>%1[*] — Coursewright</source>
        <translation>%1[*] — Coursewright</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>No se puede añadir</translation>
    </message>
    <message>
        <source>No course is open</source>
        <translation>No hay ningún curso abierto</translation>
    </message>
    <message>
        <source>After this %1</source>
        <translation>Después de este elemento (%1)</translation>
    </message>
    <message>
        <source>Inside this %1</source>
        <translation>Dentro de este elemento (%1)</translation>
    </message>
    <message>
        <source>Nothing can be added here</source>
        <translation>Aquí no se puede añadir nada</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>No se puede duplicar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n media file(s)</source>
        <translation>
            <numerusform>%n archivo multimedia importado</numerusform>
            <numerusform>%n archivos multimedia importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Importar multimedia</translation>
    </message>
    <message>
        <source>Cannot import media</source>
        <translation>No se pueden importar los archivos multimedia</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>No se puede mover</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n file(s).</source>
        <translation>
            <numerusform>Exportado a %1: %n archivo.</numerusform>
            <numerusform>Exportado a %1: %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation>Duración estimada: %1 min</translation>
    </message>
    <message>
        <source>Reading at %1 words per minute, %2 s per question, %3 s per scenario step, %4 s per image, plus media durations.</source>
        <translation>Lectura a %1 palabras por minuto, %2 s por pregunta, %3 s por paso de escenario, %4 s por imagen, más la duración de los archivos multimedia.</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Errores: %1  Advertencias: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Desea guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <source>Cannot create a course</source>
        <translation>No se puede crear un curso</translation>
    </message>
    <message>
        <source>Open Course</source>
        <translation>Abrir un curso</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Save Course As</source>
        <translation>Guardar el curso como</translation>
    </message>
    <message>
        <source>About Coursewright</source>
        <translation>Acerca de Coursewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Offline course authoring with SCORM, xAPI and cmi5 export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Creación de cursos sin conexión con exportación a SCORM, xAPI y cmi5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent courses</source>
        <translation>No hay cursos recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Otra importación sigue en curso.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n media file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo multimedia…</numerusform>
            <numerusform>Importando %n archivos multimedia…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 with %2</source>
        <translation>%1 reemplazado por %2</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
    <message>
        <source>Cannot replace media</source>
        <translation>No se puede reemplazar el medio</translation>
    </message>
</context>
<context>
    <name>cw::MediaDrop</name>
    <message>
        <source>Media (%1)</source>
        <translation>Multimedia (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>cw::MediaFolder</name>
    <message>
        <source>%1 is a symbolic link; only regular files inside the folder are read.</source>
        <translation>%1 es un enlace simbólico; solo se leen los archivos normales dentro de la carpeta.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO, socket or device); only regular files are read.</source>
        <translation>%1 no es un archivo normal (es una carpeta, una FIFO, un socket o un dispositivo); solo se leen archivos normales.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a media folder must be a folder inside the course folder.</source>
        <translation>%1 es un enlace simbólico; una carpeta multimedia debe ser una carpeta dentro de la carpeta del curso.</translation>
    </message>
    <message>
        <source>The media file %1 (“%2”) is not in %3.</source>
        <translation>El archivo multimedia %1 («%2») no está en %3.</translation>
    </message>
</context>
<context>
    <name>cw::MediaImport</name>
    <message numerus="yes">
        <source>Import %n media file(s)</source>
        <translation>
            <numerusform>Importar %n archivo multimedia</numerusform>
            <numerusform>Importar %n archivos multimedia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MediaReplace</name>
    <message>
        <source>That media file is no longer in the course.</source>
        <translation>Ese archivo multimedia ya no está en el curso.</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>de un tipo desconocido</translation>
    </message>
    <message>
        <source>%1 cannot replace %2: where %2 is used (%3) only %4 files fit, and %1 is %5.</source>
        <translation>%1 no puede reemplazar a %2: donde se usa %2 (%3) solo caben archivos %4, y %1 es %5.</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
</context>
<context>
    <name>cw::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
<context>
    <name>cw::NodeEdits</name>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Update the uses of “%1”</source>
        <translation>Actualizar los usos de «%1»</translation>
    </message>
</context>
<context>
    <name>cw::NodeRefField</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Un archivo del paquete tiene una ruta vacía.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must be relative.</source>
        <translation>La ruta del paquete «%1» debe ser relativa.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; must use &apos;/&apos; between folders.</source>
        <translation>La ruta del paquete «%1» debe usar «/» entre carpetas.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; names a folder, not a file.</source>
        <translation>La ruta del paquete «%1» designa una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains a character that is not allowed in a file name.</source>
        <translation>La ruta del paquete «%1» contiene un carácter no permitido en un nombre de archivo.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; is longer than %2 bytes.</source>
        <translation>La ruta del paquete «%1» ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; contains an empty, &quot;.&quot; or &quot;..&quot; folder.</source>
        <translation>La ruta del paquete «%1» contiene una carpeta vacía, «.» o «..».</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; has a name ending in a dot or a space.</source>
        <translation>La ruta del paquete «%1» contiene un nombre que termina en punto o en espacio.</translation>
    </message>
    <message>
        <source>The package already contains &quot;%1&quot; (names differing only in case collide on Windows servers).</source>
        <translation>El paquete ya contiene «%1» (los nombres que solo se diferencian en mayúsculas y minúsculas chocan en los servidores Windows).</translation>
    </message>
    <message>
        <source>The package path &quot;%1&quot; needs a folder where the package already has a file.</source>
        <translation>La ruta del paquete «%1» necesita una carpeta donde el paquete ya tiene un archivo.</translation>
    </message>
</context>
<context>
    <name>cw::PackageWriter</name>
    <message>
        <source>The SVG image %1 is larger than %2 MB.</source>
        <translation>La imagen SVG %1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>The SVG image %1 cannot be made safe for the package: %2</source>
        <translation>La imagen SVG %1 no se puede hacer segura para el paquete: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Se canceló la exportación; no se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>No hay nada que exportar: el paquete estaría vacío.</translation>
    </message>
    <message>
        <source>The media file %1 needed for &quot;%2&quot; is missing from the project.</source>
        <translation>Falta en el proyecto el archivo multimedia %1 que necesita «%2».</translation>
    </message>
    <message>
        <source>The media file %1 is a web page or script, which could run in the learner&apos;s LMS window; it is not put into packages.</source>
        <translation>El archivo multimedia %1 es una página web o un script que podría ejecutarse en la ventana del LMS del alumno; no se incluye en los paquetes.</translation>
    </message>
    <message>
        <source>The application file %1 needed for &quot;%2&quot; is missing.</source>
        <translation>Falta el archivo de la aplicación %1 que necesita «%2».</translation>
    </message>
    <message>
        <source>Could not read the application file %1: %2</source>
        <translation>No se pudo leer el archivo de la aplicación %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::PageEditor</name>
    <message>
        <source>Page editor</source>
        <translation>Editor de página</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Error de edición</translation>
    </message>
    <message>
        <source>This page has no blocks yet. Add text, images, media and more from the bar above.</source>
        <translation>Esta página aún no tiene bloques. Añada texto, imágenes, medios y más desde la barra de arriba.</translation>
    </message>
    <message>
        <source>Add a %1 after the current block</source>
        <translation>Añadir %1 después del bloque actual</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Añadir un bloque</translation>
    </message>
</context>
<context>
    <name>cw::PartRowsEdit</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is a question part (&quot;Choice&quot;), %2 its number, %3 a property (&quot;correct&quot;, &quot;feedback&quot;)</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>Subir %1 %2</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>Bajar %1 %2</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Quitar %1 %2</translation>
    </message>
    <message>
        <source>Mark the correct %1</source>
        <translation>Marcar la respuesta correcta (%1)</translation>
    </message>
</context>
<context>
    <name>cw::PlayerPackage</name>
    <message>
        <source>The player file %1 is missing from the application.</source>
        <translation>Falta en la aplicación el archivo del reproductor %1.</translation>
    </message>
    <message>
        <source>The player page template is missing from the application.</source>
        <translation>Falta en la aplicación la plantilla de página del reproductor.</translation>
    </message>
    <message>
        <source>The player page template has no connect-src policy to open.</source>
        <translation>La plantilla de página del reproductor no tiene ninguna directiva connect-src que abrir.</translation>
    </message>
    <message>
        <source>The player has no &quot;%1&quot; tracking adapter.</source>
        <translation>El reproductor no tiene el adaptador de seguimiento «%1».</translation>
    </message>
</context>
<context>
    <name>cw::ProblemsDock</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>No hay ningún curso abierto.</translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation>Problemas (errores: %1, advertencias: %2)</translation>
    </message>
</context>
<context>
    <name>cw::Project</name>
    <message>
        <source>A course must have a course at its top.</source>
        <translation>Un curso debe tener un curso como elemento superior.</translation>
    </message>
    <message>
        <source>The media file &quot;%1&quot;: %2</source>
        <translation>El archivo multimedia «%1»: %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash in the course (expected %2, found %3).</source>
        <translation>%1 no coincide con su hash en el curso (se esperaba %2, se encontró %3).</translation>
    </message>
    <message>
        <source>The file %1 no longer exists, so the recovered course was opened as a new untitled course. Use Save As to keep it.</source>
        <translation>El archivo %1 ya no existe, así que el curso recuperado se ha abierto como un curso nuevo sin título. Use Guardar como para conservarlo.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectFile</name>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation>El proyecto no contiene datos del archivo multimedia %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Could not import %1: an SVG image may be at most %2 MB.</source>
        <translation>No se pudo importar %1: una imagen SVG puede ocupar como máximo %2 MB.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Coursewright project.</source>
        <translation>%1 es una carpeta, no un proyecto de Coursewright.</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Coursewright and is read-only, so it cannot be upgraded. Copy it somewhere writable first.</source>
        <translation>%1 se guardó con una versión anterior de Coursewright y es de solo lectura, así que no se puede actualizar. Cópielo primero en una ubicación con permiso de escritura.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>an item has the invalid id &apos;%1&apos;</source>
        <translation>un elemento tiene el id. no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 has the unknown kind &apos;%2&apos;</source>
        <translation>el elemento %1 tiene el tipo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the properties of item %1 are not a JSON object</source>
        <translation>las propiedades del elemento %1 no son un objeto JSON</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>an item id is used twice</source>
        <translation>un id. de elemento se usa dos veces</translation>
    </message>
    <message>
        <source>item %1 has no parent</source>
        <translation>el elemento %1 no tiene elemento padre</translation>
    </message>
    <message>
        <source>item %1 belongs to %2, which does not exist</source>
        <translation>el elemento %1 pertenece a %2, que no existe</translation>
    </message>
    <message>
        <source>the course itself is missing</source>
        <translation>falta el propio curso</translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be inside a %3</source>
        <translation>el elemento %1 (%2) no puede estar dentro de un elemento de tipo %3</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not connected to the course</source>
        <translation>
            <numerusform>%n elemento no está conectado al curso</numerusform>
            <numerusform>%n elementos no están conectados al curso</numerusform>
        </translation>
    </message>
    <message>
        <source>the media file %1 has an impossible size or duration</source>
        <translation>el archivo multimedia %1 tiene un tamaño o una duración imposibles</translation>
    </message>
    <message>
        <source>The file is read-only; use Save As.</source>
        <translation>El archivo es de solo lectura; use Guardar como.</translation>
    </message>
    <message>
        <source>There is no course to save.</source>
        <translation>No hay ningún curso que guardar.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is read-only; save the course under another name.</source>
        <translation>%1 es de solo lectura; guarde el curso con otro nombre.</translation>
    </message>
    <message>
        <source>Could not copy the project</source>
        <translation>No se pudo copiar el proyecto</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be imported as media.</source>
        <translation>%1 no es un archivo normal, así que no se puede importar como archivo multimedia.</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation>%1 cambió mientras se importaba.</translation>
    </message>
    <message>
        <source>This project already has imported media waiting to be saved.</source>
        <translation>Este proyecto ya tiene archivos multimedia importados pendientes de guardar.</translation>
    </message>
    <message>
        <source>The recovered media file %1 no longer exists.</source>
        <translation>El archivo multimedia recuperado %1 ya no existe.</translation>
    </message>
    <message>
        <source>The recovered media file %1 is still in use by another Coursewright window.</source>
        <translation>Otra ventana de Coursewright sigue usando el archivo multimedia recuperado %1.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Se canceló la importación de %1.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSchema</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project: the file is empty.</source>
        <translation>%1 no es un proyecto de Coursewright: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project.</source>
        <translation>%1 no es un proyecto de Coursewright.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file has been cut short (truncated).</source>
        <translation>%1 está incompleto: el archivo se ha truncado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coursewright project.</source>
        <translation>%1 es una base de datos SQLite, pero no un proyecto de Coursewright.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Coursewright (file format %2; this version reads up to format %3). Please update Coursewright to open it.</source>
        <translation>%1 se guardó con una versión más reciente de Coursewright (formato de archivo %2; esta versión lee hasta el formato %3). Actualice Coursewright para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 está dañado: falta su versión de formato.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 está dañado y no se puede abrir (%2).</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>Otro programa está usando %1. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>cw::ProjectSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>cw::PropertyEditor</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Select an item in the outline to edit its properties.</source>
        <translation>Seleccione un elemento del esquema para editar sus propiedades.</translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation>Error de edición</translation>
    </message>
    <message>
        <source>A %1 has no properties to edit.</source>
        <translation>Un elemento de tipo %1 no tiene propiedades que editar.</translation>
    </message>
</context>
<context>
    <name>cw::PropertyField</name>
    <message>
        <source>(missing: %1)</source>
        <translation>(falta: %1)</translation>
    </message>
</context>
<context>
    <name>cw::QuestionEditor</name>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Steps in the correct order</source>
        <translation>Pasos en el orden correcto</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Select a question to edit it.</source>
        <translation>Seleccione una pregunta para editarla.</translation>
    </message>
    <message>
        <source>Quiz settings: %1</source>
        <translation>Ajustes del cuestionario: %1</translation>
    </message>
    <message>
        <source>Quiz settings</source>
        <translation>Ajustes del cuestionario</translation>
    </message>
    <message>
        <source>Add a %1 after this question</source>
        <translation>Añadir %1 después de esta pregunta</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
</context>
<context>
    <name>cw::QuizRules</name>
    <message>
        <source>%1 has no questions.</source>
        <translation>%1 no contiene preguntas.</translation>
    </message>
    <message>
        <source>%1 draws %2 questions but has only %3.</source>
        <translation>%1 extrae %2 preguntas, pero solo contiene %3.</translation>
    </message>
    <message>
        <source>%1 has no question text.</source>
        <translation>%1 no tiene texto de pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a survey question with no right answer, so its %n point(s) never count towards a score. Set its points to 0.</source>
        <translation>
            <numerusform>%1 es una pregunta de encuesta sin respuesta correcta, así que su %n punto nunca cuenta para la puntuación. Ponga sus puntos a 0.</numerusform>
            <numerusform>%1 es una pregunta de encuesta sin respuesta correcta, así que sus %n puntos nunca cuentan para la puntuación. Ponga sus puntos a 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no accepted answer.</source>
        <translation>%1 no tiene ninguna respuesta aceptada.</translation>
    </message>
    <message>
        <source>%1 needs at least two pairs.</source>
        <translation>%1 necesita al menos dos parejas.</translation>
    </message>
    <message>
        <source>%1 needs at least two steps.</source>
        <translation>%1 necesita al menos dos pasos.</translation>
    </message>
    <message>
        <source>%1 has a negative tolerance.</source>
        <translation>%1 tiene una tolerancia negativa.</translation>
    </message>
    <message>
        <source>%1 needs at least two points on its scale.</source>
        <translation>%1 necesita al menos dos puntos en su escala.</translation>
    </message>
    <message>
        <source>%1 needs at least two choices.</source>
        <translation>%1 necesita al menos dos opciones.</translation>
    </message>
    <message>
        <source>%1 has no choice marked correct.</source>
        <translation>%1 no tiene ninguna opción marcada como correcta.</translation>
    </message>
    <message>
        <source>%1 has %2 choices marked correct; a single-choice question needs exactly one.</source>
        <translation>%1 tiene %2 opciones marcadas como correctas; una pregunta de opción única necesita exactamente una.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 no tiene texto.</translation>
    </message>
</context>
<context>
    <name>cw::RecoveryFile</name>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation>No se pudo leer el archivo de recuperación %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coursewright recovery file.</source>
        <translation>%1 no es un archivo de recuperación de Coursewright.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged.</source>
        <translation>El archivo de recuperación %1 está dañado.</translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged: %2</source>
        <translation>El archivo de recuperación %1 está dañado: %2</translation>
    </message>
    <message>
        <source>Could not create the folder for recovery files, %1.</source>
        <translation>No se pudo crear la carpeta de archivos de recuperación, %1.</translation>
    </message>
    <message>
        <source>Could not write the recovery file %1: it belongs to another running session.</source>
        <translation>No se pudo escribir el archivo de recuperación %1: pertenece a otra sesión en curso.</translation>
    </message>
</context>
<context>
    <name>cw::RemoveNodeCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>cw::RichTextEdit</name>
    <message>
        <source>&quot;%1&quot; cannot be a link. Use a web address (https://...), mailto: or tel:; a course cannot link to its own files.</source>
        <translation>«%1» no puede ser un enlace. Use una dirección web (https://...), mailto: o tel:; un curso no puede enlazar a sus propios archivos.</translation>
    </message>
</context>
<context>
    <name>cw::RichTextToolBar</name>
    <message>
        <source>Text formatting</source>
        <translation>Formato de texto</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code (fixed-width text)</source>
        <translation>Código (texto de ancho fijo)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>Título %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Bloque de cita</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloque de código</translation>
    </message>
    <message>
        <source>Code block (preformatted lines)</source>
        <translation>Bloque de código (líneas preformateadas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Web address (https://...), mailto: or tel: (empty removes the link):</source>
        <translation>Dirección web (https://...), mailto: o tel: (vacío para quitar el enlace):</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioEditor</name>
    <message>
        <source>Select a scenario to edit it.</source>
        <translation>Seleccione un escenario para editarlo.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Finales</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioRules</name>
    <message>
        <source>Variable “%1” in %2 is not a valid name: use letters, digits and _, starting with a letter.</source>
        <translation>La variable «%1» de %2 no tiene un nombre válido: use letras, dígitos y _, empezando por una letra.</translation>
    </message>
    <message>
        <source>%1 defines the variable “%2” more than once.</source>
        <translation>%1 define la variable «%2» más de una vez.</translation>
    </message>
    <message>
        <source>%1 has no starting step.</source>
        <translation>%1 no tiene paso inicial.</translation>
    </message>
    <message>
        <source>%1 has an image without alternative text.</source>
        <translation>%1 contiene una imagen sin texto alternativo.</translation>
    </message>
    <message>
        <source>%1 does not lead anywhere.</source>
        <translation>%1 no lleva a ninguna parte.</translation>
    </message>
    <message>
        <source>%1 leads to a step that is not in this scenario.</source>
        <translation>%1 lleva a un paso que no está en este escenario.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation>%1 no se puede alcanzar desde el inicio.</translation>
    </message>
    <message>
        <source>%1 has no choices and is not an ending.</source>
        <translation>%1 no tiene opciones y no es un final.</translation>
    </message>
    <message>
        <source>%1 has no path to an ending.</source>
        <translation>%1 no tiene ningún camino hacia un final.</translation>
    </message>
    <message>
        <source>%1: the condition “%2” is not valid (%3).</source>
        <translation>%1: la condición «%2» no es válida (%3).</translation>
    </message>
    <message>
        <source>%1: the effects “%2” are not valid (%3).</source>
        <translation>%1: los efectos «%2» no son válidos (%3).</translation>
    </message>
    <message>
        <source>%1 uses the variable “%2”, which the scenario does not define.</source>
        <translation>%1 usa la variable «%2», que el escenario no define.</translation>
    </message>
</context>
<context>
    <name>cw::Schema</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation>Retroalimentación si es correcta</translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation>Retroalimentación si es incorrecta</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Course identifier</source>
        <translation>Identificador del curso</translation>
    </message>
    <message>
        <source>Completion requires</source>
        <translation>Requisito de finalización</translation>
    </message>
    <message>
        <source>Passing score (%)</source>
        <translation>Puntuación para aprobar (%)</translation>
    </message>
    <message>
        <source>Reading speed (words per minute)</source>
        <translation>Velocidad de lectura (palabras por minuto)</translation>
    </message>
    <message>
        <source>Time allowed per question (seconds)</source>
        <translation>Tiempo por pregunta (segundos)</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Logo alternative text</source>
        <translation>Texto alternativo del logotipo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Ajustes de exportación</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Own completion rule</source>
        <translation>Regla de finalización propia</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Attempts allowed (0 = unlimited)</source>
        <translation>Intentos permitidos (0 = ilimitados)</translation>
    </message>
    <message>
        <source>Shuffle questions</source>
        <translation>Mezclar las preguntas</translation>
    </message>
    <message>
        <source>Shuffle choices</source>
        <translation>Mezclar las opciones</translation>
    </message>
    <message>
        <source>Questions drawn from the pool (0 = all)</source>
        <translation>Preguntas extraídas del banco (0 = todas)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Allow review of answers</source>
        <translation>Permitir revisar las respuestas</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Passing score (points, 0 = outcome only)</source>
        <translation>Puntuación para aprobar (puntos, 0 = solo el resultado)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Decorative (no alternative text needed)</source>
        <translation>Decorativa (no necesita texto alternativo)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Captions (WebVTT)</source>
        <translation>Subtítulos (WebVTT)</translation>
    </message>
    <message>
        <source>Poster image</source>
        <translation>Imagen de portada</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>Recuadro</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Accordion</source>
        <translation>Acordeón</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Bloque de cita</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>Completar el espacio en blanco</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Respuestas aceptadas</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Ordenación</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérica</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Tolerance (±)</source>
        <translation>Tolerancia (±)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Escala de Likert</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Respuesta de ejemplo</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Longitud máxima</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Scenario step</source>
        <translation>Paso de escenario</translation>
    </message>
    <message>
        <source>Image alternative text</source>
        <translation>Texto alternativo de la imagen</translation>
    </message>
    <message>
        <source>Outcome (endings)</source>
        <translation>Resultado (finales)</translation>
    </message>
    <message>
        <source>Ending feedback</source>
        <translation>Retroalimentación final</translation>
    </message>
    <message>
        <source>Scenario choice</source>
        <translation>Opción de escenario</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Lleva a</translation>
    </message>
    <message>
        <source>Shown when</source>
        <translation>Se muestra cuando</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>Translate as &quot;keep&quot; if nouns keep their capital letter inside a sentence in your language (German does); otherwise as &quot;lower-case&quot;.</comment>
        <translation>lower-case</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de estos valores: %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>una lista de cadenas</translation>
    </message>
    <message>
        <source>expected any of: %1</source>
        <translation>se esperaba cualquiera de estos valores: %1</translation>
    </message>
    <message>
        <source>a SHA-256 asset hash in lower-case hex, or an empty string</source>
        <translation>un hash SHA-256 de archivo multimedia en hexadecimal en minúsculas, o una cadena vacía</translation>
    </message>
    <message>
        <source>a node id</source>
        <translation>un id. de nodo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a known value</source>
        <translation>un valor conocido</translation>
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
        <translation>SCORM 2004 3.ª edición</translation>
    </message>
    <message>
        <source>SCORM 2004 4th Edition</source>
        <translation>SCORM 2004 4.ª edición</translation>
    </message>
    <message>
        <source>The folder %1 holds no %2 schema set (%3 is missing).</source>
        <translation>La carpeta %1 no contiene ningún conjunto de esquemas de %2 (falta %3).</translation>
    </message>
</context>
<context>
    <name>cw::SetPropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>cw::SqliteStatement</name>
    <message>
        <source>Preparing a query failed</source>
        <translation>Falló la preparación de una consulta</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Falló una consulta</translation>
    </message>
    <message>
        <source>A database command failed</source>
        <translation>Falló un comando de la base de datos</translation>
    </message>
</context>
<context>
    <name>cw::Starters</name>
    <message>
        <source>An empty course with one module and one page.</source>
        <translation>Un curso vacío con un módulo y una página.</translation>
    </message>
    <message>
        <source>Giving Constructive Feedback: a 15-minute sample module with pages, a branching scenario and a knowledge check.</source>
        <translation>Dar retroalimentación constructiva: un módulo de ejemplo de 15 minutos con páginas, un escenario ramificado y una comprobación de conocimientos.</translation>
    </message>
    <message>
        <source>There is no template called “%1”. Templates: %2.</source>
        <translation>No hay ninguna plantilla llamada «%1». Plantillas: %2.</translation>
    </message>
    <message>
        <source>The template “%1” is missing from this build: %2</source>
        <translation>Falta la plantilla «%1» en esta compilación: %2</translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2</source>
        <translation>La plantilla «%1» está dañada: %2</translation>
    </message>
</context>
<context>
    <name>cw::StepEditor</name>
    <message>
        <source>Select a scenario step to edit it.</source>
        <translation>Seleccione un paso del escenario para editarlo.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>cw::SvgSanitizer</name>
    <message>
        <source>The SVG declares XML entities (&lt;!ENTITY&gt; in its DOCTYPE), which are not accepted. Export it again without them.</source>
        <translation>El SVG declara entidades XML (&lt;!ENTITY&gt; en su DOCTYPE), que no se aceptan. Vuelva a exportarlo sin ellas.</translation>
    </message>
    <message>
        <source>The SVG refers to an XML entity that is not defined in it.</source>
        <translation>El SVG hace referencia a una entidad XML que no está definida en él.</translation>
    </message>
    <message>
        <source>This is not an SVG image: its root element is not &lt;svg&gt; in the SVG namespace (xmlns=&quot;%1&quot;).</source>
        <translation>No es una imagen SVG: su elemento raíz no es &lt;svg&gt; en el espacio de nombres SVG (xmlns=&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The SVG nests elements more than %1 deep.</source>
        <translation>El SVG anida elementos a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>The file is empty or is not an SVG image.</source>
        <translation>El archivo está vacío o no es una imagen SVG.</translation>
    </message>
    <message>
        <source>The SVG is not well-formed XML (line %1, column %2): %3</source>
        <translation>El SVG no es XML bien formado (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>The SVG is too large (%1 MB); at most %2 MB are accepted.</source>
        <translation>El SVG es demasiado grande (%1 MB); se aceptan como máximo %2 MB.</translation>
    </message>
    <message>
        <source>Compressed SVG (.svgz) is not accepted; save the image as plain SVG.</source>
        <translation>No se acepta SVG comprimido (.svgz); guarde la imagen como SVG sin comprimir.</translation>
    </message>
</context>
<context>
    <name>cw::TempArtifact</name>
    <message>
        <source>Could not create a temporary file in %1.</source>
        <translation>No se pudo crear un archivo temporal en %1.</translation>
    </message>
</context>
<context>
    <name>cw::TrueFalseField</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>%1: true</source>
        <translation>%1: verdadero</translation>
    </message>
    <message>
        <source>%1: false</source>
        <translation>%1: falso</translation>
    </message>
</context>
<context>
    <name>cw::Validator</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>cw::VariablesTable</name>
    <message>
        <source>No variables yet. Variables keep score of what the learner chose.</source>
        <translation>Aún no hay variables. Las variables registran lo que eligió el alumno.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>%1 is &quot;Variable&quot;, %2 its number, %3 a property (&quot;name&quot;, &quot;type&quot;, &quot;initial value&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Quitar %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 problem</source>
        <translation>%1 %2 problema</translation>
    </message>
</context>
<context>
    <name>cw::XapiOptions</name>
    <message>
        <source>&quot;%1&quot; is not an absolute IRI: start it with a scheme, as in https://example.com/courses/safety.</source>
        <translation>«%1» no es un IRI absoluto: empiécelo con un esquema, como en https://example.com/courses/safety.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space or a character an IRI cannot hold (&lt; &gt; &quot; { } | \ ^ `); percent-encode such characters.</source>
        <translation>«%1» contiene un espacio o un carácter que no puede aparecer en un IRI (&lt; &gt; &quot; { } | \ ^ `); codifique esos caracteres con porcentajes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a query (?) or a fragment (#); node ids are added to the end of the base, so it must end in a path.</source>
        <translation>«%1» contiene una consulta (?) o un fragmento (#); los id. de nodo se añaden al final de la base, así que debe terminar en una ruta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host: write it as %2://host/path, as in https://example.com/courses/safety.</source>
        <translation>«%1» no indica ningún host: escríbalo como %2://host/ruta, como en https://example.com/courses/safety.</translation>
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
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package file.</source>
        <translation>%1 es una carpeta, no un archivo de paquete.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>No se pudo escribir en %1.</translation>
    </message>
    <message>
        <source>Could not create the package %1: %2</source>
        <translation>No se pudo crear el paquete %1: %2</translation>
    </message>
    <message>
        <source>Could not add %1 to the package: %2</source>
        <translation>No se pudo añadir %1 al paquete: %2</translation>
    </message>
    <message>
        <source>The package is not open.</source>
        <translation>El paquete no está abierto.</translation>
    </message>
    <message>
        <source>Could not write a temporary file for %1: %2</source>
        <translation>No se pudo escribir un archivo temporal para %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to export: the package would be empty.</source>
        <translation>No hay nada que exportar: el paquete estaría vacío.</translation>
    </message>
    <message>
        <source>Could not write the package %1: %2</source>
        <translation>No se pudo escribir el paquete %1: %2</translation>
    </message>
    <message>
        <source>Could not replace the package %1: %2</source>
        <translation>No se pudo reemplazar el paquete %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>Usage: coursewright-cli %1</source>
        <translation>Uso: coursewright-cli %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>supported formats: %1</source>
        <translation>formatos admitidos: %1</translation>
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
        <translation>Uno de: %1 (predeterminado: %2).</translation>
    </message>
    <message>
        <source>on or off (default: %1).</source>
        <translation>on u off (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Never kept with the course.</source>
        <translation>Nunca se guarda con el curso.</translation>
    </message>
    <message>
        <source>Formats: %1.</source>
        <translation>Formatos: %1.</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; choose one of: %3</source>
        <translation>valor no válido «%1» para %2; elija uno de: %3</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2; use on or off</source>
        <translation>valor no válido «%1» para %2; use on u off</translation>
    </message>
    <message>
        <source>Exports a course as a package. PATH ending in .zip gives a zip archive, anything else a folder: a new or empty folder, or one holding a previous export, which is replaced (a folder holding other files is refused, so nothing of yours is deleted). The course is validated first; an export with errors is refused (exit status 1) unless --force is given.

A format&apos;s options are taken from the command line, else from what the course kept from an earlier export (--remember, or the editor&apos;s Export dialog), else their defaults. The file is only opened for reading, unless --remember is given.

</source>
        <translation>Exporta un curso como paquete. Una PATH que termina en .zip produce un archivo zip; cualquier otra, una carpeta: una carpeta nueva o vacía, o una que contenga una exportación anterior, que se reemplaza (una carpeta con otros archivos se rechaza, para que no se borre nada suyo). Primero se valida el curso; una exportación con errores se rechaza (código de salida 1) salvo que se indique --force.

Las opciones de un formato se toman de la línea de comandos; si no, de lo que el curso guardó de una exportación anterior (--remember o el diálogo Exportar del editor); y si no, de sus valores predeterminados. El archivo solo se abre para lectura, salvo que se indique --remember.

</translation>
    </message>
    <message>
        <source>Package format (%1).</source>
        <translation>Formato del paquete (%1).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Folder, or .zip file, to write.</source>
        <translation>Carpeta o archivo .zip que se escribirá.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export even when validation finds errors.</source>
        <translation>Exportar aunque la validación encuentre errores.</translation>
    </message>
    <message>
        <source>After a successful export, keep the format and its options with the course (the file is saved), so the next export repeats them.</source>
        <translation>Tras una exportación correcta, guardar el formato y sus opciones con el curso (el archivo se guarda), para que la próxima exportación los repita.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; %2</source>
        <translation>formato desconocido &apos;%1&apos;; %2</translation>
    </message>
    <message>
        <source>missing --out PATH
Usage: coursewright-cli %1</source>
        <translation>falta --out PATH
Uso: coursewright-cli %1</translation>
    </message>
    <message>
        <source>%1 is not an option of %2, which has no options</source>
        <translation>%1 no es una opción de %2, que no tiene opciones</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; its options: %3</source>
        <translation>%1 no es una opción de %2; sus opciones: %3</translation>
    </message>
    <message>
        <source>cannot keep the options with %1: the file is read-only</source>
        <translation>no se pueden guardar las opciones con %1: el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>export refused: the course has %1; fix them or pass --force to export anyway</source>
        <translation>exportación rechazada: el curso tiene %1; corríjalos o use --force para exportar de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exportado a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Packages: %n zip file(s)</source>
        <translation>
            <numerusform>Paquetes: %n archivo zip</numerusform>
            <numerusform>Paquetes: %n archivos zip</numerusform>
        </translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Opciones: %1</translation>
    </message>
    <message>
        <source>Files: %1; %2 bytes</source>
        <translation>Archivos: %1; %2 bytes</translation>
    </message>
    <message>
        <source> (zip archive: %1 bytes)</source>
        <translation> (archivo zip: %1 bytes)</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (%2 allows %3)</source>
        <translation>Estado del alumno, peor caso: %1 caracteres (%2 permite %3)</translation>
    </message>
    <message>
        <source>Learner state, worst case: %1 characters (no limit in this format; SCORM 1.2 allows %2, SCORM 2004 %3)</source>
        <translation>Estado del alumno, peor caso: %1 caracteres (sin límite en este formato; SCORM 1.2 permite %2, SCORM 2004 %3)</translation>
    </message>
    <message>
        <source>the package was written, but the options could not be kept: %1</source>
        <translation>el paquete se ha escrito, pero no se pudieron guardar las opciones: %1</translation>
    </message>
    <message>
        <source>Kept with the course for the next export.</source>
        <translation>Guardado con el curso para la próxima exportación.</translation>
    </message>
    <message>
        <source>The course already keeps these options.</source>
        <translation>El curso ya guarda estas opciones.</translation>
    </message>
    <message>
        <source>create a project, blank or from a template</source>
        <translation>crear un proyecto, vacío o a partir de una plantilla</translation>
    </message>
    <message>
        <source>show a course&apos;s contents and estimated duration</source>
        <translation>mostrar el contenido y la duración estimada de un curso</translation>
    </message>
    <message>
        <source>list a course&apos;s problems (exit status 1 on errors)</source>
        <translation>listar los problemas de un curso (código de salida 1 si hay errores)</translation>
    </message>
    <message>
        <source>write a course as canonical JSON</source>
        <translation>escribir un curso como JSON canónico</translation>
    </message>
    <message>
        <source>create a project from canonical JSON</source>
        <translation>crear un proyecto a partir de JSON canónico</translation>
    </message>
    <message>
        <source>write a course package (html; exit status 1 on errors)</source>
        <translation>escribir un paquete de curso (html; código de salida 1 si hay errores)</translation>
    </message>
    <message>
        <source>Usage: coursewright-cli COMMAND [ARGS]

Commands:
</source>
        <translation>Uso: coursewright-cli COMMAND [ARGS]

Comandos:
</translation>
    </message>
    <message>
        <source>
&apos;coursewright-cli COMMAND --help&apos; describes a command.

Exit status: 0 success, 1 validation errors, 2 wrong arguments, 3 a file could not be read or written.</source>
        <translation>
&apos;coursewright-cli COMMAND --help&apos; describe un comando.

Código de salida: 0 éxito, 1 errores de validación, 2 argumentos incorrectos, 3 no se pudo leer o escribir un archivo.</translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation>no se ha indicado ningún comando
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
</source>
        <translation>comando desconocido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it</source>
        <translation>%1 ya existe; use --force para reemplazarlo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Creates a course project file, blank or from a starter template (%1).</source>
        <translation>Crea un archivo de proyecto de curso, vacío o a partir de una plantilla inicial (%1).</translation>
    </message>
    <message>
        <source>Starter template to use.</source>
        <translation>Plantilla inicial que se usará.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; available: %2</source>
        <translation>plantilla desconocida &apos;%1&apos;; disponibles: %2</translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation>%1 creado a partir de la plantilla %2.</translation>
    </message>
    <message>
        <source>Writes the course as canonical JSON to standard output: sorted keys, stable order, media by hash. With --assets, also writes each media file to DIR as &lt;hash&gt;.&lt;ext&gt;.</source>
        <translation>Escribe el curso como JSON canónico en la salida estándar: claves ordenadas, orden estable, archivos multimedia por hash. Con --assets, escribe además cada archivo multimedia en DIR como &lt;hash&gt;.&lt;ext&gt;.</translation>
    </message>
    <message>
        <source>Folder to write the media files to.</source>
        <translation>Carpeta donde se escriben los archivos multimedia.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Creates a project file from canonical JSON. SOURCE is a JSON file (media from --assets DIR) or a folder holding course.json and an assets folder. A media file is found as &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; or by its name.</source>
        <translation>Crea un archivo de proyecto a partir de JSON canónico. SOURCE es un archivo JSON (archivos multimedia de --assets DIR) o una carpeta que contiene course.json y una carpeta assets. Un archivo multimedia se busca como &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; o por su nombre.</translation>
    </message>
    <message>
        <source>Folder holding the media files.</source>
        <translation>Carpeta que contiene los archivos multimedia.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the course lists %n media file(s); pass --assets DIR with their files</source>
        <translation>
            <numerusform>el curso incluye %n archivo multimedia; use --assets DIR con su archivo</numerusform>
            <numerusform>el curso incluye %n archivos multimedia; use --assets DIR con sus archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>the media folder %1 does not exist</source>
        <translation>la carpeta multimedia %1 no existe</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 creado.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Shows a course&apos;s settings, contents, media and estimated duration with the assumptions behind it.</source>
        <translation>Muestra los ajustes, el contenido, los archivos multimedia y la duración estimada de un curso, con los supuestos en que se basa.</translation>
    </message>
    <message>
        <source>Course:      %1</source>
        <translation>Curso:         %1</translation>
    </message>
    <message>
        <source>Identifier:  %1</source>
        <translation>Identificador: %1</translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation>Idioma:        %1</translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation>Autor:         %1</translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation>Versión:       %1</translation>
    </message>
    <message>
        <source>Contents:    %1, %2, %3, %4 (%5), %6 (%7)</source>
        <translation>Contenido:     %1, %2, %3, %4 (%5), %6 (%7)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n cuestionario</numerusform>
            <numerusform>%n cuestionarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n escenario</numerusform>
            <numerusform>%n escenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Media:       %1, %2 KB</source>
        <translation>Multimedia:    %1, %2 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: %1</source>
        <translation>Duración estimada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumptions: reading at %1 words per minute; %2 s per question; %3 s per scenario step; %4 s per image; audio and video at their length.</source>
        <translation>Supuestos: lectura a %1 palabras por minuto; %2 s por pregunta; %3 s por paso de escenario; %4 s por imagen; audio y vídeo según su duración.</translation>
    </message>
    <message>
        <source>Checks a course and lists its problems. Exits with status 1 when there are errors.</source>
        <translation>Comprueba un curso y lista sus problemas. Termina con el código 1 si hay errores.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coursewright: offline course authoring with SCORM, xAPI and cmi5 export.</source>
        <translation>Coursewright: creación de cursos sin conexión con exportación a SCORM, xAPI y cmi5.</translation>
    </message>
    <message>
        <source>The course to open (.cwcourse).</source>
        <translation>El curso que se abrirá (.cwcourse).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Coursewright</source>
        <translation>Coursewright</translation>
    </message>
</context>
</TS>
