<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AgendaEditorWidget</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Double-click a title or minutes to change it; drag a row, or Alt+Up/Alt+Down, to move it</source>
        <translation>Cliciwch ddwywaith ar deitl neu funudau i&apos;w newid; llusgwch res, neu Alt+Fyny/Alt+Lawr, i&apos;w symud</translation>
    </message>
    <message>
        <source>+ &amp;Activity</source>
        <translation>+ &amp;Gweithgaredd</translation>
    </message>
    <message>
        <source>Add an activity after the chosen block</source>
        <translation>Ychwanegu gweithgaredd ar ôl y bloc a ddewiswyd</translation>
    </message>
    <message>
        <source>+ &amp;Break</source>
        <translation>+ &amp;Egwyl</translation>
    </message>
    <message>
        <source>Add a break after the chosen block</source>
        <translation>Ychwanegu egwyl ar ôl y bloc a ddewiswyd</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;yblygu</translation>
    </message>
    <message>
        <source>Copy the chosen block (Ctrl+D)</source>
        <translation>Copïo&apos;r bloc a ddewiswyd (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Remove the chosen block (Delete)</source>
        <translation>Tynnu&apos;r bloc a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Move the chosen block up (Alt+Up)</source>
        <translation>Symud y bloc a ddewiswyd i fyny (Alt+Fyny)</translation>
    </message>
    <message>
        <source>Move the chosen block down (Alt+Down)</source>
        <translation>Symud y bloc a ddewiswyd i lawr (Alt+Lawr)</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Symud y bloc i fyny</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Symud y bloc i lawr</translation>
    </message>
    <message>
        <source>Block &amp;library…</source>
        <translation>&amp;Llyfrgell blociau…</translation>
    </message>
    <message>
        <source>Insert a block from any template</source>
        <translation>Mewnosod bloc o unrhyw dempled</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Cadw fel &amp;templed…</translation>
    </message>
    <message>
        <source>Save this agenda as a template of your own</source>
        <translation>Cadw&apos;r agenda hon fel templed i chi&apos;ch hun</translation>
    </message>
    <message>
        <source>The agenda was not changed</source>
        <translation>Ni newidiwyd yr agenda</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Ychwanegu bloc</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Ychwanegu egwyl</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Dyblygu bloc</translation>
    </message>
    <message>
        <source>Insert block from library</source>
        <translation>Mewnosod bloc o&apos;r llyfrgell</translation>
    </message>
    <message>
        <source>{title} (my version)</source>
        <translation>{title} (fy fersiwn i)</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Ni chadwyd y templed</translation>
    </message>
    <message>
        <source>Saved the template “{title}”; it is in the block library and Add session.</source>
        <translation>Cadwyd y templed “{title}”; mae yn y llyfrgell blociau ac yn Ychwanegu sesiwn.</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mun</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Yn gwasanaethu</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
</context>
<context>
    <name>BlockLibraryDialog</name>
    <message>
        <source>Block library</source>
        <translation>Llyfrgell blociau</translation>
    </message>
    <message>
        <source>Search titles, purposes, notes and prompts…</source>
        <translation>Chwilio teitlau, dibenion, nodiadau ac ysgogiadau…</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Chwilio blociau</translation>
    </message>
    <message>
        <source>Blocks in every template</source>
        <translation>Blociau ym mhob templed</translation>
    </message>
    <message>
        <source>Block in the library</source>
        <translation>Bloc yn y llyfrgell</translation>
    </message>
    <message>
        <source>&amp;Insert into agenda</source>
        <translation>&amp;Mewnosod yn yr agenda</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} bloc</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({minutes} min)&lt;br&gt;{purpose}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({minutes} mun)&lt;br&gt;{purpose}</translation>
    </message>
    <message>
        <source>&lt;ul&gt;{prompts}&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;{prompts}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>CaptureEditor</name>
    <message>
        <source>{title}: saved as you type; Tab moves on</source>
        <translation>{title}: yn cael ei gadw wrth i chi deipio; mae Tab yn symud ymlaen</translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation>Methu llwytho: {message}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Yn golygu…</translation>
    </message>
    <message>
        <source>Not saved: {message} Kept here; retrying.</source>
        <translation>Heb ei gadw: {message} Mae&apos;n cael ei gadw yma; yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Saved {time:%H:%M:%S}</source>
        <translation>Cadwyd {time:%H:%M:%S}</translation>
    </message>
</context>
<context>
    <name>FirstSessionPage</name>
    <message>
        <source>First session</source>
        <translation>Y sesiwn gyntaf</translation>
    </message>
    <message>
        <source>Add the first session from a template. Its agenda can be changed later.</source>
        <translation>Ychwanegwch y sesiwn gyntaf o dempled. Gallwch newid ei hagenda wedyn.</translation>
    </message>
    <message>
        <source>&amp;Add a first session now</source>
        <translation>&amp;Ychwanegu sesiwn gyntaf nawr</translation>
    </message>
    <message>
        <source>Untick to set up the programme without a session</source>
        <translation>Dad-diciwch i sefydlu&apos;r rhaglen heb sesiwn</translation>
    </message>
    <message>
        <source>The session plan to copy: its blocks, timings and prompts</source>
        <translation>Cynllun y sesiwn i&apos;w gopïo: ei blociau, ei amseroedd a&apos;i ysgogiadau</translation>
    </message>
    <message>
        <source>The day of the session</source>
        <translation>Diwrnod y sesiwn</translation>
    </message>
    <message>
        <source>When the session starts; the agenda&apos;s clock times follow from it</source>
        <translation>Pryd mae&apos;r sesiwn yn dechrau; mae amseroedd yr agenda yn dilyn o hynny</translation>
    </message>
    <message>
        <source>Where the session is held (printed on the pack)</source>
        <translation>Ble cynhelir y sesiwn (wedi&apos;i argraffu ar y pecyn)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Templed</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Yn &amp;dechrau am</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>Add a first session now</source>
        <translation>Ychwanegu sesiwn gyntaf nawr</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Templed y sesiwn</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Dyddiad y sesiwn</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save and close (Enter)</source>
        <translation>Cadw a chau (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cau heb gadw (Esc)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Practices and models</source>
        <translation>Arferion a modelau</translation>
    </message>
    <message>
        <source>Filter, e.g. trust or reflect</source>
        <translation>Hidlo, e.e. ymddiriedaeth neu myfyrio</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Hidlo&apos;r cardiau</translation>
    </message>
    <message>
        <source>Show only the cards whose kind or title contains these letters</source>
        <translation>Dangos dim ond y cardiau y mae eu math neu eu teitl yn cynnwys y llythrennau hyn</translation>
    </message>
    <message>
        <source>Help cards</source>
        <translation>Cardiau cymorth</translation>
    </message>
    <message>
        <source>Choose a card to read it</source>
        <translation>Dewiswch gerdyn i&apos;w ddarllen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>The chosen card, with its source</source>
        <translation>Y cerdyn a ddewiswyd, gyda&apos;i ffynhonnell</translation>
    </message>
    <message>
        <source>Close the help (Esc)</source>
        <translation>Cau&apos;r cymorth (Esc)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No card matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Does dim cerdyn yn cyfateb i&apos;r hidlydd.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LensPage</name>
    <message>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <source>The lenses the programme works with. Sessions about a chosen lens are offered first.</source>
        <translation>Y lensys y mae&apos;r rhaglen yn gweithio gyda nhw. Cynigir sesiynau am lens a ddewiswyd yn gyntaf.</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Ffynhonnell: {citation}</translation>
    </message>
    <message>
        <source>Lenses</source>
        <translation>Lensys</translation>
    </message>
    <message>
        <source>Tick the lenses to use: Space ticks the one in focus</source>
        <translation>Ticiwch y lensys i&apos;w defnyddio: mae&apos;r Bylchwr yn ticio&apos;r un sydd â ffocws</translation>
    </message>
    <message>
        <source>About the lens</source>
        <translation>Am y lens</translation>
    </message>
    <message>
        <source>Only the lenses that ship with the app are listed. More can be added as content files.</source>
        <translation>Dim ond y lensys sy&apos;n dod gyda&apos;r ap sydd wedi&apos;u rhestru. Gellir ychwanegu rhagor fel ffeiliau cynnwys.</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mun</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Yn gwasanaethu</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>O&apos;r templed</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (eich un chi)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop Companion</source>
        <translation>Workshop Companion</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Rhaglen newydd…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ychwanegu cyfranogwr…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ychwanegu sesiwn…</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Dim sesiwn wedi&apos;i dewis</translation>
    </message>
    <message>
        <source>Print pack…</source>
        <translation>Argraffu pecyn…</translation>
    </message>
    <message>
        <source>Save the session pack as a PDF (Ctrl+P)</source>
        <translation>Cadw pecyn y sesiwn fel PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Block details</source>
        <translation>Manylion y bloc</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Session screens</source>
        <translation>Sgriniau&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Screens about the chosen session (Ctrl+Tab)</source>
        <translation>Sgriniau am y sesiwn a ddewiswyd (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>&amp;Plan and reflect</source>
        <translation>&amp;Cynllunio a myfyrio</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rhedeg</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cronfa ddata: {path}</translation>
    </message>
    <message>
        <source>The programme shown; choose another to switch</source>
        <translation>Y rhaglen a ddangosir; dewiswch un arall i newid</translation>
    </message>
    <message>
        <source>Create a programme (Ctrl+N)</source>
        <translation>Creu rhaglen (Ctrl+N)</translation>
    </message>
    <message>
        <source>The programme&apos;s participants and their sheet codes</source>
        <translation>Cyfranogwyr y rhaglen a chodau eu taflenni</translation>
    </message>
    <message>
        <source>Add a participant to the programme (Ctrl+Shift+P)</source>
        <translation>Ychwanegu cyfranogwr at y rhaglen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The programme&apos;s sessions; choose one to see its agenda</source>
        <translation>Sesiynau&apos;r rhaglen; dewiswch un i weld ei hagenda</translation>
    </message>
    <message>
        <source>Add a session from a template (Ctrl+Shift+S)</source>
        <translation>Ychwanegu sesiwn o dempled (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The chosen session&apos;s blocks with their clock times</source>
        <translation>Blociau&apos;r sesiwn a ddewiswyd gyda&apos;u hamseroedd</translation>
    </message>
    <message>
        <source>Purpose, notes and prompts of the chosen block</source>
        <translation>Diben, nodiadau ac ysgogiadau&apos;r bloc a ddewiswyd</translation>
    </message>
    <message>
        <source>Screens about the chosen session</source>
        <translation>Sgriniau am y sesiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Whose reflection you are typing</source>
        <translation>Myfyrdod pwy rydych chi&apos;n ei deipio</translation>
    </message>
    <message>
        <source>The prompt on the reflection sheet they answer</source>
        <translation>Yr ysgogiad ar y daflen fyfyrio y maen nhw&apos;n ei ateb</translation>
    </message>
    <message>
        <source>The participant&apos;s reflection; it is saved as you type</source>
        <translation>Myfyrdod y cyfranogwr; caiff ei gadw wrth i chi deipio</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>Rhaglen &amp;newydd…</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>Creu rhaglen</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Ychwanegu &amp;cyfranogwr…</translation>
    </message>
    <message>
        <source>Add a participant to the programme</source>
        <translation>Ychwanegu cyfranogwr at y rhaglen</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Ychwanegu &amp;sesiwn…</translation>
    </message>
    <message>
        <source>Add a session from a template</source>
        <translation>Ychwanegu sesiwn o dempled</translation>
    </message>
    <message>
        <source>&amp;Print pack…</source>
        <translation>&amp;Argraffu pecyn…</translation>
    </message>
    <message>
        <source>Save the session pack as a PDF</source>
        <translation>Cadw pecyn y sesiwn fel PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close Workshop Companion</source>
        <translation>Cau Workshop Companion</translation>
    </message>
    <message>
        <source>&amp;About Workshop Companion</source>
        <translation>&amp;Am Workshop Companion</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Fersiwn a chydnabyddiaeth</translation>
    </message>
    <message>
        <source>Start a new programme (&amp;guided)…</source>
        <translation>Dechrau rhaglen newydd (gyda &amp;chanllaw)…</translation>
    </message>
    <message>
        <source>Set up a programme, its people and a session</source>
        <translation>Sefydlu rhaglen, ei phobl a sesiwn</translation>
    </message>
    <message>
        <source>&amp;Practices and models</source>
        <translation>&amp;Arferion a modelau</translation>
    </message>
    <message>
        <source>Cards for every practice, PAR stage and lens</source>
        <translation>Cardiau ar gyfer pob arfer, cam PAR a lens</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Bysellau hwylus</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Rhestru pob bysell hwylus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Rhaglen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>&amp;Rhedeg y sesiwn</translation>
    </message>
    <message>
        <source>Run the session to time</source>
        <translation>Rhedeg y sesiwn yn ôl yr amser</translation>
    </message>
    <message>
        <source>Open &amp;room view</source>
        <translation>Agor golwg yr &amp;ystafell</translation>
    </message>
    <message>
        <source>Show the room view on the projector or a window</source>
        <translation>Dangos golwg yr ystafell ar y taflunydd neu mewn ffenestr</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Show all text at {percent} % of its normal size</source>
        <translation>Dangos pob testun ar {percent} % o&apos;i faint arferol</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>White text on black with a yellow focus ring</source>
        <translation>Testun gwyn ar ddu gyda chylch ffocws melyn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Maint y testun {percent} %</translation>
    </message>
    <message>
        <source>The new language shows when Workshop Companion next starts.</source>
        <translation>Bydd yr iaith newydd yn ymddangos y tro nesaf y bydd Workshop Companion yn dechrau.</translation>
    </message>
    <message>
        <source>Add a session from a template to see its agenda.</source>
        <translation>Ychwanegwch sesiwn o dempled i weld ei hagenda.</translation>
    </message>
    <message>
        <source>Purpose.</source>
        <translation>Diben.</translation>
    </message>
    <message>
        <source>Facilitator notes.</source>
        <translation>Nodiadau&apos;r hwylusydd.</translation>
    </message>
    <message>
        <source>Prompts for participants</source>
        <translation>Ysgogiadau i gyfranogwyr</translation>
    </message>
    <message>
        <source>Materials.</source>
        <translation>Deunyddiau.</translation>
    </message>
    <message>
        <source>Templates reloaded.</source>
        <translation>Ail-lwythwyd y templedi.</translation>
    </message>
    <message>
        <source>Building the session pack…</source>
        <translation>Yn llunio pecyn y sesiwn…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Print pack</source>
        <translation>Argraffu pecyn</translation>
    </message>
    <message>
        <source>Pack saved to {path}</source>
        <translation>Cadwyd y pecyn yn {path}</translation>
    </message>
    <message>
        <source>Pack cancelled; no file was changed.</source>
        <translation>Canslwyd y pecyn; ni newidiwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>The pack could not be printed</source>
        <translation>Methu argraffu&apos;r pecyn</translation>
    </message>
    <message>
        <source>About Workshop Companion</source>
        <translation>Am Workshop Companion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop Companion {version}&lt;/b&gt;&lt;p&gt;Plan, run and record collaboration workshops in health and social care, offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Workshop Companion {version}&lt;/b&gt;&lt;p&gt;Cynllunio, rhedeg a chofnodi gweithdai cydweithio ym maes iechyd a gofal cymdeithasol, all-lein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Testun heb ei gadw</translation>
    </message>
    <message>
        <source>The last text typed could not be saved. Close anyway and lose it?</source>
        <translation>Methu cadw&apos;r testun a deipiwyd ddiwethaf. Cau beth bynnag a&apos;i golli?</translation>
    </message>
</context>
<context>
    <name>ParModelPage</name>
    <message>
        <source>Participatory action research model</source>
        <translation>Model ymchwil weithredu gyfranogol</translation>
    </message>
    <message>
        <source>The cycle the programme follows from session to session.</source>
        <translation>Y cylch y mae&apos;r rhaglen yn ei ddilyn o sesiwn i sesiwn.</translation>
    </message>
    <message>
        <source>The PAR cycle model; its stages guide the sessions</source>
        <translation>Model cylch PAR; mae ei gamau yn llywio&apos;r sesiynau</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Am y model</translation>
    </message>
    <message>
        <source>PAR &amp;model</source>
        <translation>&amp;Model PAR</translation>
    </message>
    <message>
        <source>{description}

Stages: {stages}</source>
        <translation>{description}

Camau: {stages}</translation>
    </message>
    <message>
        <source>

Source: {citation}</source>
        <translation>

Ffynhonnell: {citation}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <source>Choose or type a sector</source>
        <translation>Dewiswch neu teipiwch sector</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>Se&amp;ctor</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Each participant gets a short code, printed on their sheets.</source>
        <translation>Mae pob cyfranogwr yn cael cod byr, wedi&apos;i argraffu ar ei daflenni.</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Enw&apos;r cyfranogwr</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>The participant&apos;s name as printed on their sheets (required)</source>
        <translation>Enw&apos;r cyfranogwr fel y caiff ei argraffu ar ei daflenni (gofynnol)</translation>
    </message>
    <message>
        <source>The organisation they come from</source>
        <translation>Y sefydliad y maen nhw&apos;n dod ohono</translation>
    </message>
    <message>
        <source>Their sector: choose one or type your own</source>
        <translation>Eu sector: dewiswch un neu teipiwch eich un eich hun</translation>
    </message>
    <message>
        <source>Their job or role</source>
        <translation>Eu swydd neu eu rôl</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>Paste a column of names from a spreadsheet (one person a line; organisation, sector and role may follow in the next columns), or import a CSV file. You can also add people later.</source>
        <translation>Gludwch golofn o enwau o daenlen (un person ar bob llinell; gall sefydliad, sector a rôl ddilyn yn y colofnau nesaf), neu mewnforiwch ffeil CSV. Gallwch hefyd ychwanegu pobl wedyn.</translation>
    </message>
    <message>
        <source>Siân Griffiths	NHS Ayrshire &amp; Arran	Health	Community nursing lead</source>
        <translation>Siân Griffiths	Bwrdd Iechyd Hywel Dda	Iechyd	Arweinydd nyrsio cymunedol</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Rhestr cyfranogwyr</translation>
    </message>
    <message>
        <source>One person a line: name, then optionally organisation, sector and role, tab-separated</source>
        <translation>Un person ar bob llinell: enw, ac yna, os mynnwch, sefydliad, sector a rôl, wedi&apos;u gwahanu gan dabiau</translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation>&amp;Mewnforio ffeil CSV…</translation>
    </message>
    <message>
        <source>Read participants from a CSV file; you see them below before anything is saved</source>
        <translation>Darllen cyfranogwyr o ffeil CSV; byddwch yn eu gweld isod cyn i ddim gael ei gadw</translation>
    </message>
    <message>
        <source>Participants to add</source>
        <translation>Cyfranogwyr i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>The people who will be added when you finish</source>
        <translation>Y bobl a gaiff eu hychwanegu pan fyddwch yn gorffen</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Dim cyfranogwyr eto.</translation>
    </message>
    <message>
        <source>&amp;Paste names here:</source>
        <translation>&amp;Gludwch enwau yma:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>1 participant will be added.</source>
        <translation>Bydd 1 cyfranogwr yn cael ei ychwanegu.</translation>
    </message>
    <message>
        <source>{count} participants will be added.</source>
        <translation>Bydd {count} cyfranogwr yn cael eu hychwanegu.</translation>
    </message>
    <message>
        <source>The first line was read as column headings.</source>
        <translation>Darllenwyd y llinell gyntaf fel penawdau colofnau.</translation>
    </message>
    <message>
        <source>Read {name} ({encoding}).</source>
        <translation>Darllenwyd {name} ({encoding}).</translation>
    </message>
    <message>
        <source> The file&apos;s first line was read as column headings.</source>
        <translation> Darllenwyd llinell gyntaf y ffeil fel penawdau colofnau.</translation>
    </message>
    <message>
        <source>The participant list cannot be read.</source>
        <translation>Methu darllen y rhestr cyfranogwyr.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Workshop Companion: room view</source>
        <translation>Workshop Companion: golwg yr ystafell</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Rhaglen newydd</translation>
    </message>
    <message>
        <source>e.g. North Ayrshire integration leaders 2026</source>
        <translation>e.e. Arweinwyr integreiddio Gorllewin Cymru 2026</translation>
    </message>
    <message>
        <source>The partnership or area the programme serves</source>
        <translation>Y bartneriaeth neu&apos;r ardal y mae&apos;r rhaglen yn ei gwasanaethu</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Yn gorffen ar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partneriaeth</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Yn &amp;dechrau ar</translation>
    </message>
    <message>
        <source>PAR &amp;model</source>
        <translation>&amp;Model PAR</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Enw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partneriaeth</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Participatory action research model</source>
        <translation>Model ymchwil weithredu gyfranogol</translation>
    </message>
    <message>
        <source>The name printed on every pack cover (required)</source>
        <translation>Yr enw a argraffir ar glawr pob pecyn (gofynnol)</translation>
    </message>
    <message>
        <source>The date the programme starts</source>
        <translation>Y dyddiad y mae&apos;r rhaglen yn dechrau</translation>
    </message>
    <message>
        <source>Tick to give the programme an end date</source>
        <translation>Ticiwch i roi dyddiad gorffen i&apos;r rhaglen</translation>
    </message>
    <message>
        <source>When the programme ends (optional)</source>
        <translation>Pryd mae&apos;r rhaglen yn gorffen (dewisol)</translation>
    </message>
    <message>
        <source>The PAR cycle model; its stages guide the sessions</source>
        <translation>Model cylch PAR; mae ei gamau yn llywio&apos;r sesiynau</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Your programme</source>
        <translation>Eich rhaglen</translation>
    </message>
    <message>
        <source>A programme is a series of sessions with one group of partners. You can change these later.</source>
        <translation>Cyfres o sesiynau gydag un grŵp o bartneriaid yw rhaglen. Gallwch newid y rhain wedyn.</translation>
    </message>
    <message>
        <source>e.g. North Ayrshire integration leaders 2026</source>
        <translation>e.e. Arweinwyr integreiddio Gorllewin Cymru 2026</translation>
    </message>
    <message>
        <source>The name printed on every pack cover (required)</source>
        <translation>Yr enw a argraffir ar glawr pob pecyn (gofynnol)</translation>
    </message>
    <message>
        <source>The partnership or area the programme serves</source>
        <translation>Y bartneriaeth neu&apos;r ardal y mae&apos;r rhaglen yn ei gwasanaethu</translation>
    </message>
    <message>
        <source>The date of the first session or the programme&apos;s start</source>
        <translation>Dyddiad y sesiwn gyntaf neu ddechrau&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Yn gorffen ar</translation>
    </message>
    <message>
        <source>Tick to give the programme an end date</source>
        <translation>Ticiwch i roi dyddiad gorffen i&apos;r rhaglen</translation>
    </message>
    <message>
        <source>When the programme ends (optional)</source>
        <translation>Pryd mae&apos;r rhaglen yn gorffen (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partneriaeth</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Yn &amp;dechrau ar</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Enw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partneriaeth</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Programme has an end date</source>
        <translation>Mae gan y rhaglen ddyddiad gorffen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>The programme cannot end before it starts.</source>
        <translation>Ni all y rhaglen orffen cyn iddi ddechrau.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Peidio â chadw</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
</context>
<context>
    <name>ReflectionEditorWidget</name>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ysgogiad</translation>
    </message>
    <message>
        <source>Reflection text</source>
        <translation>Testun y myfyrdod</translation>
    </message>
    <message>
        <source>Type what the participant reflects. It is saved as you type.</source>
        <translation>Teipiwch fyfyrdod y cyfranogwr. Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Cyfranogwr</translation>
    </message>
    <message>
        <source>P&amp;rompt</source>
        <translation>&amp;Ysgogiad</translation>
    </message>
    <message>
        <source>Choose a session.</source>
        <translation>Dewiswch sesiwn.</translation>
    </message>
    <message>
        <source>Add participants to the programme to record their reflections.</source>
        <translation>Ychwanegwch gyfranogwyr at y rhaglen i gofnodi eu myfyrdodau.</translation>
    </message>
    <message>
        <source>This session&apos;s agenda has no participant prompts.</source>
        <translation>Does dim ysgogiadau i gyfranogwyr yn agenda&apos;r sesiwn hon.</translation>
    </message>
    <message>
        <source>Could not load this reflection: {message}</source>
        <translation>Methu llwytho&apos;r myfyrdod hwn: {message}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Yn golygu…</translation>
    </message>
    <message>
        <source>Not saved: {message} Your text is kept here; retrying shortly.</source>
        <translation>Heb ei gadw: {message} Mae eich testun yn cael ei gadw yma; yn rhoi cynnig arall arni cyn hir.</translation>
    </message>
    <message>
        <source>Saved {time:%H:%M:%S}</source>
        <translation>Cadwyd {time:%H:%M:%S}</translation>
    </message>
</context>
<context>
    <name>RunViewWidget</name>
    <message>
        <source>Choose a session to run</source>
        <translation>Dewiswch sesiwn i&apos;w rhedeg</translation>
    </message>
    <message>
        <source>Time left in this block</source>
        <translation>Amser ar ôl yn y bloc hwn</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Yn ôl</translation>
    </message>
    <message>
        <source>Previous block (Left)</source>
        <translation>Y bloc blaenorol (Chwith)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Start or pause the timer (Space)</source>
        <translation>Dechrau neu oedi&apos;r amserydd (Bylchwr)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
    <message>
        <source>Next block (Right)</source>
        <translation>Y bloc nesaf (De)</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 mun</translation>
    </message>
    <message>
        <source>Take a minute off this block (−)</source>
        <translation>Tynnu munud oddi ar y bloc hwn (−)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 mun</translation>
    </message>
    <message>
        <source>Give this block another minute (+)</source>
        <translation>Rhoi munud arall i&apos;r bloc hwn (+)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 mun</translation>
    </message>
    <message>
        <source>Give this block five more minutes</source>
        <translation>Rhoi pum munud arall i&apos;r bloc hwn</translation>
    </message>
    <message>
        <source>Chime at 20 % and 5 % left</source>
        <translation>Canu cloch pan fo 20 % a 5 % ar ôl</translation>
    </message>
    <message>
        <source>Play a short chime when a block has 20 % and 5 % of its time left</source>
        <translation>Canu cloch fer pan fo 20 % a 5 % o amser bloc ar ôl</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes for this block</source>
        <translation>Nodiadau&apos;r hwylusydd ar gyfer y bloc hwn</translation>
    </message>
    <message>
        <source>Purpose, your notes and the prompts of the current block</source>
        <translation>Diben, eich nodiadau ac ysgogiadau&apos;r bloc presennol</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Beth mae&apos;r ystafell yn ei weld</translation>
    </message>
    <message>
        <source>Open room view</source>
        <translation>Agor golwg yr ystafell</translation>
    </message>
    <message>
        <source>Show the room view on the projector (F5)</source>
        <translation>Dangos golwg yr ystafell ar y taflunydd (F5)</translation>
    </message>
    <message>
        <source>Blank (B)</source>
        <translation>Gwag (B)</translation>
    </message>
    <message>
        <source>Blank the room view, or bring it back (B)</source>
        <translation>Gwagio golwg yr ystafell, neu ddod â hi&apos;n ôl (B)</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Nodiadau&apos;r grŵp</translation>
    </message>
    <message>
        <source>Type the flipchart as it is read out…</source>
        <translation>Teipiwch y siart troi wrth iddo gael ei ddarllen…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>What the group agreed…</source>
        <translation>Beth gytunodd y grŵp…</translation>
    </message>
    <message>
        <source>Parking lot (whole session)</source>
        <translation>Maes parcio (y sesiwn gyfan)</translation>
    </message>
    <message>
        <source>Questions to come back to…</source>
        <translation>Cwestiynau i ddod yn ôl atynt…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Tick who is here when the session starts.</source>
        <translation>Ticiwch pwy sydd yma pan fydd y sesiwn yn dechrau.</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Log y sesiwn</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Capture, attendance and log</source>
        <translation>Cofnodi, presenoldeb a log</translation>
    </message>
    <message>
        <source>Capture, attendance and the session log (Ctrl+Tab)</source>
        <translation>Cofnodi, presenoldeb a log y sesiwn (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>Run view</source>
        <translation>Golwg rhedeg</translation>
    </message>
    <message>
        <source>Space starts or pauses, Right and Left move between blocks, + and − change the time, B blanks</source>
        <translation>Mae&apos;r Bylchwr yn dechrau neu&apos;n oedi, mae De a Chwith yn symud rhwng blociau, mae + a − yn newid yr amser, mae B yn gwagio</translation>
    </message>
    <message>
        <source>{present} of {total} present</source>
        <translation>{present} o {total} yn bresennol</translation>
    </message>
    <message>
        <source>Block {number} of {count} · planned {starts:%H:%M}–{ends:%H:%M} ({minutes} min)</source>
        <translation>Bloc {number} o {count} · wedi&apos;i gynllunio {starts:%H:%M}–{ends:%H:%M} ({minutes} mun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {title} ({minutes} min)</source>
        <translation>&lt;b&gt;Nesaf:&lt;/b&gt; {title} ({minutes} mun)</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Dim cyfranogwyr eto.</translation>
    </message>
    <message>
        <source>Choose a session with an agenda to run it.</source>
        <translation>Dewiswch sesiwn sydd ag agenda i&apos;w rhedeg.</translation>
    </message>
    <message>
        <source>All {count} blocks done</source>
        <translation>Pob un o&apos;r {count} bloc wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Mae&apos;r sesiwn wedi gorffen</translation>
    </message>
    <message>
        <source>Press Left to go back to the last block.</source>
        <translation>Pwyswch Chwith i fynd yn ôl i&apos;r bloc olaf.</translation>
    </message>
    <message>
        <source>Running{extended}</source>
        <translation>Yn rhedeg{extended}</translation>
    </message>
    <message>
        <source>Paused{extended} · Space to carry on</source>
        <translation>Wedi oedi{extended} · Bylchwr i barhau</translation>
    </message>
    <message>
        <source>Ready{extended} · Space to start</source>
        <translation>Yn barod{extended} · Bylchwr i ddechrau</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Purpose.</source>
        <translation>Diben.</translation>
    </message>
    <message>
        <source>Your notes.</source>
        <translation>Eich nodiadau.</translation>
    </message>
    <message>
        <source>Prompts for the room</source>
        <translation>Ysgogiadau i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Materials.</source>
        <translation>Deunyddiau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; the end</source>
        <translation>&lt;b&gt;Nesaf:&lt;/b&gt; y diwedd</translation>
    </message>
    <message>
        <source>Practice {number}: {name}</source>
        <translation>Arfer {number}: {name}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation>Yn ôl am {time}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Gadewch yn wag i ddefnyddio teitl y templed</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Templed</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Yn &amp;dechrau am</translation>
    </message>
    <message>
        <source>&amp;Booked for</source>
        <translation>Wedi&apos;i &amp;archebu am</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Templed y sesiwn</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Teitl y sesiwn</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Dyddiad y sesiwn</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <source>Booked length in minutes</source>
        <translation>Hyd yr archeb mewn munudau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>The session plan to copy: its blocks, timings and prompts</source>
        <translation>Cynllun y sesiwn i&apos;w gopïo: ei blociau, ei amseroedd a&apos;i ysgogiadau</translation>
    </message>
    <message>
        <source>A title for this session; empty uses the template&apos;s title</source>
        <translation>Teitl i&apos;r sesiwn hon; os yw&apos;n wag, defnyddir teitl y templed</translation>
    </message>
    <message>
        <source>The day of the session</source>
        <translation>Diwrnod y sesiwn</translation>
    </message>
    <message>
        <source>When the session starts; the agenda&apos;s clock times follow from it</source>
        <translation>Pryd mae&apos;r sesiwn yn dechrau; mae amseroedd yr agenda yn dilyn o hynny</translation>
    </message>
    <message>
        <source>How long the room is booked, in minutes; the agenda warns when it overruns</source>
        <translation>Am faint mae&apos;r ystafell wedi&apos;i harchebu, mewn munudau; mae&apos;r agenda&apos;n rhybuddio pan fydd yn mynd dros amser</translation>
    </message>
    <message>
        <source>Where the session is held (printed on the pack)</source>
        <translation>Ble cynhelir y sesiwn (wedi&apos;i argraffu ar y pecyn)</translation>
    </message>
</context>
<context>
    <name>SessionLogTableModel</name>
    <message>
        <source>on plan</source>
        <translation>yn ôl y cynllun</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuodd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Gorffennodd</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Start a new programme</source>
        <translation>Dechrau rhaglen newydd</translation>
    </message>
    <message>
        <source>Go to the next step (Enter)</source>
        <translation>Mynd i&apos;r cam nesaf (Enter)</translation>
    </message>
    <message>
        <source>Go back a step</source>
        <translation>Mynd yn ôl gam</translation>
    </message>
    <message>
        <source>Create the programme with everything entered</source>
        <translation>Creu&apos;r rhaglen gyda phopeth a roddwyd</translation>
    </message>
    <message>
        <source>Close without creating anything</source>
        <translation>Cau heb greu dim</translation>
    </message>
    <message>
        <source>Nothing was saved: {message}</source>
        <translation>Ni chadwyd dim: {message}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Bysellau hwylus</translation>
    </message>
    <message>
        <source>Every command with a keyboard shortcut</source>
        <translation>Pob gorchymyn sydd â bysell hwylus</translation>
    </message>
    <message>
        <source>Moving around without a mouse</source>
        <translation>Symud o gwmpas heb lygoden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tab and Shift+Tab move between controls; Alt with an underlined letter jumps to a field or menu; Space ticks a box or presses a button; Esc closes a dialog.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae Tab a Shift+Tab yn symud rhwng rheolyddion; mae Alt gyda llythyren wedi&apos;i thanlinellu yn neidio i faes neu ddewislen; mae&apos;r Bylchwr yn ticio blwch neu&apos;n pwyso botwm; mae Esc yn cau deialog.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close the sheet (Esc)</source>
        <translation>Cau&apos;r daflen (Esc)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Workshop Companion</source>
        <translation>Croeso i Workshop Companion</translation>
    </message>
    <message>
        <source>Plan sessions around the six practices of collaboration and participatory action research, record what participants reflect and rate, and print session packs. Everything stays on this computer. How would you like to begin?</source>
        <translation>Cynlluniwch sesiynau o amgylch chwe arfer cydweithio ac ymchwil weithredu gyfranogol, cofnodwch fyfyrdodau a sgoriau&apos;r cyfranogwyr, ac argraffwch becynnau sesiwn. Mae popeth yn aros ar y cyfrifiadur hwn. Sut hoffech chi ddechrau?</translation>
    </message>
    <message>
        <source>Try the &amp;demo programme</source>
        <translation>Rhoi cynnig ar y rhaglen &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>A made-up partnership with 12 participants and two sessions, to explore every screen.</source>
        <translation>Partneriaeth ddychmygol gyda 12 cyfranogwr a dwy sesiwn, i archwilio pob sgrin.</translation>
    </message>
    <message>
        <source>Create a demo programme with made-up people in this database</source>
        <translation>Creu rhaglen enghreifftiol gyda phobl ddychmygol yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>&amp;Start a new programme</source>
        <translation>&amp;Dechrau rhaglen newydd</translation>
    </message>
    <message>
        <source>A short guided setup: programme, lens, PAR model, participants and the first session.</source>
        <translation>Sefydlu byr gyda chanllaw: rhaglen, lens, model PAR, cyfranogwyr a&apos;r sesiwn gyntaf.</translation>
    </message>
    <message>
        <source>Set up your own programme step by step</source>
        <translation>Sefydlwch eich rhaglen eich hun gam wrth gam</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
    <message>
        <source>Close this and start with an empty window (Esc)</source>
        <translation>Cau hwn a dechrau gyda ffenestr wag (Esc)</translation>
    </message>
</context>
<context>
    <name>agenda_editor</name>
    <message>
        <source>Move block</source>
        <translation>Symud bloc</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>Newid munudau</translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation>Ailenwi bloc</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Dileu bloc</translation>
    </message>
    <message>
        <source>Save session as template</source>
        <translation>Cadw&apos;r sesiwn fel templed</translation>
    </message>
    <message>
        <source>Template title:</source>
        <translation>Teitl y templed:</translation>
    </message>
    <message>
        <source>Planned total {total}, {start} to {end}</source>
        <translation>Cyfanswm wedi&apos;i gynllunio {total}, {start} i {end}</translation>
    </message>
    <message>
        <source> · booked {booked}, until {end}</source>
        <translation> · wedi&apos;i archebu {booked}, tan {end}</translation>
    </message>
    <message>
        <source> · overruns by {overrun}: shorten or cut a block</source>
        <translation> · yn mynd {overrun} dros amser: byrhewch neu dorri bloc</translation>
    </message>
    <message>
        <source> · {spare} spare</source>
        <translation> · {spare} yn sbâr</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Workshop Companion</source>
        <translation>Workshop Companion</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing already saved is lost.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}). Does dim byd sydd eisoes wedi&apos;i gadw wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {parent}: {exc}</source>
        <translation>Methu creu&apos;r ffolder data {parent}: {exc}</translation>
    </message>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (proses {pid} ar {host})</translation>
    </message>
    <message>
        <source>This database is already open in Workshop Companion on this computer{who}.

{db_path}</source>
        <translation>Mae&apos;r gronfa ddata hon eisoes ar agor yn Workshop Companion ar y cyfrifiadur hwn{who}.

{db_path}</translation>
    </message>
    <message>
        <source>Workshop Companion cannot open this database</source>
        <translation>Ni all Workshop Companion agor y gronfa ddata hon</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong ({kind}). Nothing already saved is lost.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}). Does dim byd sydd eisoes wedi&apos;i gadw wedi&apos;i golli.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>No source recorded.</source>
        <translation>Dim ffynhonnell wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <source>Source.</source>
        <translation>Ffynhonnell.</translation>
    </message>
    <message>
        <source>Made up of</source>
        <translation>Yn cynnwys</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <source>Facilitator moves</source>
        <translation>Symudiadau&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Ysgogiadau</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Arfer</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>PAR model</source>
        <translation>Model PAR</translation>
    </message>
    <message>
        <source>What the group keeps</source>
        <translation>Beth mae&apos;r grŵp yn ei gadw</translation>
    </message>
    <message>
        <source>PAR stage</source>
        <translation>Cam PAR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Dewislen</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Save session pack</source>
        <translation>Cadw pecyn y sesiwn</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>setup_wizard</name>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Mewnforio cyfranogwyr o ffeil CSV</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Ffeiliau CSV neu destun (*.csv *.txt *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ar amser</translation>
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation>{minutes} mun ar ei hôl hi</translation>
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation>{minutes} mun ar y blaen</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>The demo could not be created</source>
        <translation>Methu creu&apos;r rhaglen enghreifftiol</translation>
    </message>
    <message>
        <source>Created the demo programme &apos;{name}&apos;.</source>
        <translation>Crëwyd y rhaglen enghreifftiol &apos;{name}&apos;.</translation>
    </message>
</context>
</TS>
