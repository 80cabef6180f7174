<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>cw::AssetsDock</name>
        <message numerus="yes">
            <source>Used in %n place(s)</source>
            <translation>
                <numerusform>Used in %n place</numerusform>
                <numerusform>Used in %n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n unused media file(s)</source>
            <translation>
                <numerusform>Remove %n unused media file</numerusform>
                <numerusform>Remove %n unused media files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::ExportDialog</name>
        <message numerus="yes">
            <source>The course has %n error(s); the Problems panel lists them.</source>
            <translation>
                <numerusform>The course has %n error; the Problems panel lists them.</numerusform>
                <numerusform>The course has %n errors; the Problems panel lists them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::MainWindow</name>
        <message numerus="yes">
            <source>Importing %n media file(s)…</source>
            <translation>
                <numerusform>Importing %n media file…</numerusform>
                <numerusform>Importing %n media files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n media file(s)</source>
            <translation>
                <numerusform>Imported %n media file</numerusform>
                <numerusform>Imported %n media files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported to %1: %n file(s).</source>
            <translation>
                <numerusform>Exported to %1: %n file.</numerusform>
                <numerusform>Exported to %1: %n files.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::MediaImport</name>
        <message numerus="yes">
            <source>Import %n media file(s)</source>
            <translation>
                <numerusform>Import %n media file</numerusform>
                <numerusform>Import %n media files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::ProjectFile</name>
        <message numerus="yes">
            <source>%n item(s) are not connected to the course</source>
            <translation>
                <numerusform>%n item is not connected to the course</numerusform>
                <numerusform>%n items are not connected to the course</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::QuizRules</name>
        <message numerus="yes">
            <source>%1 is a survey question with no right answer, so its %n point(s) never count towards a score. Set its points to 0.</source>
            <translation>
                <numerusform>%1 is a survey question with no right answer, so its %n point never count towards a score. Set its points to 0.</numerusform>
                <numerusform>%1 is a survey question with no right answer, so its %n points never count towards a score. Set its points to 0.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cw::cli</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Packages: %n zip file(s)</source>
            <translation>
                <numerusform>Packages: %n zip file</numerusform>
                <numerusform>Packages: %n zip files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the course lists %n media file(s); pass --assets DIR with their files</source>
            <translation>
                <numerusform>the course lists %n media file; pass --assets DIR with their files</numerusform>
                <numerusform>the course lists %n media files; pass --assets DIR with their files</numerusform>
            </translation>
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
                <numerusform>%n block</numerusform>
                <numerusform>%n blocks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz(zes)</source>
            <translation>
                <numerusform>%n quiz</numerusform>
                <numerusform>%n quizzes</numerusform>
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
                <numerusform>%n scenario</numerusform>
                <numerusform>%n scenarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
</TS>
