<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add action</source>
        <translation>Ychwanegu gweithred</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Pwy fydd yn ei gwneud</translation>
    </message>
    <message>
        <source>When it should be done by</source>
        <translation>Erbyn pryd y dylid ei gwneud</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Gweithred</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Perchennog</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Erbyn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad cwblhau</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
</context>
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
    <name>AnswerEdit</name>
    <message>
        <source>Type the answer in words; Tab moves to the next question</source>
        <translation>Teipiwch yr ateb mewn geiriau; mae Tab yn symud i&apos;r cwestiwn nesaf</translation>
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
    <name>BundleController</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Allforio bwndel…</translation>
    </message>
    <message>
        <source>Save a programme in one file for a co-facilitator&apos;s laptop</source>
        <translation>Cadw rhaglen mewn un ffeil ar gyfer gliniadur cyd-hwylusydd</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Merge a bundle from another laptop into this database</source>
        <translation>Cyfuno bwndel o liniadur arall â&apos;r gronfa ddata hon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Bundle saved to {path}</source>
        <translation>Cadwyd y bwndel yn {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Canslwyd yr allforio; ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>The bundle was not saved</source>
        <translation>Ni chadwyd y bwndel</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Checking and merging {name}…</source>
        <translation>Yn gwirio ac yn cyfuno {name}…</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated</source>
        <translation>Mewnforiwyd {name}: {added} wedi&apos;u hychwanegu, {updated} wedi&apos;u diweddaru</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Canslwyd y mewnforio; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The bundle was not imported</source>
        <translation>Ni fewnforiwyd y bwndel</translation>
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
    <name>CodeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
</context>
<context>
    <name>CodedEntryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ysgogiad</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codau</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
</context>
<context>
    <name>CodingTableModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Tagiwyd</translation>
    </message>
    <message>
        <source>the whole entry</source>
        <translation>y cofnod cyfan</translation>
    </message>
</context>
<context>
    <name>CodingWidget</name>
    <message>
        <source>Entries to code</source>
        <translation>Cofnodion i&apos;w codio</translation>
    </message>
    <message>
        <source>Written reflections of this programme; choose one to read and tag it</source>
        <translation>Myfyrdodau ysgrifenedig y rhaglen hon; dewiswch un i&apos;w ddarllen a&apos;i dagio</translation>
    </message>
    <message>
        <source>The chosen entry&apos;s text; select words in it to tag just those</source>
        <translation>Testun y cofnod a ddewiswyd; dewiswch eiriau ynddo i dagio&apos;r rheini&apos;n unig</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Testun y cofnod</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Adolygwyd</translation>
    </message>
    <message>
        <source>Tick when you have checked the text names no one</source>
        <translation>Ticiwch pan fyddwch wedi gwirio nad yw&apos;r testun yn enwi neb</translation>
    </message>
    <message>
        <source>Nothing here identifies anyone, so the entry may go into de-identified exports.</source>
        <translation>Does dim yma&apos;n adnabod neb, felly gall y cofnod fynd i allforion dad-adnabyddedig.</translation>
    </message>
    <message>
        <source>Tags on this entry</source>
        <translation>Tagiau ar y cofnod hwn</translation>
    </message>
    <message>
        <source>The codes given to the chosen entry and the words they tag</source>
        <translation>Y codau a roddwyd i&apos;r cofnod a ddewiswyd a&apos;r geiriau y maent yn eu tagio</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>&amp;Tynnu tag</translation>
    </message>
    <message>
        <source>Take the chosen tag off this entry</source>
        <translation>Tynnu&apos;r tag a ddewiswyd oddi ar y cofnod hwn</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Llyfr codau</translation>
    </message>
    <message>
        <source>The codes you can tag entries with</source>
        <translation>Y codau y gallwch dagio cofnodion â nhw</translation>
    </message>
    <message>
        <source>Tag whole &amp;entry</source>
        <translation>Tagio&apos;r &amp;cofnod cyfan</translation>
    </message>
    <message>
        <source>Give the chosen code to the whole entry</source>
        <translation>Rhoi&apos;r cod a ddewiswyd i&apos;r cofnod cyfan</translation>
    </message>
    <message>
        <source>Tag selected &amp;words</source>
        <translation>Tagio&apos;r &amp;geiriau a ddewiswyd</translation>
    </message>
    <message>
        <source>Give the chosen code to the words selected in the text</source>
        <translation>Rhoi&apos;r cod a ddewiswyd i&apos;r geiriau a ddewiswyd yn y testun</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Cod newydd…</translation>
    </message>
    <message>
        <source>Add a code to the codebook</source>
        <translation>Ychwanegu cod at y llyfr codau</translation>
    </message>
    <message>
        <source>Count the codes per cycle, organisation or sector</source>
        <translation>Cyfrif y codau fesul cylch, sefydliad neu sector</translation>
    </message>
    <message>
        <source>Frequencies by</source>
        <translation>Amlder fesul</translation>
    </message>
    <message>
        <source>by cycle</source>
        <translation>fesul cylch</translation>
    </message>
    <message>
        <source>by organisation</source>
        <translation>fesul sefydliad</translation>
    </message>
    <message>
        <source>by sector</source>
        <translation>fesul sector</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Amlder codau</translation>
    </message>
    <message>
        <source>How many entries carry each code, per group</source>
        <translation>Faint o gofnodion sydd â phob cod, fesul grŵp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codebook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Llyfr codau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How often each code was used&lt;/b&gt; (entries)</source>
        <translation>&lt;b&gt;Pa mor aml y defnyddiwyd pob cod&lt;/b&gt; (cofnodion)</translation>
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
        <source>Coding</source>
        <translation>Codio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (…)</source>
        <translation>&lt;b&gt;Cofnodion&lt;/b&gt; (…)</translation>
    </message>
    <message>
        <source>Reading the rest of the list; its first entries are shown</source>
        <translation>Yn darllen gweddill y rhestr; dangosir ei chofnodion cyntaf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; (first {count} only)</source>
        <translation>&lt;b&gt;Cofnodion&lt;/b&gt; (y {count} cyntaf yn unig)</translation>
    </message>
    <message>
        <source>The rest of the list could not be read. It is read again when the entries change or when you choose this programme again.</source>
        <translation>Nid oedd modd darllen gweddill y rhestr. Caiff ei darllen eto pan fydd y cofnodion yn newid neu pan fyddwch yn dewis y rhaglen hon eto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Cofnodion&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>1 group with fewer than 3 people not shown on its own, so no one&apos;s entries can be picked out; their entries count in &apos;All entries&apos;.</source>
        <translation>Nid yw 1 grŵp â llai na 3 o bobl yn cael ei ddangos ar ei ben ei hun, fel na ellir adnabod cofnodion neb; mae eu cofnodion yn cyfrif yn &apos;Pob cofnod&apos;.</translation>
    </message>
    <message>
        <source>{count} groups with fewer than 3 people not shown on their own, so no one&apos;s entries can be picked out; their entries count in &apos;All entries&apos;.</source>
        <translation>Nid yw {count} grŵp â llai na 3 o bobl yn cael eu dangos ar eu pennau eu hunain, fel na ellir adnabod cofnodion neb; mae eu cofnodion yn cyfrif yn &apos;Pob cofnod&apos;.</translation>
    </message>
    <message>
        <source>No written reflections in this programme yet.</source>
        <translation>Dim myfyrdodau ysgrifenedig yn y rhaglen hon eto.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagio</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Cod newydd</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: {name}</source>
        <translation>Caniatâd: {name}</translation>
    </message>
    <message>
        <source>Agrees to take part (entries may be stored)</source>
        <translation>Yn cytuno i gymryd rhan (gellir cadw cofnodion)</translation>
    </message>
    <message>
        <source>Without this, nothing they write or rate is stored</source>
        <translation>Heb hyn, ni chedwir dim y maent yn ei ysgrifennu na&apos;i sgorio</translation>
    </message>
    <message>
        <source>Agrees that their reflections may be used for research</source>
        <translation>Yn cytuno y gellir defnyddio eu myfyrdodau ar gyfer ymchwil</translation>
    </message>
    <message>
        <source>Their reflections may go into research exports</source>
        <translation>Gall eu myfyrdodau fynd i allforion ymchwil</translation>
    </message>
    <message>
        <source>Agrees to be quoted (without their name)</source>
        <translation>Yn cytuno i gael eu dyfynnu (heb eu henw)</translation>
    </message>
    <message>
        <source>Their words may be quoted without their name</source>
        <translation>Gellir dyfynnu eu geiriau heb eu henw</translation>
    </message>
    <message>
        <source>The day consent was given or looked at again</source>
        <translation>Y diwrnod y rhoddwyd y caniatâd neu yr edrychwyd arno eto</translation>
    </message>
    <message>
        <source>Agrees to take part</source>
        <translation>Yn cytuno i gymryd rhan</translation>
    </message>
    <message>
        <source>Agrees to research use</source>
        <translation>Yn cytuno i ddefnydd ymchwil</translation>
    </message>
    <message>
        <source>Agrees to be quoted</source>
        <translation>Yn cytuno i gael eu dyfynnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Given or revisited on</source>
        <translation>&amp;Rhoddwyd neu adolygwyd ar</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Dim caniatâd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Tynnu caniatâd yn ôl…</translation>
    </message>
    <message>
        <source>Withdraw all consent; their data is marked for erasure</source>
        <translation>Tynnu pob caniatâd yn ôl; caiff eu data ei farcio i&apos;w ddileu</translation>
    </message>
</context>
<context>
    <name>CycleViewWidget</name>
    <message>
        <source>The participatory action research model this programme follows</source>
        <translation>Y model ymchwil weithredu gyfranogol y mae&apos;r rhaglen hon yn ei ddilyn</translation>
    </message>
    <message>
        <source>PAR model</source>
        <translation>Model PAR</translation>
    </message>
    <message>
        <source>The cycle to show</source>
        <translation>Y cylch i&apos;w ddangos</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Start next cycle</source>
        <translation>Dechrau&apos;r cylch nesaf</translation>
    </message>
    <message>
        <source>Begin a new cycle of the model</source>
        <translation>Dechrau cylch newydd o&apos;r model</translation>
    </message>
    <message>
        <source>The stage of the cycle this session works on</source>
        <translation>Y cam o&apos;r cylch y mae&apos;r sesiwn hon yn gweithio arno</translation>
    </message>
    <message>
        <source>Stage of this session</source>
        <translation>Cam y sesiwn hon</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>The stages of the model and the sessions that worked on each</source>
        <translation>Camau&apos;r model a&apos;r sesiynau a weithiodd ar bob un</translation>
    </message>
    <message>
        <source>Ratings this cycle and last</source>
        <translation>Sgoriau&apos;r cylch hwn a&apos;r un diwethaf</translation>
    </message>
    <message>
        <source>How people rated each item this cycle beside the last; choose one to see it by group</source>
        <translation>Sut y sgoriodd pobl bob eitem y cylch hwn wrth ochr yr un diwethaf; dewiswch un i&apos;w gweld fesul grŵp</translation>
    </message>
    <message>
        <source>Show the chosen rating per organisation or per sector</source>
        <translation>Dangos y sgôr a ddewiswyd fesul sefydliad neu fesul sector</translation>
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
        <source>Group ratings by</source>
        <translation>Grwpio sgoriau fesul</translation>
    </message>
    <message>
        <source>Groups smaller than this are hidden so no one can be picked out</source>
        <translation>Caiff grwpiau llai na hyn eu cuddio fel na ellir adnabod neb</translation>
    </message>
    <message>
        <source>hide groups under </source>
        <translation>cuddio grwpiau o dan </translation>
    </message>
    <message>
        <source> people</source>
        <translation> o bobl</translation>
    </message>
    <message>
        <source>Smallest group shown</source>
        <translation>Y grŵp lleiaf a ddangosir</translation>
    </message>
    <message>
        <source>Ratings by group</source>
        <translation>Sgoriau fesul grŵp</translation>
    </message>
    <message>
        <source>The chosen rating per organisation or sector</source>
        <translation>Y sgôr a ddewiswyd fesul sefydliad neu sector</translation>
    </message>
    <message>
        <source>Actions to review</source>
        <translation>Gweithredoedd i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Actions agreed earlier that are due for review at this session</source>
        <translation>Gweithredoedd a gytunwyd yn gynharach sydd i&apos;w hadolygu yn y sesiwn hon</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ychwanegu gweithred…</translation>
    </message>
    <message>
        <source>Agree a new action with an owner and a due date</source>
        <translation>Cytuno ar weithred newydd gyda pherchennog a dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Adolygu…</translation>
    </message>
    <message>
        <source>Record what happened to the chosen action</source>
        <translation>Cofnodi beth ddigwyddodd i&apos;r weithred a ddewiswyd</translation>
    </message>
    <message>
        <source>This session&apos;s stage</source>
        <translation>Cam y sesiwn hon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Camau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions to review at this session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gweithredoedd i&apos;w hadolygu yn y sesiwn hon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ratings: this cycle beside the last&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sgoriau: y cylch hwn wrth ochr yr un diwethaf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chosen item by</source>
        <translation>Yr eitem a ddewiswyd fesul</translation>
    </message>
    <message>
        <source>Choose a programme.</source>
        <translation>Dewiswch raglen.</translation>
    </message>
    <message>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(dim cam)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cycle {number}&lt;/b&gt; · {model}: {done} of {stages} stages done</source>
        <translation>&lt;b&gt;Cylch {number}&lt;/b&gt; · {model}: {done} o {stages} cam wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>actions agreed this cycle {opened}, closed this cycle {closed}, still open {open}</source>
        <translation>gweithredoedd a gytunwyd y cylch hwn {opened}, a gaewyd y cylch hwn {closed}, yn dal ar agor {open}</translation>
    </message>
    <message>
        <source>attendance not recorded</source>
        <translation>presenoldeb heb ei gofnodi</translation>
    </message>
    <message>
        <source>attendance {sessions}</source>
        <translation>presenoldeb {sessions}</translation>
    </message>
    <message>
        <source>{title}: {present} of {invited}</source>
        <translation>{title}: {present} o {invited}</translation>
    </message>
    <message>
        <source>{count} withdrawn participant(s) left out of every figure</source>
        <translation>{count} cyfranogwr a dynnodd yn ôl wedi&apos;u gadael allan o bob ffigur</translation>
    </message>
    <message>
        <source>Choose a rating above to see it by organisation or sector.</source>
        <translation>Dewiswch sgôr uchod i&apos;w gweld fesul sefydliad neu sector.</translation>
    </message>
    <message>
        <source>{groups} group(s) with fewer than {threshold} people not shown.</source>
        <translation>Ni ddangosir {groups} grŵp â llai na {threshold} o bobl.</translation>
    </message>
    <message>
        <source>No ratings for this item in this cycle.</source>
        <translation>Dim sgoriau ar gyfer yr eitem hon yn y cylch hwn.</translation>
    </message>
    <message>
        <source>Every group is large enough to show.</source>
        <translation>Mae pob grŵp yn ddigon mawr i&apos;w ddangos.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>A bundle is one file that carries records to another laptop. Importing it there merges it record by record: nothing is duplicated, and when both laptops changed the same entry the newer edit wins and the other is kept in the history.</source>
        <translation>Un ffeil yw bwndel sy&apos;n cludo cofnodion i liniadur arall. Wrth ei fewnforio yno caiff ei gyfuno gofnod wrth gofnod: does dim yn cael ei ddyblygu, a phan fo&apos;r ddau liniadur wedi newid yr un cofnod, y golygiad mwyaf diweddar sy&apos;n ennill a chedwir y llall yn yr hanes.</translation>
    </message>
    <message>
        <source>This programme: {programme_name}</source>
        <translation>Y rhaglen hon: {programme_name}</translation>
    </message>
    <message>
        <source>This programme</source>
        <translation>Y rhaglen hon</translation>
    </message>
    <message>
        <source>All programmes in this database</source>
        <translation>Pob rhaglen yn y gronfa ddata hon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Only records changed on or after</source>
        <translation>Dim ond cofnodion a newidiwyd ar neu ar ôl</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Amgryptio gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Eto</translation>
    </message>
    <message>
        <source>Give the passphrase to your co-facilitator by another route than the file. Without it the bundle cannot be opened.</source>
        <translation>Rhowch y cyfrinymadrodd i&apos;ch cyd-hwylusydd ar hyd llwybr gwahanol i&apos;r ffeil. Hebddo ni ellir agor y bwndel.</translation>
    </message>
    <message>
        <source>Export this programme</source>
        <translation>Allforio&apos;r rhaglen hon</translation>
    </message>
    <message>
        <source>Put only the open programme in the bundle</source>
        <translation>Rhoi&apos;r rhaglen agored yn unig yn y bwndel</translation>
    </message>
    <message>
        <source>Export all programmes</source>
        <translation>Allforio pob rhaglen</translation>
    </message>
    <message>
        <source>Put every programme of this laptop in the bundle</source>
        <translation>Rhoi pob rhaglen ar y gliniadur hwn yn y bwndel</translation>
    </message>
    <message>
        <source>Only recent changes</source>
        <translation>Newidiadau diweddar yn unig</translation>
    </message>
    <message>
        <source>Leave out records nobody changed since the date</source>
        <translation>Gadael allan gofnodion na newidiodd neb ers y dyddiad</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Newidiwyd ers</translation>
    </message>
    <message>
        <source>Records changed on or after this day go in the bundle</source>
        <translation>Mae cofnodion a newidiwyd ar y diwrnod hwn neu wedyn yn mynd yn y bwndel</translation>
    </message>
    <message>
        <source>Encrypt the bundle</source>
        <translation>Amgryptio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Lock the bundle so only someone with the passphrase can open it</source>
        <translation>Cloi&apos;r bwndel fel mai dim ond rhywun â&apos;r cyfrinymadrodd all ei agor</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>At least 8 characters; the bundle cannot be opened without it</source>
        <translation>O leiaf 8 nod; ni ellir agor y bwndel hebddo</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Type the passphrase again to check it</source>
        <translation>Teipiwch y cyfrinymadrodd eto i&apos;w wirio</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {count} characters.</source>
        <translation>Defnyddiwch gyfrinymadrodd o {count} nod o leiaf.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for research</source>
        <translation>Allforio ar gyfer ymchwil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Fformat</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Lefel</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Cadw fel</translation>
    </message>
    <message>
        <source>People who withdrew consent, or did not consent to research use, are always left out. Mark reflections as reviewed in the Coding tab to include them in de-identified exports.</source>
        <translation>Mae pobl a dynnodd eu caniatâd yn ôl, neu na roddodd ganiatâd i ddefnydd ymchwil, bob amser yn cael eu gadael allan. Marciwch fyfyrdodau fel rhai a adolygwyd yn y tab Codio i&apos;w cynnwys mewn allforion dad-adnabyddedig.</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Fformat allforio</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>Y math o ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>Export level</source>
        <translation>Lefel allforio</translation>
    </message>
    <message>
        <source>How much that could identify people goes in the file</source>
        <translation>Faint o&apos;r hyn a allai adnabod pobl sy&apos;n mynd yn y ffeil</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Ffeil allforio</translation>
    </message>
    <message>
        <source>Where the export is saved</source>
        <translation>Ble caiff yr allforyn ei gadw</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Dewis ble i gadw&apos;r allforyn</translation>
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
    <name>GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Cymedr</translation>
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
    <name>ImportSummaryDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>Bwndel wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source> made on {day} at {time} UTC</source>
        <translation> a wnaed ar {day} am {time} UTC</translation>
    </message>
    <message>
        <source>, changes since {day}</source>
        <translation>, newidiadau ers {day}</translation>
    </message>
    <message>
        <source>an encrypted bundle</source>
        <translation>fwndel wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>a bundle</source>
        <translation>fwndel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{records:,} records&lt;/b&gt; from {kind}{made}{scope}.</source>
        <translation>&lt;b&gt;{records:,} o gofnodion&lt;/b&gt; o {kind}{made}{scope}.</translation>
    </message>
    <message>
        <source>{added:,} added · {updated:,} updated · {unchanged:,} already here · {kept:,} kept (newer on this laptop)</source>
        <translation>{added:,} wedi&apos;u hychwanegu · {updated:,} wedi&apos;u diweddaru · {unchanged:,} yma eisoes · {kept:,} wedi&apos;u cadw (mwy newydd ar y gliniadur hwn)</translation>
    </message>
    <message>
        <source>{count:,} other version(s) of changed records were stored in the record history, so no one&apos;s edit is lost.</source>
        <translation>Cadwyd {count:,} fersiwn arall o gofnodion a newidiwyd yn hanes y cofnodion, fel na chollir golygiad neb.</translation>
    </message>
    <message>
        <source>No conflicting edits: nothing had to be stored in the record history.</source>
        <translation>Dim golygiadau&apos;n gwrthdaro: nid oedd angen cadw dim yn hanes y cofnodion.</translation>
    </message>
    <message>
        <source>Nothing changed: this laptop already had everything in the bundle.</source>
        <translation>Ni newidiodd dim: roedd popeth yn y bwndel ar y gliniadur hwn eisoes.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Yma eisoes</translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation>Cadwyd (mwy newydd yma)</translation>
    </message>
    <message>
        <source>To history</source>
        <translation>I&apos;r hanes</translation>
    </message>
    <message>
        <source>Records imported per kind</source>
        <translation>Cofnodion a fewnforiwyd fesul math</translation>
    </message>
    <message>
        <source>How many records of each kind were added, updated or kept</source>
        <translation>Faint o gofnodion o bob math a ychwanegwyd, a ddiweddarwyd neu a gadwyd</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Workshop Companion: reflection sheet</source>
        <translation>Workshop Companion: taflen fyfyrio</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Your name, or Anonymous</source>
        <translation>Eich enw, neu Dienw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Start my sheet</source>
        <translation>Dechrau fy nhaflen</translation>
    </message>
    <message>
        <source>Open a blank sheet for you</source>
        <translation>Agor taflen wag i chi</translation>
    </message>
    <message>
        <source>Choose your name, or &lt;b&gt;Anonymous&lt;/b&gt; if you would rather your sheet were not linked to you. Nobody else&apos;s answers are shown on this screen.</source>
        <translation>Dewiswch eich enw, neu &lt;b&gt;Dienw&lt;/b&gt; os byddai&apos;n well gennych i&apos;ch taflen beidio â chael ei chysylltu â chi. Ni ddangosir atebion neb arall ar y sgrin hon.</translation>
    </message>
    <message>
        <source>Not on the list? Choose Anonymous, or ask the facilitator.</source>
        <translation>Ddim ar y rhestr? Dewiswch Dienw, neu gofynnwch i&apos;r hwylusydd.</translation>
    </message>
    <message>
        <source>Sheet questions</source>
        <translation>Cwestiynau&apos;r daflen</translation>
    </message>
    <message>
        <source>The sheet&apos;s questions; Tab moves between them</source>
        <translation>Cwestiynau&apos;r daflen; mae Tab yn symud rhyngddynt</translation>
    </message>
    <message>
        <source>Submit my sheet</source>
        <translation>Cyflwyno fy nhaflen</translation>
    </message>
    <message>
        <source>Save your answers and hand over to the next person</source>
        <translation>Cadw eich atebion a rhoi&apos;r gliniadur i&apos;r person nesaf</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Canslo a chlirio</translation>
    </message>
    <message>
        <source>Throw away these answers and go back to the start</source>
        <translation>Taflu&apos;r atebion hyn a mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Thank you.&lt;/h1&gt;&lt;p&gt;Your sheet is saved. Please hand over to the next person.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Diolch.&lt;/h1&gt;&lt;p&gt;Mae eich taflen wedi&apos;i chadw. Rhowch y gliniadur i&apos;r person nesaf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Y person nesaf</translation>
    </message>
    <message>
        <source>Start a sheet for the next person</source>
        <translation>Dechrau taflen ar gyfer y person nesaf</translation>
    </message>
    <message>
        <source>The facilitator&apos;s PIN</source>
        <translation>PIN yr hwylusydd</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>PIN yr hwylusydd</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Gadael y ciosg</translation>
    </message>
    <message>
        <source>Close the kiosk and go back to the main window</source>
        <translation>Cau&apos;r ciosg a mynd yn ôl i&apos;r brif ffenestr</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the sheet without leaving the kiosk</source>
        <translation>Mynd yn ôl i&apos;r daflen heb adael y ciosg</translation>
    </message>
    <message>
        <source>Only the facilitator can leave this screen.</source>
        <translation>Dim ond yr hwylusydd all adael y sgrin hon.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Dewiswch eich enw…</translation>
    </message>
    <message>
        <source>Please choose your name, or Anonymous.</source>
        <translation>Dewiswch eich enw, neu Dienw.</translation>
    </message>
    <message>
        <source>Filling in as: &lt;b&gt;{who}&lt;/b&gt;</source>
        <translation>Yn llenwi fel: &lt;b&gt;{who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your sheet was restored as you left it.</source>
        <translation>Adferwyd eich taflen fel y gadawoch hi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Not saved yet: {message}</source>
        <translation>Heb ei gadw eto: {message}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>The sheet that was left open has been saved and put away because nobody typed for a while. If it was yours, please ask the facilitator.</source>
        <translation>Mae&apos;r daflen a adawyd ar agor wedi&apos;i chadw a&apos;i rhoi o&apos;r neilltu am na theipiodd neb ynddi am sbel. Os mai eich un chi oedd hi, gofynnwch i&apos;r hwylusydd.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir.</translation>
    </message>
    <message>
        <source> Wait {value} seconds before trying again.</source>
        <translation> Arhoswch {value} eiliad cyn rhoi cynnig arall arni.</translation>
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
        <source>Choose, preview, save and print the session&apos;s documents (Ctrl+P)</source>
        <translation>Dewis, rhagweld, cadw ac argraffu dogfennau&apos;r sesiwn (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Cycle and actions</source>
        <translation>&amp;Cylch a gweithredoedd</translation>
    </message>
    <message>
        <source>Practice &amp;map</source>
        <translation>&amp;Map arferion</translation>
    </message>
    <message>
        <source>Choose, preview, save and print the session&apos;s documents</source>
        <translation>Dewis, rhagweld, cadw ac argraffu dogfennau&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Add &amp;source…</source>
        <translation>Ychwanegu &amp;ffynhonnell…</translation>
    </message>
    <message>
        <source>Type a source into the evidence library</source>
        <translation>Teipio ffynhonnell i&apos;r llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Import sources (RIS)…</source>
        <translation>&amp;Mewnforio ffynonellau (RIS)…</translation>
    </message>
    <message>
        <source>Import sources from a RIS file</source>
        <translation>Mewnforio ffynonellau o ffeil RIS</translation>
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
        <source>&amp;Consent…</source>
        <translation>&amp;Caniatâd…</translation>
    </message>
    <message>
        <source>Record, revisit or withdraw the chosen participant&apos;s consent</source>
        <translation>Cofnodi, adolygu neu dynnu&apos;n ôl ganiatâd y cyfranogwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Dechrau&apos;r &amp;ciosg…</translation>
    </message>
    <message>
        <source>Let participants fill in a sheet on this laptop</source>
        <translation>Gadael i gyfranogwyr lenwi taflen ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>&amp;Type in paper sheets…</source>
        <translation>&amp;Teipio taflenni papur…</translation>
    </message>
    <message>
        <source>Type sheets back in from their codes</source>
        <translation>Teipio taflenni yn ôl i mewn o&apos;u codau</translation>
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
        <source>&amp;Erase participant&apos;s data…</source>
        <translation>&amp;Dileu data&apos;r cyfranogwr…</translation>
    </message>
    <message>
        <source>Remove every trace of the chosen participant (right to erasure)</source>
        <translation>Dileu pob olion o&apos;r cyfranogwr a ddewiswyd (yr hawl i ddileu)</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Copïau wrth gefn ac adfer…</translation>
    </message>
    <message>
        <source>See the backups, back up now, or restore one</source>
        <translation>Gweld y copïau wrth gefn, gwneud copi nawr, neu adfer un</translation>
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
        <source>Added {key} to the evidence library</source>
        <translation>Ychwanegwyd {key} at y llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Ni fewnforiwyd y ffeil</translation>
    </message>
    <message>
        <source>Sources imported</source>
        <translation>Ffynonellau wedi&apos;u mewnforio</translation>
    </message>
    <message>
        <source>{count} source(s) in the library: {keys}.</source>
        <translation>{count} ffynhonnell yn y llyfrgell: {keys}.</translation>
    </message>
    <message>
        <source>Choose a participant in the list first.</source>
        <translation>Dewiswch gyfranogwr yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Every trace of {code} has been removed from this database.</source>
        <translation>Mae pob olion o {code} wedi&apos;u dileu o&apos;r gronfa ddata hon.</translation>
    </message>
    <message>
        <source>{count} older backup(s) still hold them until they expire, the last on {day}.</source>
        <translation>Mae {count} copi wrth gefn hŷn yn dal i&apos;w cadw nes iddynt ddod i ben, yr olaf ar {day}.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Wedi dileu</translation>
    </message>
    <message>
        <source>Co&amp;ding</source>
        <translation>Co&amp;dio</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tueddiadau</translation>
    </message>
    <message>
        <source>&amp;Search entries…</source>
        <translation>&amp;Chwilio cofnodion…</translation>
    </message>
    <message>
        <source>Find words in this programme&apos;s reflections and actions</source>
        <translation>Dod o hyd i eiriau ym myfyrdodau a gweithredoedd y rhaglen hon</translation>
    </message>
    <message>
        <source>&amp;Export for research…</source>
        <translation>&amp;Allforio ar gyfer ymchwil…</translation>
    </message>
    <message>
        <source>Export the programme as CSV, Excel, JSON or a REFI-QDA project</source>
        <translation>Allforio&apos;r rhaglen fel CSV, Excel, JSON neu brosiect REFI-QDA</translation>
    </message>
    <message>
        <source>This export level needs the facilitator PIN.</source>
        <translation>Mae angen PIN yr hwylusydd ar gyfer y lefel allforio hon.</translation>
    </message>
    <message>
        <source>That PIN is not right; the export was not written.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir; ni ysgrifennwyd yr allforiad.</translation>
    </message>
    <message>
        <source>Exported {responses} responses ({level}) to {path}{extra}</source>
        <translation>Allforiwyd {responses} o ymatebion ({level}) i {path}{extra}</translation>
    </message>
    <message>
        <source>The export could not be written</source>
        <translation>Methwyd ag ysgrifennu&apos;r allforyn</translation>
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
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database (recommended: participants&apos; words stay private if the laptop is lost)</source>
        <translation>&amp;Amgryptio&apos;r gronfa ddata (argymhellir: mae geiriau&apos;r cyfranogwyr yn aros yn breifat os collir y gliniadur)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ailadroddwch ef</translation>
    </message>
    <message>
        <source>Workshop Companion will keep its records in
{path}</source>
        <translation>Bydd Workshop Companion yn cadw ei gofnodion yn
{path}</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Dewiswch gyfrinymadrodd o 8 nod o leiaf.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>PackBuilderDialog</name>
    <message>
        <source>Print session pack</source>
        <translation>Argraffu pecyn sesiwn</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Include this document in the pack</source>
        <translation>Cynnwys y ddogfen hon yn y pecyn</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Tick the people whose personal sheets to print</source>
        <translation>Ticiwch y bobl y dylid argraffu eu taflenni personol</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Neb</translation>
    </message>
    <message>
        <source>Print no personal sheets</source>
        <translation>Peidio ag argraffu taflenni personol</translation>
    </message>
    <message>
        <source>Print a personal sheet for everyone</source>
        <translation>Argraffu taflen bersonol i bawb</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Taflenni gwag</translation>
    </message>
    <message>
        <source>Extra sheets without a name, for people not on the list</source>
        <translation>Taflenni ychwanegol heb enw, ar gyfer pobl nad ydynt ar y rhestr</translation>
    </message>
    <message>
        <source>Personal sheets</source>
        <translation>Taflenni personol</translation>
    </message>
    <message>
        <source>Blank sheets:</source>
        <translation>Taflenni gwag:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>The paper size of the printer</source>
        <translation>Maint papur yr argraffydd</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Llythyr UD</translation>
    </message>
    <message>
        <source>Large print (text at 16 pt or more)</source>
        <translation>Print bras (testun 16 pt neu fwy)</translation>
    </message>
    <message>
        <source>Set all text at 16 pt or more, for people who read large print</source>
        <translation>Gosod pob testun yn 16 pt neu fwy, ar gyfer pobl sy&apos;n darllen print bras</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papur:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Pages of the pack</source>
        <translation>Tudalennau&apos;r pecyn</translation>
    </message>
    <message>
        <source>What each page of the laid-out pack holds</source>
        <translation>Beth sydd ar bob tudalen o&apos;r pecyn wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Press Preview to lay the pack out.</source>
        <translation>Pwyswch Rhagolwg i osod y pecyn.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Press Preview to see the pages.</source>
        <translation>Pwyswch Rhagolwg i weld y tudalennau.</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Rhagolwg o&apos;r dudalen</translation>
    </message>
    <message>
        <source>The chosen page as it will print</source>
        <translation>Y dudalen a ddewiswyd fel y caiff ei hargraffu</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Lay the pack out to see its pages</source>
        <translation>Gosod y pecyn i weld ei dudalennau</translation>
    </message>
    <message>
        <source>&amp;Open preview</source>
        <translation>&amp;Agor rhagolwg</translation>
    </message>
    <message>
        <source>Open the laid-out pack in your PDF viewer</source>
        <translation>Agor y pecyn wedi&apos;i osod yn eich gwyliwr PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Cadw…</translation>
    </message>
    <message>
        <source>Save the pack as a PDF file</source>
        <translation>Cadw&apos;r pecyn fel ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Send the pack to a printer</source>
        <translation>Anfon y pecyn at argraffydd</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>Canslo&apos;r adeiladu</translation>
    </message>
    <message>
        <source>Stop laying out the pack</source>
        <translation>Rhoi&apos;r gorau i osod y pecyn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cau&apos;r ffenestr hon</translation>
    </message>
    <message>
        <source>The choices changed: press Preview again to see the new pages.</source>
        <translation>Newidiodd y dewisiadau: pwyswch Rhagolwg eto i weld y tudalennau newydd.</translation>
    </message>
    <message>
        <source>Cancelled; no file was changed.</source>
        <translation>Canslwyd; ni newidiwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>The pack could not be built</source>
        <translation>Methwyd ag adeiladu&apos;r pecyn</translation>
    </message>
    <message>
        <source>{lead} {pages} pages, 1 sheet.</source>
        <translation>{lead} {pages} tudalen, 1 daflen.</translation>
    </message>
    <message>
        <source>{lead} {pages} pages, {sheets} sheets.</source>
        <translation>{lead} {pages} tudalen, {sheets} taflen.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Rhagolwg:</translation>
    </message>
    <message>
        <source>Saved to {path}:</source>
        <translation>Cadwyd yn {path}:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Argraffwyd:</translation>
    </message>
    <message>
        <source>The pack could not be sent to the printer</source>
        <translation>Methwyd ag anfon y pecyn at yr argraffydd</translation>
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
    <name>ParticipantChoiceModel</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
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
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
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
    <name>PracticeMapModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>rated {mean} (n {raters})</source>
        <translation>sgôr {mean} (n {raters})</translation>
    </message>
</context>
<context>
    <name>PracticeMapWidget</name>
    <message>
        <source>Each practice per session: minutes spent on it and the group&apos;s rating</source>
        <translation>Pob arfer fesul sesiwn: y munudau a dreuliwyd arno a sgôr y grŵp</translation>
    </message>
    <message>
        <source>Practice map</source>
        <translation>Map arferion</translation>
    </message>
    <message>
        <source>Which of the six practices each session worked on (minutes of blocks serving it) and how the group rated itself on it (the six-practices sheet, 1 to 5).</source>
        <translation>Pa rai o&apos;r chwe arfer y gweithiodd pob sesiwn arnynt (munudau&apos;r blociau sy&apos;n ei wasanaethu) a sut y sgoriodd y grŵp ei hun arno (y daflen chwe arfer, 1 i 5).</translation>
    </message>
    <message>
        <source>Not yet worked on: {practices}. Add a block that serves it to a coming session.</source>
        <translation>Heb gael sylw eto: {practices}. Ychwanegwch floc sy&apos;n ei wasanaethu at sesiwn i ddod.</translation>
    </message>
    <message>
        <source>Every practice has had attention.</source>
        <translation>Mae pob arfer wedi cael sylw.</translation>
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
    <name>RatingTableModel</name>
    <message>
        <source>Rating item</source>
        <translation>Eitem sgôr</translation>
    </message>
    <message>
        <source>This cycle (1 → 5)</source>
        <translation>Y cylch hwn (1 → 5)</translation>
    </message>
    <message>
        <source>Last cycle (1 → 5)</source>
        <translation>Y cylch diwethaf (1 → 5)</translation>
    </message>
</context>
<context>
    <name>RatingWidget</name>
    <message>
        <source>Rating: {text}</source>
        <translation>Sgôr: {text}</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}</source>
        <translation>Teipiwch rif o {low} i {high}</translation>
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
        <source>They have not consented, so nothing is stored. Record consent in Programme &gt; Consent.</source>
        <translation>Nid ydynt wedi rhoi caniatâd, felly ni chedwir dim. Cofnodwch ganiatâd drwy Rhaglen &gt; Caniatâd.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Yn golygu…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>The database could not be used ({kind}).</source>
        <translation>Nid oedd modd defnyddio&apos;r gronfa ddata ({kind}).</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Kept until (at most)</source>
        <translation>Cedwir tan (fan bellaf)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Every backup of this database, newest first</source>
        <translation>Pob copi wrth gefn o&apos;r gronfa ddata hon, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud &amp;copi nawr</translation>
    </message>
    <message>
        <source>Make a verified backup of the database now</source>
        <translation>Gwneud copi wrth gefn wedi&apos;i wirio o&apos;r gronfa ddata nawr</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Adfer yr un a ddewiswyd…</translation>
    </message>
    <message>
        <source>Put the chosen backup in place; the current data is backed up first</source>
        <translation>Rhoi&apos;r copi a ddewiswyd yn ei le; gwneir copi o&apos;r data presennol yn gyntaf</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cau&apos;r ffenestr hon</translation>
    </message>
    <message>
        <source>1 backup in {folder}.</source>
        <translation>1 copi wrth gefn yn {folder}.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}.</source>
        <translation>{count} copi wrth gefn yn {folder}.</translation>
    </message>
    <message>
        <source>Backups are verified when made, taken automatically every 30 minutes while you work and before every risky step, and thinned to daily, weekly and monthly copies.</source>
        <translation>Caiff copïau wrth gefn eu gwirio wrth eu gwneud, eu gwneud yn awtomatig bob 30 munud tra byddwch yn gweithio a chyn pob cam mentrus, a&apos;u teneuo i gopïau dyddiol, wythnosol a misol.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review action</source>
        <translation>Adolygu gweithred</translation>
    </message>
    <message>
        <source>Where the action stands now</source>
        <translation>Ble mae&apos;r weithred yn sefyll nawr</translation>
    </message>
    <message>
        <source>What was said about it at this session</source>
        <translation>Beth a ddywedwyd amdani yn y sesiwn hon</translation>
    </message>
    <message>
        <source>What shows the action made a difference</source>
        <translation>Beth sy&apos;n dangos bod y weithred wedi gwneud gwahaniaeth</translation>
    </message>
    <message>
        <source>&lt;b&gt;{description}&lt;/b&gt;&lt;br&gt;History: {value}</source>
        <translation>&lt;b&gt;{description}&lt;/b&gt;&lt;br&gt;Hanes: {value}</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>&amp;Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>&amp;Evidence of effect</source>
        <translation>&amp;Tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nodyn adolygu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Search entries</source>
        <translation>Chwilio cofnodion</translation>
    </message>
    <message>
        <source>Type words; results appear as you type</source>
        <translation>Teipiwch eiriau; mae canlyniadau&apos;n ymddangos wrth i chi deipio</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Geiriau chwilio</translation>
    </message>
    <message>
        <source>Words to find in reflections and actions (the start of a word is enough)</source>
        <translation>Geiriau i&apos;w canfod mewn myfyrdodau a gweithredoedd (mae dechrau gair yn ddigon)</translation>
    </message>
    <message>
        <source>Reflections and actions containing the words; Enter opens the chosen one</source>
        <translation>Myfyrdodau a gweithredoedd sy&apos;n cynnwys y geiriau; mae Enter yn agor yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>&amp;Open entry</source>
        <translation>&amp;Agor cofnod</translation>
    </message>
    <message>
        <source>Go to the chosen entry in the main window</source>
        <translation>Mynd i&apos;r cofnod a ddewiswyd yn y brif ffenestr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the search window</source>
        <translation>Cau&apos;r ffenestr chwilio</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Dim wedi&apos;i ganfod.</translation>
    </message>
    <message>
        <source> (the best 50)</source>
        <translation> (y 50 gorau)</translation>
    </message>
    <message>
        <source> (the newest 50 of more than {count} matches: add a word to narrow them)</source>
        <translation> (y 50 diweddaraf o fwy na {count} o ganlyniadau: ychwanegwch air i&apos;w cyfyngu)</translation>
    </message>
    <message>
        <source>{value} found{more}. Double-click or press Enter to open one.</source>
        <translation>Canfuwyd {value}{more}. Cliciwch ddwywaith neu pwyswch Enter i agor un.</translation>
    </message>
</context>
<context>
    <name>SearchHitTableModel</name>
    <message>
        <source>Found</source>
        <translation>Canfuwyd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Ysgogiad</translation>
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
    <name>SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Ychwanegu ffynhonnell</translation>
    </message>
    <message>
        <source>Vaggers, J.; Anderson, E. S.</source>
        <translation>Vaggers, J.; Anderson, E. S.</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Awduron</translation>
    </message>
    <message>
        <source>Family name and initials, authors separated by &apos;;&apos;</source>
        <translation>Cyfenw a llythrennau cyntaf, awduron wedi&apos;u gwahanu gan &apos;;&apos;</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Blwyddyn</translation>
    </message>
    <message>
        <source>The year the source was published</source>
        <translation>Y flwyddyn y cyhoeddwyd y ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>The title of the article, book or report</source>
        <translation>Teitl yr erthygl, y llyfr neu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Cyfnodolyn</translation>
    </message>
    <message>
        <source>The journal or publisher, if any</source>
        <translation>Y cyfnodolyn neu&apos;r cyhoeddwr, os oes un</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Cyfrol</translation>
    </message>
    <message>
        <source>The journal volume, if any</source>
        <translation>Cyfrol y cyfnodolyn, os oes un</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Rhifyn</translation>
    </message>
    <message>
        <source>The journal issue, if any</source>
        <translation>Rhifyn y cyfnodolyn, os oes un</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Tudalennau</translation>
    </message>
    <message>
        <source>The page range, for example 12-20</source>
        <translation>Yr ystod tudalennau, er enghraifft 12-20</translation>
    </message>
    <message>
        <source>&amp;DOI</source>
        <translation>&amp;DOI</translation>
    </message>
    <message>
        <source>The digital object identifier, without https://doi.org/</source>
        <translation>Y dynodwr gwrthrych digidol, heb https://doi.org/</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>A web address where the source can be read</source>
        <translation>Cyfeiriad gwe lle gellir darllen y ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Supports</source>
        <translation>&amp;Yn cefnogi</translation>
    </message>
    <message>
        <source>The practice, model or template this source stands behind</source>
        <translation>Yr arfer, y model neu&apos;r templed y mae&apos;r ffynhonnell hon yn ei gefnogi</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
</context>
<context>
    <name>StartKioskDialog</name>
    <message>
        <source>Start kiosk</source>
        <translation>Dechrau&apos;r ciosg</translation>
    </message>
    <message>
        <source>The sheet people will fill in at the kiosk</source>
        <translation>Y daflen y bydd pobl yn ei llenwi wrth y ciosg</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taflen</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Taflen</translation>
    </message>
    <message>
        <source>4 to 12 digits, needed to leave the kiosk</source>
        <translation>4 i 12 digid, sydd eu hangen i adael y ciosg</translation>
    </message>
    <message>
        <source>Type the same PIN again to check it</source>
        <translation>Teipiwch yr un PIN eto i&apos;w wirio</translation>
    </message>
    <message>
        <source>New facilitator PIN</source>
        <translation>PIN newydd yr hwylusydd</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Ailadrodd y PIN</translation>
    </message>
    <message>
        <source>Choose a &amp;PIN</source>
        <translation>Dewiswch &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ailadroddwch ef</translation>
    </message>
    <message>
        <source>4 to 12 digits. You need it to leave the kiosk; it is stored only as a salted hash.</source>
        <translation>4 i 12 digid. Mae ei angen arnoch i adael y ciosg; caiff ei gadw fel stwnsh hallt yn unig.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Put away an idle sheet after</source>
        <translation>Rhoi taflen segur o&apos;r neilltu ar ôl</translation>
    </message>
    <message>
        <source>A sheet nobody has typed in for this long is saved and cleared from the screen</source>
        <translation>Mae taflen nad oes neb wedi teipio ynddi cyhyd â hyn yn cael ei chadw a&apos;i chlirio o&apos;r sgrin</translation>
    </message>
    <message>
        <source>Put away an &amp;idle sheet after</source>
        <translation>Rhoi taflen &amp;segur o&apos;r neilltu ar ôl</translation>
    </message>
    <message>
        <source>The main window closes while the kiosk runs, so no other entries stay on screen.</source>
        <translation>Mae&apos;r brif ffenestr yn cau tra bo&apos;r ciosg yn rhedeg, fel nad oes cofnodion eraill yn aros ar y sgrin.</translation>
    </message>
</context>
<context>
    <name>TranscriptionWindow</name>
    <message>
        <source>Type in paper sheets</source>
        <translation>Teipio taflenni papur</translation>
    </message>
    <message>
        <source>The code printed at the top of the paper sheet</source>
        <translation>Y cod sydd wedi&apos;i argraffu ar frig y daflen bapur</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Cod y daflen</translation>
    </message>
    <message>
        <source>e.g. 3F2A-SIXP-SJ01 (as printed at the top of the sheet)</source>
        <translation>e.e. 3F2A-SIXP-SJ01 (fel y&apos;i hargraffwyd ar frig y daflen)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Open the sheet with this code for typing in</source>
        <translation>Agor y daflen â&apos;r cod hwn i&apos;w theipio</translation>
    </message>
    <message>
        <source>Type the code printed at the top of a paper sheet, then press Enter.</source>
        <translation>Teipiwch y cod sydd wedi&apos;i argraffu ar frig taflen bapur, yna pwyswch Enter.</translation>
    </message>
    <message>
        <source>Sheet questions</source>
        <translation>Cwestiynau&apos;r daflen</translation>
    </message>
    <message>
        <source>The sheet&apos;s questions; Tab moves between them</source>
        <translation>Cwestiynau&apos;r daflen; mae Tab yn symud rhyngddynt</translation>
    </message>
    <message>
        <source>Save sheet</source>
        <translation>Cadw&apos;r daflen</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter: save this sheet and go back to the code for the next one</source>
        <translation>Enter neu Ctrl+Enter: cadw&apos;r daflen hon a mynd yn ôl at y cod ar gyfer yr un nesaf</translation>
    </message>
    <message>
        <source>No sheets typed in yet.</source>
        <translation>Dim taflenni wedi&apos;u teipio eto.</translation>
    </message>
    <message>
        <source>Sheet &amp;code</source>
        <translation>&amp;Cod y daflen</translation>
    </message>
    <message>
        <source>{name} has not consented to take part (or has withdrawn), so this sheet cannot be stored. Record their consent first.</source>
        <translation>Nid yw {name} wedi rhoi caniatâd i gymryd rhan (neu mae wedi tynnu&apos;n ôl), felly ni ellir cadw&apos;r daflen hon. Cofnodwch eu caniatâd yn gyntaf.</translation>
    </message>
    <message>
        <source>Blank sheet: stored as anonymous</source>
        <translation>Taflen wag: caiff ei chadw&apos;n ddienw</translation>
    </message>
    <message>
        <source>This sheet was already entered ({channel}); saving replaces its answers.</source>
        <translation>Roedd y daflen hon wedi&apos;i chofnodi eisoes ({channel}); bydd cadw&apos;n disodli ei hatebion.</translation>
    </message>
    <message>
        <source>Opened {code}. Tab moves between fields; type 1 to 5 for a rating.</source>
        <translation>Agorwyd {code}. Mae Tab yn symud rhwng meysydd; teipiwch 1 i 5 ar gyfer sgôr.</translation>
    </message>
    <message>
        <source>1 sheet typed in this sitting.</source>
        <translation>1 daflen wedi&apos;i theipio yn y sesiwn waith hon.</translation>
    </message>
    <message>
        <source>{count} sheets typed in this sitting.</source>
        <translation>{count} taflen wedi&apos;u teipio yn y sesiwn waith hon.</translation>
    </message>
    <message>
        <source>Saved {code}. Type the next code.</source>
        <translation>Cadwyd {code}. Teipiwch y cod nesaf.</translation>
    </message>
</context>
<context>
    <name>TrendsWidget</name>
    <message>
        <source>The rating item whose trend is shown</source>
        <translation>Yr eitem sgôr y dangosir ei thuedd</translation>
    </message>
    <message>
        <source>Rated item</source>
        <translation>Eitem a sgoriwyd</translation>
    </message>
    <message>
        <source>Show everyone together, or one line per organisation or sector</source>
        <translation>Dangos pawb gyda&apos;i gilydd, neu un llinell i bob sefydliad neu sector</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Pob cyfranogwr</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Fesul sefydliad</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Fesul sector</translation>
    </message>
    <message>
        <source>The mean rating of the chosen item in each cycle</source>
        <translation>Sgôr gymedrig yr eitem a ddewiswyd ym mhob cylch</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Siart tueddiadau</translation>
    </message>
    <message>
        <source>The chart&apos;s figures: mean rating and number of raters per cycle</source>
        <translation>Ffigurau&apos;r siart: sgôr gymedrig a nifer y bobl a roddodd sgôr fesul cylch</translation>
    </message>
    <message>
        <source>Trend figures</source>
        <translation>Ffigurau tueddiadau</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Eitem:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>No ratings in numbered cycles yet.</source>
        <translation>Dim sgoriau mewn cylchoedd wedi&apos;u rhifo eto.</translation>
    </message>
    <message>
        <source>{item_name}: mean rating per cycle (1 = not at all, 5 = fully)</source>
        <translation>{item_name}: sgôr gymedrig fesul cylch (1 = dim o gwbl, 5 = yn llawn)</translation>
    </message>
    <message>
        <source>PAR cycle</source>
        <translation>Cylch PAR</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Sgôr gymedrig</translation>
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
        <source>Restore the newest backup</source>
        <translation>Adfer y copi wrth gefn diweddaraf</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Dewis ffeil arall…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Workshop Companion</source>
        <translation>Workshop Companion</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing already saved is lost.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}). Does dim byd sydd eisoes wedi&apos;i gadw wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Workshop Companion cannot open this database</source>
        <translation>Ni all Workshop Companion agor y gronfa ddata hon</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Datgloi&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase (or the recovery key you printed when it was made):</source>
        <translation>Mae {name} wedi&apos;i amgryptio. Rhowch ei gyfrinymadrodd (neu&apos;r allwedd adfer a argraffwyd gennych pan gafodd ei gwneud):</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>Print or write down this recovery key and keep it somewhere safe, away from the laptop. It unlocks the database if the passphrase is forgotten. It is shown only now.</source>
        <translation>Argraffwch neu ysgrifennwch yr allwedd adfer hon a&apos;i chadw rywle diogel, i ffwrdd o&apos;r gliniadur. Mae&apos;n datgloi&apos;r gronfa ddata os anghofir y cyfrinymadrodd. Dim ond nawr y caiff ei dangos.</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Dewis cronfa ddata</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Cronfeydd data (*.db)</translation>
    </message>
    <message>
        <source>Opening {name}…

A database made by an earlier version is backed up first and then upgraded; a large one can take a minute or two. Please leave Workshop Companion open.</source>
        <translation>Wrthi&apos;n agor {name}…

Mae cronfa ddata a wnaed gan fersiwn gynharach yn cael ei chadw wrth gefn yn gyntaf ac yna&apos;n cael ei huwchraddio; gall un fawr gymryd munud neu ddwy. Gadewch Workshop Companion ar agor, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Methu creu&apos;r ffolder data {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>bundle_dialogs</name>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
    <message>
        <source>PAR cycles</source>
        <translation>Cylchoedd PAR</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Blociau agenda</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgoriau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Gweithredoedd</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Cadw bwndel</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Encrypted bundle</source>
        <translation>Bwndel wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type the passphrase it was made with:</source>
        <translation>Mae {name} wedi&apos;i amgryptio. Teipiwch y cyfrinymadrodd y&apos;i gwnaed ag ef:</translation>
    </message>
    <message>
        <source>An encrypted bundle</source>
        <translation>Bwndel wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>A bundle</source>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Bwndel wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>{what} of {records:,} records was saved to
{path}</source>
        <translation>{what} o {records:,} o gofnodion wedi&apos;i gadw yn
{path}</translation>
    </message>
</context>
<context>
    <name>coding_view</name>
    <message>
        <source>New code</source>
        <translation>Cod newydd</translation>
    </message>
    <message>
        <source>Name of the group&apos;s new code:</source>
        <translation>Enw cod newydd y grŵp:</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>Tagio “{name}”</translation>
    </message>
    <message>
        <source>Remove tag “{name}”</source>
        <translation>Tynnu tag “{name}”</translation>
    </message>
</context>
<context>
    <name>consent_dialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <source>Withdraw {name}&apos;s consent?

Nothing more can be stored for them, their data is marked for erasure, and it is left out of every summary and export from now on. This cannot be undone.</source>
        <translation>Tynnu caniatâd {name} yn ôl?

Ni ellir cadw dim mwy ar eu cyfer, caiff eu data ei farcio i&apos;w ddileu, a chaiff ei adael allan o bob crynodeb ac allforyn o hyn ymlaen. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>takes part</source>
        <translation>yn cymryd rhan</translation>
    </message>
    <message>
        <source>research</source>
        <translation>ymchwil</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>dyfynnu</translation>
    </message>
    <message>
        <source>does not take part</source>
        <translation>nid yw&apos;n cymryd rhan</translation>
    </message>
</context>
<context>
    <name>cycle_view</name>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Wedi&apos;i wneud yn rhannol</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i gollwng</translation>
    </message>
    <message>
        <source>no earlier cycle</source>
        <translation>dim cylch cynharach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>{bars}  n {total} · mean {mean}</source>
        <translation>{bars}  n {total} · cymedr {mean}</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>heb ei hadolygu eto</translation>
    </message>
    <message>
        <source>No session has worked on this practice yet.</source>
        <translation>Nid oes unrhyw sesiwn wedi gweithio ar yr arfer hwn eto.</translation>
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
    <name>evidence</name>
    <message>
        <source>Import sources</source>
        <translation>Mewnforio ffynonellau</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Practice: {name}</source>
        <translation>Arfer: {name}</translation>
    </message>
    <message>
        <source>PAR model: {name}</source>
        <translation>Model PAR: {name}</translation>
    </message>
    <message>
        <source>Self-assessment: {title}</source>
        <translation>Hunanasesiad: {title}</translation>
    </message>
    <message>
        <source>Session template: {title}</source>
        <translation>Templed sesiwn: {title}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>CSV table, one row per response (with a data dictionary file)</source>
        <translation>Tabl CSV, un rhes i bob ymateb (gyda ffeil geiriadur data)</translation>
    </message>
    <message>
        <source>Excel workbook (responses, data dictionary)</source>
        <translation>Llyfr gwaith Excel (ymatebion, geiriadur data)</translation>
    </message>
    <message>
        <source>JSON: the whole programme (documented format)</source>
        <translation>JSON: y rhaglen gyfan (fformat wedi&apos;i ddogfennu)</translation>
    </message>
    <message>
        <source>REFI-QDA project for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translation>Prosiect REFI-QDA ar gyfer QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
    </message>
    <message>
        <source>De-identified: random codes, shifted dates, reviewed texts only</source>
        <translation>Dad-adnabyddedig: codau ar hap, dyddiadau wedi&apos;u symud, testunau a adolygwyd yn unig</translation>
    </message>
    <message>
        <source>No identifiers: codes, organisations and texts; no names or roles</source>
        <translation>Dim dynodwyr: codau, sefydliadau a thestunau; dim enwau na rolau</translation>
    </message>
    <message>
        <source>Full: with names and roles (for the facilitator only)</source>
        <translation>Llawn: gydag enwau a rolau (i&apos;r hwylusydd yn unig)</translation>
    </message>
    <message>
        <source>Export for research</source>
        <translation>Allforio ar gyfer ymchwil</translation>
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
    <name>kiosk</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Nid yw&apos;r ddau PIN yr un fath.</translation>
    </message>
    <message>
        <source>Set a facilitator PIN before starting the kiosk.</source>
        <translation>Gosodwch PIN hwylusydd cyn dechrau&apos;r ciosg.</translation>
    </message>
    <message>
        <source>The last reflection could not be saved, so the kiosk was not started.</source>
        <translation>Methwyd â chadw&apos;r myfyrdod diwethaf, felly ni ddechreuwyd y ciosg.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Facilitator PIN</source>
        <translation>PIN yr hwylusydd</translation>
    </message>
    <message>
        <source>This export can name people or organisations. Facilitator PIN:</source>
        <translation>Gall yr allforiad hwn enwi pobl neu sefydliadau. PIN yr hwylusydd:</translation>
    </message>
    <message>
        <source>Erase participant&apos;s data</source>
        <translation>Dileu data&apos;r cyfranogwr</translation>
    </message>
    <message>
        <source>Erase everything recorded for {name} ({code}): their reflections, ratings, sheets, consent record and their place in the participant list? This cannot be undone. Older backups keep them until they expire.</source>
        <translation>Dileu popeth a gofnodwyd ar gyfer {name} ({code}): eu myfyrdodau, eu sgorau, eu taflenni, eu cofnod caniatâd a&apos;u lle yn y rhestr cyfranogwyr? Ni ellir dadwneud hyn. Mae copïau wrth gefn hŷn yn eu cadw nes iddynt ddod i ben.</translation>
    </message>
</context>
<context>
    <name>pack_builder</name>
    <message>
        <source>Agenda and facilitator guide</source>
        <translation>Agenda a chanllaw&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>Participant handout</source>
        <translation>Taflen i gyfranogwyr</translation>
    </message>
    <message>
        <source>Reflection and self-assessment sheets</source>
        <translation>Taflenni myfyrio a hunanasesu</translation>
    </message>
    <message>
        <source>Consent forms for new participants</source>
        <translation>Ffurflenni caniatâd ar gyfer cyfranogwyr newydd</translation>
    </message>
    <message>
        <source>After the session: summary</source>
        <translation>Ar ôl y sesiwn: crynodeb</translation>
    </message>
    <message>
        <source>Cycle report</source>
        <translation>Adroddiad y cylch</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Cyfeiriadau</translation>
    </message>
    <message>
        <source>Save session pack</source>
        <translation>Cadw pecyn y sesiwn</translation>
    </message>
    <message>
        <source>Print session pack</source>
        <translation>Argraffu pecyn sesiwn</translation>
    </message>
    <message>
        <source>No print spooler here: the pack opened in your PDF viewer to print from there.</source>
        <translation>Dim sbwliwr argraffu yma: agorodd y pecyn yn eich gwyliwr PDF i argraffu oddi yno.</translation>
    </message>
    <message>
        <source>Sent 1 copy to {printer}.</source>
        <translation>Anfonwyd 1 copi at {printer}.</translation>
    </message>
    <message>
        <source>Sent {copies} copies to {printer}.</source>
        <translation>Anfonwyd {copies} copi at {printer}.</translation>
    </message>
</context>
<context>
    <name>research_models</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Pob cofnod</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>cudd</translation>
    </message>
    <message>
        <source>Fewer than 3 people rated: not shown, so no one&apos;s rating can be picked out.</source>
        <translation>Llai na 3 o bobl a roddodd sgôr: ni ddangosir, fel na ellir adnabod sgôr neb.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Put the backup of {when} in place of the current data?

The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Rhoi copi wrth gefn {when} yn lle&apos;r data presennol?

Gwneir copi wrth gefn o&apos;r data presennol yn gyntaf, felly gellir dadwneud hyn drwy adfer y copi hwnnw.</translation>
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
