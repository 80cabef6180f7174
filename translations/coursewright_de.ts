<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cw</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot contain a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unexpected &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AssetBlobs</name>
    <message>
        <source>Could not write media data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read media data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the media file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media data ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media data is laid out unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AssetCommand</name>
    <message>
        <source>Add media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove media %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ChoiceLabel</name>
    <message>
        <source>Pages viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ContentRules</name>
    <message>
        <source>%1 has no blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file for “%2” is missing from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” holds %3 (%4), which cannot be shown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course language “%1” is not a valid language tag (such as en or de-CH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages, quizzes or scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes about %2 minutes; keep modules under %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no alternative text; add one or mark the image decorative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no captions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CourseDocument</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no property &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place to insert into no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot contain a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is outside the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course already has an item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course itself cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course itself cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CourseJson</name>
    <message>
        <source>expected a SHA-256 hash in lower-case hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Coursewright course: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Coursewright course: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this course was written by a newer Coursewright (format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top node must be a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asset %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Coursewright courses (*.cwcourse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Sample Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a course file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coursewright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coursewright did not close normally while “%1” had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Coursewright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated duration: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading at %1 words per minute, %2 s per question, %3 s per scenario step, %4 s per image, plus media durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Course As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coursewright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursewright %1&lt;/h3&gt;&lt;p&gt;Offline course authoring with SCORM, xAPI and cmi5 export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MoveNodeCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::OutlineModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Parser</name>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProblemsDock</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Project</name>
    <message>
        <source>A course must have a course at its top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProjectFile</name>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Coursewright project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by an older version of Coursewright and is read-only, so it cannot be upgraded. Copy it somewhere writable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has the invalid id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has the unknown kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the properties of item %1 are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has no parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 belongs to %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course itself is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be inside a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not connected to the course</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is read-only; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no data for the media file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project already has imported media waiting to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered media file %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ProjectSchema</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coursewright project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: the file has been cut short (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coursewright project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Coursewright (file format %2; this version reads up to format %3). Please update Coursewright to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PropertyEditor</name>
    <message>
        <source>(missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the outline to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no properties to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. trust &gt;= 2 and not warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. trust += 1; warned = true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML: &lt;p&gt;, &lt;strong&gt;, &lt;em&gt;, &lt;a href&gt;, &lt;ul&gt;/&lt;ol&gt;/&lt;li&gt;, &lt;h2&gt;-&lt;h4&gt;, &lt;blockquote&gt;, &lt;code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::QuizRules</name>
    <message>
        <source>%1 has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws %2 questions but has only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no question text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no accepted answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two points on its scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no choice marked correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 choices marked correct; a single-choice question needs exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RecoveryFile</name>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coursewright recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for recovery files, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemoveNodeCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ScenarioRules</name>
    <message>
        <source>Variable “%1” in %2 is not a valid name: use letters, digits and _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines the variable “%2” more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no starting step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an image without alternative text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not lead anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to a step that is not in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no choices and is not an ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no path to an ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the condition “%2” is not valid (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the effects “%2” are not valid (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the variable “%2”, which the scenario does not define.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Schema</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback when correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback when incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SetPropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::SqliteStatement</name>
    <message>
        <source>Preparing a query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database command failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Starters</name>
    <message>
        <source>An empty course with one module and one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving Constructive Feedback: a 15-minute sample module with pages, a branching scenario and a knowledge check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template called “%1”. Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is missing from this build: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is damaged: %2 does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Validator</name>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>Usage: coursewright-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a project, blank or from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a course&apos;s contents and estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a course&apos;s problems (exit status 1 on errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a course as canonical JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a project from canonical JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coursewright-cli COMMAND [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;coursewright-cli COMMAND --help&apos; describes a command.

Exit status: 0 success, 1 validation errors, 2 wrong arguments, 3 a file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a course project file, blank or from a starter template (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter template to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from the %2 template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the course as canonical JSON to standard output: sorted keys, stable order, media by hash. With --assets, also writes each media file to DIR as &lt;hash&gt;.&lt;ext&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the media files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a project file from canonical JSON. SOURCE is a JSON file (media from --assets DIR) or a folder holding course.json and an assets folder. A media file is found as &lt;hash&gt;, &lt;hash&gt;.&lt;ext&gt; or by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding the media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course lists %n media file(s); pass --assets DIR with their files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media file %1 (%2) is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its hash in the course (expected %2, found %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a course&apos;s settings, contents, media and estimated duration with the assumptions behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:    %1, %2, %3, %4 (%5), %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n module(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n block(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n quiz(zes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n question(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n scenario(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media:       %1, %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n word(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: reading at %1 words per minute; %2 s per question; %3 s per scenario step; %4 s per image; audio and video at their length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a course and lists its problems. Exits with status 1 when there are errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coursewright: offline course authoring with SCORM, xAPI and cmi5 export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course to open (.cwcourse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coursewright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
