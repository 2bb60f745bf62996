<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QMainWindow</name>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AboutDialog</name>
    <message>
        <source>About Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back on your year and set goals for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreaBarChart</name>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals done by area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreaCommand</name>
    <message>
        <source>Add Area “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Area “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Area “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Area “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreaRepository</name>
    <message>
        <source>The area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored area can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s colour is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreaYearsChart</name>
    <message>
        <source>Completion rate by area over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreasDialog</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and goals belong to these areas. Double-click or press F2 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”. Its events and goals have no area now; Undo (Ctrl+Z) gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the area and everything in it out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreasModel</name>
    <message>
        <source>Private: left out of public exports with everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::BackupListModel</name>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::BackupView</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::BuiltinQuestions</name>
    <message>
        <source>What was the best moment of the year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I proudest of this year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drained my energy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gave me energy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should I stop doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should I keep doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helped me, and did I thank them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should I learn next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did I split my time, and how do I want to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I change my mind about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the hardest thing, and how did I get through it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one word sums up the year?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::CloseYearDialog</name>
    <message>
        <source>Close the Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry to the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for dropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (kept with the goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson from this year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something left unfinished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added lessons and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal of this year is done or decided. Add lessons or unfinished items, then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DailyBackup</name>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written. Your work is saved as usual.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego could not check the database in the background, so it took no backup today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Close Hoego and open a backup (File &gt; Restore from Backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is from a newer Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego did not change, move or delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open one of its backups instead (it is copied to a new file beside the database):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Selected Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the Hoego that has it open, or try again once it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego cannot reach the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running, that the address is right and that ~/.pgpass holds the password, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server wants a password that ~/.pgpass does not hold, type it and try again. Hoego uses it for this connection only and keeps it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hoego (database version %2; this Hoego knows up to version %3). It was not changed; open it with a newer Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and read-only, so Hoego cannot set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older format (version %2) and is read-only, so it cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Hoego database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (it may be damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (it may be damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego could not back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego did not change either file. To open the database as it was last saved without that log, move %1 somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a write-ahead log (%2) that belongs to another database (page size %3, not %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a write-ahead log (%2) that its last session did not leave (its shared-memory file is missing), so it may belong to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Hoego database. Hoego did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot end the write test on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refuses changes to %1; check who owns %1-wal and %1-shm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up for this Hoego, and a read-only connection cannot set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DatabaseCopy</name>
    <message>
        <source>Cannot start reading the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target already holds data; a copy goes only into an empty database, so two databases are never mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was moved, but the old file %1 could not be deleted. You can delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Move Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a database file can be moved; a server database stays on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is restored by its server&apos;s administrator, not from a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Server Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a PostgreSQL database, such as
postgresql://kim@db.example:5432/hoego
Passwords are read from ~/.pgpass. An empty database is set up for Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Server Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of an empty PostgreSQL database, such as
postgresql://kim@db.example:5432/hoego
Every year is copied there and Hoego goes on there; this file stays as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Move to the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to a Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 asks for a password.
Hoego uses it for this connection only and keeps it nowhere; to be asked no more, put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DropGoalDialog</name>
    <message>
        <source>Drop Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you dropping “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. priorities changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EmptyState</name>
    <message>
        <source>Looking back starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the year you want to look back on, or open a sample retrospective to see how events, sections, lessons and goals fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventCommands</name>
    <message>
        <source>Add Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Event to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventDetails</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event on the timeline to read its notes here. Double-click a month or press **Ctrl+E** to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No notes.*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventEditor</name>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometime in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 이직, ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventRepository</name>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1...&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored event can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventTimelineView</name>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Press Ctrl+E or double-click a month to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event to the selected month (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Event(s)</source>
        <translation>
            <numerusform>Paste %n Event</numerusform>
            <numerusform>Paste %n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Event in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the event out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EvidenceRepository</name>
    <message>
        <source>Evidence links a stored goal to a stored output or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already evidence for this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal, output or event was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ExportDialog</name>
    <message>
        <source>Export Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (blog post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year (a full backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public: leave out private items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: leave out private items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out the items and areas marked private, and everything in a private area. Counts and progress are those of the public goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is private: the public export is the whole year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out of this public export (%n):</source>
        <translation>
            <numerusform>Left out of this public export (%n):</numerusform>
            <numerusform>Left out of this public export (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is marked private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Private, but included in this full export (%n):</source>
        <translation>
            <numerusform>Private, but included in this full export (%n):</numerusform>
            <numerusform>Private, but included in this full export (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>(in the private area %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jekyll or Hugo post (front matter: title, date, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain CommonMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velog or Tistory editor (images as links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Markdown, or the HTML article without its page, to paste into a blog editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the article as HTML: paste it into the blog editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the Markdown: paste it into the blog editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ExportPartsPanel</name>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts in export order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the year&apos;s parts back in the default order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section&apos;s heading is renamed in the Review tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or make a profile to rename headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading in the profile %1 (empty: &quot;%2&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new export profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Headin&amp;g...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the export profile “%1” and its headings? The year&apos;s order of parts stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ExportProfileRepository</name>
    <message>
        <source>The export profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section keeps its own heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::Exporter</name>
    <message>
        <source>A PDF is not text; write it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalCommands</name>
    <message>
        <source>Check Off Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Done Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Off Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalDetailsPanel</name>
    <message>
        <source>Check off once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count toward a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal to see its steps, count and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (the post, the slides…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step to reorder the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalEditorDialog</name>
    <message>
        <source>New Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Study LLMs and blog about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check off once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count toward a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalEvidenceBox</name>
    <message>
        <source>Made for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is the number of outputs and events linked here; reaching the target completes the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs and events linked to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output or event to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %n Output(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Link %n Output to &quot;%1&quot;</numerusform>
            <numerusform>Link %n Outputs to &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::GoalReportCard</name>
    <message>
        <source>Goals at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals set for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s goals by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a goal on the Goals tab; Space checks off a goal with a box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalReportModel</name>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalRepository</name>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted goal needs a target of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored goal can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a counted goal has a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal that is done is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was already carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a dropped goal before carrying it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal of %1 can only be carried into a later year, not into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carried goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was not carried over from an earlier year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dropped goal cannot be checked off; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was carried to the next year; check it off there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The done date is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The done date cannot be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a goal that is done has a done date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal of %1 cannot be done before %1 began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal counts its evidence: link or unlink outputs and events instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a counted goal can count its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalsModel</name>
    <message>
        <source>Open</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <comment>goal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried %1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the goals not done: carry them over, drop them or leave them open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal (Ctrl+G). Pasting several lines adds one goal per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried Again and Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show goals that keep being carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals that keep being carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals carried over %1 or more years, across all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal has been carried %1 or more years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the goal out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::HtmlPost</name>
    <message>
        <source>the page nests its elements more deeply than any web page; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be read as HTML.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportBatch</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 already exists in the database. Choose to merge into it, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 could not be read to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportDialog</name>
    <message>
        <source>Section (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in Tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown post, a Hoego JSON file or a RedNotebook journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedNotebook journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to years that already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RedNotebook Journal Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospectives (*.md *.markdown *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1: choose what each heading becomes, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &quot;%1&quot; becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes (radar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (what I made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each year gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each year gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportResult</name>
    <message>
        <source>years created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportYears</name>
    <message>
        <source>goals %1 (%2 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-line summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::IncomingFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Hoego database nor a post, export or journal Hoego imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: one database at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: this database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did this year teach you? Type below, or paste a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an unfinished item and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left for next year? Type below, or paste a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and unfinished items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MainWindow</name>
    <message>
        <source>%1 — Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Find in All Years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its events, sections, lessons, unfinished items, goals, themes and answers? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MarkdownImport</name>
    <message>
        <source>no year found in the title (&quot;%1&quot;). Give the year, e.g. with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MonthLineChart</name>
    <message>
        <source>Completions over the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NoteCommand</name>
    <message>
        <source>Add Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NoteListPanel</name>
    <message>
        <source>Linked to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Lesson(s)</source>
        <translation>
            <numerusform>Paste %n Lesson</numerusform>
            <numerusform>Paste %n Lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Unfinished Item(s)</source>
        <translation>
            <numerusform>Paste %n Unfinished Item</numerusform>
            <numerusform>Paste %n Unfinished Items</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this year to link to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the lesson out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the item out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NoteStore</name>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NotesModel</name>
    <message>
        <source>Linked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputCommands</name>
    <message>
        <source>Add Output &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Output &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Output &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the Evidence of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Counting the Evidence of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputEditor</name>
    <message>
        <source>Add Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %1-03 or %1-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conference, a blog, a publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputKindChart</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a kind of output: 2 posts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputRepository</name>
    <message>
        <source>The output&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s kind is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored output can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputsModel</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputsPage</name>
    <message>
        <source>&amp;Add Output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an output onto a goal on the Goals tab to make it evidence; Ctrl+V pastes lines or links as outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n output(s)</source>
        <translation>
            <numerusform>%1: %n output</numerusform>
            <numerusform>%1: %n outputs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet: add a post, a talk or a release, or paste links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Output(s)</source>
        <translation>
            <numerusform>Paste %n Output</numerusform>
            <numerusform>Paste %n Outputs</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the output out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OutputsProgressView</name>
    <message numerus="yes">
        <source>%n output(s) in %1: %2</source>
        <translation>
            <numerusform>%n output in %1: %2</numerusform>
            <numerusform>%n outputs in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs per year by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded as made in %1 yet: add posts, talks and more on the Outputs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the year in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the year&apos;s goals done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words to close the year: what it meant, what you take with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n unfinished</numerusform>
            <numerusform>%n unfinished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals set for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PdfExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which need the graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PlanModel</name>
    <message numerus="yes">
        <source>Carried %n time(s), since %1</source>
        <translation>
            <numerusform>Carried %n time, since %1</numerusform>
            <numerusform>Carried %n times, since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried at the close of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PlanView</name>
    <message numerus="yes">
        <source>%n goal(s) planned for %1</source>
        <translation>
            <numerusform>%n goal planned for %1</numerusform>
            <numerusform>%n goals planned for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set for the year</source>
        <translation>
            <numerusform>%n set for the year</numerusform>
            <numerusform>%n set for the year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried from earlier years</source>
        <translation>
            <numerusform>%n carried from earlier years</numerusform>
            <numerusform>%n carried from earlier years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them again and again)</source>
        <translation>
            <numerusform>(%n of them again and again)</numerusform>
            <numerusform>(%n of them again and again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) with evidence: %1.</source>
        <translation>
            <numerusform>%n goal with evidence: %1.</numerusform>
            <numerusform>%n goals with evidence: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s goals: planned against what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each goal its evidence. Enter opens a goal on the Goals tab and an output&apos;s link in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals planned for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 set for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after you restart Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another Hoego database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Database To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this database file to another folder (not one a sync service such as Dropbox or Syncthing manages: keep backups or exports there instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Hoego database on a PostgreSQL server, shared by several computers or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PrivateToggle</name>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these charts as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;n against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What I made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::PublicView</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::QuestionCommands</name>
    <message>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::QuestionRepository</name>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored question can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is already asked in that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored answer can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::QuestionsPage</name>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question to ask yourself (e.g. What should I learn?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected question out of this year; its other years&apos; answers stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer this year (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask yourself a question for this year, or pick a suggested one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*(not answered)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the answer out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RadarChart</name>
    <message>
        <source>Theme radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a theme to another ring, or choose it with Left/Right and move it with Up/Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes in this year yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Editing is turned off; you can still read, search and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RedNotebookImport</name>
    <message>
        <source>no RedNotebook month files (YYYY-MM.txt) in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is not YYYY-MM.txt, so its month is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month Hoego can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of days ({day: {text: ...}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day must be a map with &quot;text&quot; and categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The database as it is now is saved as a backup first, so restoring can be undone by restoring that one.

Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year has no sections yet.
Add one with + or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, **bold**, - lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the section out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section was also changed on another computer while you were writing. Your text was saved over it; Undo brings the other text back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RingChart</name>
    <message>
        <source>Goals done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals done of all goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RowVersion</name>
    <message>
        <source>%1 was changed on another computer after you opened it, so your edit was not saved. The window now shows the other change, and the editor opens again with what you typed: save it over that change, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not undone or redone: someone else changed the same item on the server after you, and it would put back what they changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another computer after this window showed it, so your change was not saved. The window now shows the other change; make yours again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SafeFile</name>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a socket); Hoego reads only regular files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a socket); Hoego does not write over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::Sample</name>
    <message>
        <source>The built-in sample is missing from this build of Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample contains the year %1, which already exists in this database. Nothing was changed; open the sample in a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SearchDialog</name>
    <message>
        <source>Search All Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events, sections, lessons and goals of every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::SearchResultsModel</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>year · kind (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SectionCommand</name>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SectionRepository</name>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SectionsModel</name>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ServerDatabase</name>
    <message>
        <source>This build of Hoego has no PostgreSQL schema for version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the login: %2
Hoego reads passwords from ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Hoego&apos;s. Hoego sets up only an empty database; nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up by a newer Hoego (version %2); this one knows versions up to %3. Update Hoego to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up version %1 on the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 is still out of reach: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a server address: %2 (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego does not pass &quot;%1&quot; to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SetPrivateCommand</name>
    <message>
        <source>Mark Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::StartingAreas</name>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemeCommands</name>
    <message>
        <source>Add Theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemeHistoryModel</name>
    <message>
        <source>Linked goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemeRepository</name>
    <message>
        <source>A theme named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored theme can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme is already in that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored theme&apos;s year can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme is already linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemeStateDelegate</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemeStates</name>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed it and am watching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried it on something real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it as a matter of course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it aside for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ThemesPage</name>
    <message>
        <source>&amp;Add Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A technology, field or interest (e.g. RAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected theme out of this year (Delete); its other years stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected theme to this year&apos;s goals, events and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Radar As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the theme, for every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Theme State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Theme Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry %1&apos;s Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry Last Year&apos;s Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add last year&apos;s themes to this year with their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 followed %n theme(s). Carry them into this year with their states?</source>
        <translation>
            <numerusform>%1 followed %n theme. Carry them into this year with their states?</numerusform>
            <numerusform>%1 followed %n themes. Carry them into this year with their states?</numerusform>
        </translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the theme&apos;s year out of public exports (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::WidgetImage</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::WorkerConnection</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearBarChart</name>
    <message>
        <source>No years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearCommands</name>
    <message>
        <source>Edit Year Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Year Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Closing Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearListModel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearListView</name>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearPage</name>
    <message>
        <source>Year page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons &amp;&amp; Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearRepository</name>
    <message>
        <source>The year&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored year can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearThemesModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearTimeline</name>
    <message>
        <source>Timeline of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year, oldest first; choose one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 (after the last year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 (before the first year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Year…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearTimelineDelegate</name>
    <message>
        <source>99 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::YearTimelineModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1, %n event</numerusform>
            <numerusform>%1, %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::backup</name>
    <message>
        <source>Cannot open %1 to flush it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written, but older backups could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a write-ahead log that cannot be read here (%2), so restoring it would lose what is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 beside the database; nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::bigrams</name>
    <message>
        <source>The database driver is not SQLite; search cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open; search cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all years; prints year, kind and title per match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a goal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the backup file to restore; usage: restore BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (default: the backups folder beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with BACKUP after saving the current one as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Markdown retrospective, a Hoego JSON export or a RedNotebook journal; prints what it added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use md, html, pdf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the year to export with --year N (only json exports every year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file or folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use md, json or rednotebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 is %2; reopen it in Hoego before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; usage: hoego %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument is missing; usage: hoego %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument is empty; usage: hoego %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor a file. Run hoego --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: it is neither a Hoego database (.hoego, .sqlite) nor a file Hoego imports (.md, .txt, .html, .json or a RedNotebook folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second database; open one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a year&apos;s goals (default: the latest year with goals): id, status, progress and title; --summary counts them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a goal off, uncheck it, set a counted goal&apos;s count, or list the outputs and events linked to it as evidence, link an output or unlink it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what was made (posts, talks, books...): id, year, date, kind, title and link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an output to a year, optionally as evidence for a goal; change an output&apos;s fields; remove an output and its evidence links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the themes followed across years and their radar state per year; with --year, that year&apos;s themes, states and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the questions asked across years with each year&apos;s answer; with --year, that year&apos;s questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hoego goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N | goal evidence ID [--add OUTPUT_ID | --remove OUTPUT_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a date that has come, as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post has no heading &quot;%1&quot; (see the parts with --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the year %2, %n part(s):</source>
        <translation>
            <numerusform>%1: the year %2, %n part:</numerusform>
            <numerusform>%1: the year %2, %n parts:</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map applies to Markdown posts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date in %1 (YYYY, YYYY-MM or YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give --title, --date, --link, --kind or --venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an output id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 is not evidence for goal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --link or --no-link, and either --venue or --no-venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hoego output add --year N --kind K --title T [--date D] [--link URL] [--venue V] [--goal ID] | output edit ID [--title T] [--date D] [--link URL | --no-link] [--kind K] [--venue V | --no-venue] | output remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flavour &quot;%1&quot;; use static-site, commonmark or blog-editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-front-matter is the commonmark flavour; give one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a year summary (text formats to stdout without --output; json without --year exports every year; headings in the database&apos;s language without --lang, renamed by an export profile with --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export profile &quot;%1&quot;; the database has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export profile &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoego [--db PATH] [--lang ko|en] [FILE... | COMMAND ...]

Hoego keeps your yearly retrospectives and goals. Without a command it opens the window, or brings the Hoego that already has the database open to the front.
FILE is a database to open (.hoego, .sqlite) or a post, export or journal to import (.md, .txt, .html, .json, a RedNotebook folder); the window shows the import&apos;s preview.

Options:
  --db PATH      use this database file, or a server database (postgresql://user@host:port/name),
                 instead of the default
  --lang CODE    user interface language (ko or en)
  --help         show this help
  --version      show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole database into an empty one: files and server addresses (postgresql://user@host:port/database) alike, in either direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both databases; usage: copy --from SOURCE --to TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 years (%2 rows) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes &quot;HEADING=KIND&quot; with KIND one of section, events, tech-events, themes, questions, lessons, unfinished, goals (or goals:YEAR), closing-note, summary, outputs, skip (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::databasefile</name>
    <message>
        <source>Cannot create the lock file for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Hoego (process %2). Close it there, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Hoego. Close it there, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Hoego (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Hoego. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Hoego cannot open it. Free some space and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a file; Hoego did not open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::jsonformat</name>
    <message>
        <source>not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Hoego export (&quot;format&quot; is not &quot;hoego&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a format version (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file uses format version %1; this Hoego reads up to version %2. Use a newer Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice or is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence needs exactly one of &quot;output&quot; or &quot;event&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme state &quot;%1&quot; (assess, trial, adopt or hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme link needs exactly one of &quot;goal&quot;, &quot;event&quot; or &quot;section&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown goal kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown goal status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count or target is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to id %1, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal cannot be carried from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goals are carried from each other in a loop (ids %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal can only be carried from a goal of an earlier year; goal %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a part: events, outputs, themes, section, questions, lessons, unfinished, goals, next-goals or closing-note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::openWithRecovery</name>
    <message>
        <source>Open a Hoego Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ordering</name>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::outputkinds</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::privacy</name>
    <message>
        <source>The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::progress::CountsText</name>
    <message>
        <source>No goals counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::sql</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the change was not saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::syncfolder</name>
    <message>
        <source>%1 is in a folder that %2 syncs. A sync service copies a database that is open (with its -wal, -shm and .lock files) half-way or as conflict copies, and edits can be lost. Keep the database in a folder that is not synced (Preferences &gt; Database &gt; Move), and put backups or exports in the synced folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::textfile</name>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::textitems</name>
    <message>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored item can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::validation</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break or control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between %1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must start with http, https, mailto or file (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invalid character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
