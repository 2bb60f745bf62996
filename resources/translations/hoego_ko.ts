<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>QMainWindow</name>
    <message>
        <source>Hoego</source>
        <translation>Hoego</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 것</translation>
    </message>
</context>
<context>
    <name>hoego::AboutDialog</name>
    <message>
        <source>About Hoego</source>
        <translation>Hoego 정보</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>Hoego</translation>
    </message>
    <message>
        <source>Look back on your year and set goals for the next one.</source>
        <translation>한 해를 돌아보고 다음 해의 목표를 세웁니다.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>라이선스:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU 일반 공중 사용 허가서 버전 3 이상 (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt 버전:</translation>
    </message>
</context>
<context>
    <name>hoego::AreaBarChart</name>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>No goals</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>Goals done by area</source>
        <translation>영역별 완료한 목표</translation>
    </message>
</context>
<context>
    <name>hoego::AreaCommand</name>
    <message>
        <source>Add Area “%1”</source>
        <translation>영역 “%1” 추가</translation>
    </message>
    <message>
        <source>Rename Area “%1”</source>
        <translation>영역 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>“%1”의 색 바꾸기</translation>
    </message>
    <message>
        <source>Remove Area “%1”</source>
        <translation>영역 “%1” 삭제</translation>
    </message>
    <message>
        <source>Move Area “%1”</source>
        <translation>영역 “%1” 옮기기</translation>
    </message>
</context>
<context>
    <name>hoego::AreaRepository</name>
    <message>
        <source>The area&apos;s name</source>
        <translation>영역 이름</translation>
    </message>
    <message>
        <source>The areas</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Only a stored area can be restored.</source>
        <translation>저장된 영역만 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The area&apos;s colour is not valid.</source>
        <translation>영역 색이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>An area named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; 영역이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::AreaYearsChart</name>
    <message>
        <source>Completion rate by area over the years</source>
        <translation>영역별 달성률 추이</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>연도 없음</translation>
    </message>
    <message>
        <source>No goals counted</source>
        <translation>셀 목표 없음</translation>
    </message>
</context>
<context>
    <name>hoego::AreasDialog</name>
    <message>
        <source>Areas</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>삭제(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Events and goals belong to these areas. Double-click or press F2 to rename.</source>
        <translation>사건과 목표는 이 영역들로 나뉩니다. 이름을 바꾸려면 두 번 클릭하거나 F2를 누르세요.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1의 색</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>새 영역</translation>
    </message>
    <message>
        <source>New area %1</source>
        <translation>새 영역 %1</translation>
    </message>
    <message>
        <source>Removed “%1”. Its events and goals have no area now; Undo (Ctrl+Z) gives it back.</source>
        <translation>“%1”을 삭제했습니다. 그 영역의 사건과 목표는 이제 영역이 없습니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>비공개(&amp;P)</translation>
    </message>
    <message>
        <source>Leave the area and everything in it out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 영역과 영역에 속한 모든 것을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>hoego::AreasModel</name>
    <message>
        <source>Private: left out of public exports with everything in it</source>
        <translation>비공개: 영역에 속한 모든 것과 함께 공개용 내보내기에서 빠집니다</translation>
    </message>
    <message>
        <source>private</source>
        <translation>비공개</translation>
    </message>
</context>
<context>
    <name>hoego::BackupListModel</name>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
</context>
<context>
    <name>hoego::BackupView</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
</context>
<context>
    <name>hoego::BuiltinQuestions</name>
    <message>
        <source>What was the best moment of the year?</source>
        <translation>올해 가장 좋았던 순간은?</translation>
    </message>
    <message>
        <source>What am I proudest of this year?</source>
        <translation>올해 가장 뿌듯한 일은?</translation>
    </message>
    <message>
        <source>What drained my energy?</source>
        <translation>무엇이 에너지를 빼앗았나?</translation>
    </message>
    <message>
        <source>What gave me energy?</source>
        <translation>무엇이 힘이 되었나?</translation>
    </message>
    <message>
        <source>What should I stop doing?</source>
        <translation>무엇을 그만해야 할까?</translation>
    </message>
    <message>
        <source>What should I keep doing?</source>
        <translation>무엇을 계속해야 할까?</translation>
    </message>
    <message>
        <source>Who helped me, and did I thank them?</source>
        <translation>누가 나를 도왔고, 고맙다고 말했나?</translation>
    </message>
    <message>
        <source>What should I learn next?</source>
        <translation>다음에는 무엇을 배워야 할까?</translation>
    </message>
    <message>
        <source>How did I split my time, and how do I want to?</source>
        <translation>시간을 어떻게 나눠 썼고, 어떻게 나누고 싶은가?</translation>
    </message>
    <message>
        <source>What did I change my mind about?</source>
        <translation>생각이 바뀐 것은 무엇인가?</translation>
    </message>
    <message>
        <source>What was the hardest thing, and how did I get through it?</source>
        <translation>가장 힘들었던 일은 무엇이고, 어떻게 지나왔나?</translation>
    </message>
    <message>
        <source>What one word sums up the year?</source>
        <translation>올해를 한 단어로 말하면?</translation>
    </message>
</context>
<context>
    <name>hoego::CloseYearDialog</name>
    <message>
        <source>Close the Year %1</source>
        <translation>%1년 마무리</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Goal not done</source>
        <translation>못 이룬 목표</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>&amp;Carry it to %1</source>
        <translation>%1년으로 이월(&amp;C)</translation>
    </message>
    <message>
        <source>Carry to the next year</source>
        <translation>다음 해로 이월</translation>
    </message>
    <message>
        <source>&amp;Drop it</source>
        <translation>포기(&amp;D)</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>&amp;Leave it open</source>
        <translation>그대로 두기(&amp;L)</translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Reason for dropping</source>
        <translation>포기한 이유</translation>
    </message>
    <message>
        <source>Why? (kept with the goal)</source>
        <translation>이유는? (목표와 함께 저장됩니다)</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>A lesson from this year…</source>
        <translation>올해 얻은 교훈…</translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation>교훈 추가</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>교훈 추가</translation>
    </message>
    <message>
        <source>Unfinished item</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>Something left unfinished…</source>
        <translation>못다 한 일…</translation>
    </message>
    <message>
        <source>Add Unfinished</source>
        <translation>못다 한 일 추가</translation>
    </message>
    <message>
        <source>Add unfinished item</source>
        <translation>못다 한 일 추가</translation>
    </message>
    <message>
        <source>Added lessons and items</source>
        <translation>추가한 교훈과 못다 한 일</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>교훈:</translation>
    </message>
    <message>
        <source>Unfinished:</source>
        <translation>못다 한 일:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마침</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Every goal of this year is done or decided. Add lessons or unfinished items, then finish.</source>
        <translation>올해 목표를 모두 이루었거나 정리했습니다. 교훈이나 못다 한 일을 적고 마치세요.</translation>
    </message>
    <message>
        <source>Goal %1 of %2</source>
        <translation>목표 %1/%2</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>진행률: %1</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>교훈: %1</translation>
    </message>
    <message>
        <source>Unfinished: %1</source>
        <translation>못다 한 일: %1</translation>
    </message>
</context>
<context>
    <name>hoego::DailyBackup</name>
    <message>
        <source>Hoego could not check the database in the background, so it took no backup today: %1</source>
        <translation>Hoego가 백그라운드에서 데이터베이스를 검사하지 못해 오늘 백업을 만들지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1에 백업했습니다</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written. Your work is saved as usual.

%1</source>
        <translation>오늘의 백업을 쓰지 못했습니다. 작업 내용은 평소처럼 저장됩니다.

%1</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>Hoego</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>손상된 데이터베이스</translation>
    </message>
    <message>
        <source>%1

Close Hoego and open a backup (File &gt; Restore from Backup).</source>
        <translation>%1

Hoego를 닫고 백업을 여세요 (파일 &gt; 백업에서 복원).</translation>
    </message>
</context>
<context>
    <name>hoego::DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>The database is open in another Hoego</source>
        <translation>데이터베이스가 다른 Hoego에서 열려 있습니다</translation>
    </message>
    <message>
        <source>The database is from a newer Hoego</source>
        <translation>더 새로운 Hoego의 데이터베이스입니다</translation>
    </message>
    <message>
        <source>Hoego cannot open the database</source>
        <translation>Hoego에서 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Hoego did not change, move or delete %1.</source>
        <translation>Hoego는 %1을 바꾸거나 옮기거나 지우지 않았습니다.</translation>
    </message>
    <message>
        <source>You can open one of its backups instead (it is copied to a new file beside the database):</source>
        <translation>대신 백업 중 하나를 열 수 있습니다(데이터베이스 옆 새 파일로 복사됩니다):</translation>
    </message>
    <message>
        <source>There are no backups of this database.</source>
        <translation>이 데이터베이스의 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Switch to the Hoego that has it open, or try again once it is closed.</source>
        <translation>이 파일을 연 Hoego 창으로 가거나, 그 창을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>&amp;Open Selected Backup</source>
        <translation>선택한 백업 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>다른 파일 고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Hoego cannot reach the database server</source>
        <translation>Hoego가 데이터베이스 서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Check that the server is running, that the address is right and that ~/.pgpass holds the password, then try again.</source>
        <translation>서버가 실행 중인지, 주소가 맞는지, ~/.pgpass에 비밀번호가 있는지 확인한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation>데이터베이스 서버가 로그인을 거부했습니다</translation>
    </message>
    <message>
        <source>If the server wants a password that ~/.pgpass does not hold, type it and try again. Hoego uses it for this connection only and keeps it nowhere.</source>
        <translation>서버가 ~/.pgpass에 없는 비밀번호를 요구하면 입력한 뒤 다시 시도하세요. Hoego는 이 연결에만 쓰고 어디에도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>서버 비밀번호</translation>
    </message>
</context>
<context>
    <name>hoego::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이 없습니다.</translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation>요청에 따라 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>%1 폴더는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hoego (database version %2; this Hoego knows up to version %3). It was not changed; open it with a newer Hoego.</source>
        <translation>%1은 더 새로운 Hoego로 만든 파일입니다(데이터베이스 버전 %2, 이 Hoego는 버전 %3까지 압니다). 파일은 바꾸지 않았습니다. 새 버전의 Hoego로 여세요.</translation>
    </message>
    <message>
        <source>%1 is empty and read-only, so Hoego cannot set it up.</source>
        <translation>%1은 비어 있고 읽기 전용이라 Hoego가 준비할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 uses an older format (version %2) and is read-only, so it cannot be upgraded.</source>
        <translation>%1은 이전 형식(버전 %2)이고 읽기 전용이라 업그레이드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>데이터베이스를 버전 %1으로 업그레이드하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>%1 파일은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Hoego database.</source>
        <translation>%1은 빈 파일이며 Hoego 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (it may be damaged).</source>
        <translation>%1은 SQLite 데이터베이스가 아닙니다(손상되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 is truncated (it may be damaged).</source>
        <translation>%1이 잘려 있습니다(손상되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>Hoego could not back up the database before upgrading it: %1</source>
        <translation>업그레이드 전에 데이터베이스를 백업하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Hoego database. Hoego did not change it.</source>
        <translation>%1은 다른 프로그램의 SQLite 데이터베이스이며 Hoego 데이터베이스가 아닙니다. Hoego는 이 파일을 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot end the write test on %1.</source>
        <translation>%1의 쓰기 확인을 마칠 수 없습니다.</translation>
    </message>
    <message>
        <source>SQLite refuses changes to %1; check who owns %1-wal and %1-shm.</source>
        <translation>SQLite가 %1의 변경을 거부합니다. %1-wal과 %1-shm 파일의 소유자를 확인하세요.</translation>
    </message>
    <message>
        <source>Hoego did not change either file. To open the database as it was last saved without that log, move %1 somewhere else.</source>
        <translation>Hoego는 두 파일 모두 바꾸지 않았습니다. 로그 없이 마지막으로 저장된 상태로 열려면 %1을 다른 곳으로 옮기세요.</translation>
    </message>
    <message>
        <source>%1 has a write-ahead log (%2) that belongs to another database (page size %3, not %4).</source>
        <translation>%1 옆의 미리 쓰기 로그(%2)는 다른 데이터베이스의 것입니다(페이지 크기가 %4가 아니라 %3).</translation>
    </message>
    <message>
        <source>%1 has a write-ahead log (%2) that its last session did not leave (its shared-memory file is missing), so it may belong to another database.</source>
        <translation>%1 옆의 미리 쓰기 로그(%2)는 이 데이터베이스의 마지막 세션이 남긴 것이 아닙니다(공유 메모리 파일이 없음). 다른 데이터베이스의 로그일 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not set up for this Hoego, and a read-only connection cannot set it up.</source>
        <translation>%1에는 이 Hoego가 쓰는 구조가 없고, 읽기 전용 연결로는 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::DatabaseCopy</name>
    <message>
        <source>Cannot start reading the source</source>
        <translation>원본을 읽기 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The target already holds data; a copy goes only into an empty database, so two databases are never mixed.</source>
        <translation>대상에 이미 데이터가 있습니다. 두 데이터베이스가 섞이지 않도록 복사는 빈 데이터베이스에만 합니다.</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>테이블 %1 복사에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>원본과 대상이 같은 데이터베이스입니다.</translation>
    </message>
</context>
<context>
    <name>hoego::DatabaseSession</name>
    <message>
        <source>Imported Files</source>
        <translation>가져온 파일</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1이 이미 있습니다. 새 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>Hoego</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이 없습니다.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The database was moved, but the old file %1 could not be deleted. You can delete it yourself.</source>
        <translation>데이터베이스를 옮겼지만 이전 파일 %1을 지우지 못했습니다. 직접 지워도 됩니다.</translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation>Hoego 데이터베이스 (*.hoego *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>최근 데이터베이스 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>데이터베이스를 만들 수 없음</translation>
    </message>
    <message>
        <source>Cannot Move Database</source>
        <translation>데이터베이스를 옮길 수 없음</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Hoego</source>
        <translation>Hoego 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>백업을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Only a database file can be moved; a server database stays on its server.</source>
        <translation>옮길 수 있는 것은 데이터베이스 파일뿐입니다. 서버 데이터베이스는 서버에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>A server database is restored by its server&apos;s administrator, not from a backup file.</source>
        <translation>서버 데이터베이스는 백업 파일이 아니라 서버 관리자가 복원합니다.</translation>
    </message>
    <message>
        <source>Open Server Database</source>
        <translation>서버 데이터베이스 열기</translation>
    </message>
    <message>
        <source>The address of a PostgreSQL database, such as
postgresql://kim@db.example:5432/hoego
Passwords are read from ~/.pgpass. An empty database is set up for Hoego.</source>
        <translation>PostgreSQL 데이터베이스 주소를 입력하세요. 예:
postgresql://kim@db.example:5432/hoego
비밀번호는 ~/.pgpass에서 읽습니다. 빈 데이터베이스는 Hoego용으로 준비합니다.</translation>
    </message>
    <message>
        <source>Open &amp;Server Database…</source>
        <translation>서버 데이터베이스 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Move to a Server</source>
        <translation>서버로 옮기기</translation>
    </message>
    <message>
        <source>The address of an empty PostgreSQL database, such as
postgresql://kim@db.example:5432/hoego
Every year is copied there and Hoego goes on there; this file stays as it is now.</source>
        <translation>비어 있는 PostgreSQL 데이터베이스 주소를 입력하세요. 예:
postgresql://kim@db.example:5432/hoego
모든 연도를 그곳에 복사하고 Hoego는 그 서버에서 이어서 씁니다. 이 파일은 지금 모습 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Cannot Move to the Server</source>
        <translation>서버로 옮길 수 없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it starts with postgresql://.</source>
        <translation>&quot;%1&quot;: 서버 주소가 아닙니다. 서버 주소는 postgresql://로 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Move to a Server…</source>
        <translation>서버로 옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>서버 비밀번호</translation>
    </message>
    <message>
        <source>The server at %1 asks for a password.
Hoego uses it for this connection only and keeps it nowhere; to be asked no more, put it in ~/.pgpass.</source>
        <translation>%1 서버가 비밀번호를 요구합니다.
Hoego는 이 연결에만 쓰고 어디에도 남기지 않습니다. 다시 묻지 않게 하려면 ~/.pgpass에 넣으세요.</translation>
    </message>
</context>
<context>
    <name>hoego::DropGoalDialog</name>
    <message>
        <source>Drop Goal</source>
        <translation>목표 포기</translation>
    </message>
    <message>
        <source>Why are you dropping “%1”?</source>
        <translation>“%1”을 포기하는 이유는 무엇인가요?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>e.g. priorities changed</source>
        <translation>예: 우선순위가 바뀜</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>포기</translation>
    </message>
</context>
<context>
    <name>hoego::EmptyState</name>
    <message>
        <source>Looking back starts here</source>
        <translation>회고는 여기서 시작합니다</translation>
    </message>
    <message>
        <source>Add the year you want to look back on, or open a sample retrospective to see how events, sections, lessons and goals fit together.</source>
        <translation>돌아보고 싶은 연도를 추가하거나, 예시 회고를 열어 사건·섹션·교훈·목표가 어떻게 이어지는지 살펴보세요.</translation>
    </message>
    <message>
        <source>Add a Year</source>
        <translation>연도 추가</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>예시 열기</translation>
    </message>
</context>
<context>
    <name>hoego::EventCommands</name>
    <message>
        <source>Add Event “%1”</source>
        <translation>사건 “%1” 추가</translation>
    </message>
    <message>
        <source>Edit Event “%1”</source>
        <translation>사건 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Event “%1”</source>
        <translation>사건 “%1” 삭제</translation>
    </message>
    <message>
        <source>Move Event to %1</source>
        <translation>사건을 %1으로 옮기기</translation>
    </message>
</context>
<context>
    <name>hoego::EventDetails</name>
    <message>
        <source>Event details</source>
        <translation>사건 상세</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
    <message>
        <source>Choose an event on the timeline to read its notes here. Double-click a month or press **Ctrl+E** to add one.</source>
        <translation>타임라인에서 사건을 고르면 여기에서 메모를 볼 수 있습니다. 달을 두 번 클릭하거나 **Ctrl+E**를 눌러 사건을 추가하세요.</translation>
    </message>
    <message>
        <source>*No notes.*</source>
        <translation>*메모 없음*</translation>
    </message>
</context>
<context>
    <name>hoego::EventEditor</name>
    <message>
        <source>Edit Event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>무슨 일이 있었나요?</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>날짜를 얼마나 정확히 아는지</translation>
    </message>
    <message>
        <source>Sometime in %1</source>
        <translation>%1년 중</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>어느 달</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>어느 날</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 이직, ml</source>
        <translation>쉼표로 구분, 예: 이직, ml</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notes in Markdown</source>
        <translation>마크다운 메모</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>언제(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>영역(&amp;A):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1에는 %2일이 없습니다.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation>비공개(&amp;P): 공개용 내보내기에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>hoego::EventRepository</name>
    <message>
        <source>A tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>The tag &quot;%1...&quot; is too long.</source>
        <translation>태그가 너무 깁니다: &quot;%1...&quot;</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>The event&apos;s title</source>
        <translation>사건 제목</translation>
    </message>
    <message>
        <source>The event&apos;s notes</source>
        <translation>사건 메모</translation>
    </message>
    <message>
        <source>The event&apos;s year</source>
        <translation>사건의 연도</translation>
    </message>
    <message>
        <source>The date %1 is not in %2.</source>
        <translation>날짜 %1은 %2년에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Only a stored event can be restored.</source>
        <translation>저장된 사건만 복원할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::EventTimelineView</name>
    <message>
        <source>Whole year</source>
        <translation>연중</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>월별 사건</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>월 단위</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>사건 없음</translation>
    </message>
    <message>
        <source>No events yet. Press Ctrl+E or double-click a month to add one.</source>
        <translation>아직 사건이 없습니다. Ctrl+E를 누르거나 달을 두 번 클릭해 추가하세요.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
</context>
<context>
    <name>hoego::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Show events of area</source>
        <translation>이 영역의 사건 보기</translation>
    </message>
    <message>
        <source>Show events with tag</source>
        <translation>이 태그의 사건 보기</translation>
    </message>
    <message>
        <source>Add Event…</source>
        <translation>사건 추가…</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>Add an event to the selected month (Ctrl+E)</source>
        <translation>선택한 달에 사건 추가 (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>영역(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>모든 영역</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Event(s)</source>
        <translation>
            <numerusform>사건 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>옮기기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add Event in %1…</source>
        <translation>%1에 사건 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>비공개(&amp;P)</translation>
    </message>
    <message>
        <source>Leave the event out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 사건을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>사건 편집</translation>
    </message>
</context>
<context>
    <name>hoego::EvidenceRepository</name>
    <message>
        <source>Evidence links a stored goal to a stored output or event.</source>
        <translation>근거는 저장된 목표와 저장된 만든 것이나 사건을 잇습니다.</translation>
    </message>
    <message>
        <source>It is already evidence for this goal.</source>
        <translation>이미 이 목표의 근거입니다.</translation>
    </message>
    <message>
        <source>The goal, output or event was not found.</source>
        <translation>목표, 만든 것 또는 사건을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation>저장된 연결만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>근거</translation>
    </message>
</context>
<context>
    <name>hoego::ExportDialog</name>
    <message>
        <source>Export Year</source>
        <translation>연도 내보내기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Markdown (blog post)</source>
        <translation>Markdown (블로그 글)</translation>
    </message>
    <message>
        <source>HTML (one web page)</source>
        <translation>HTML (웹 페이지 한 장)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>JSON (backup)</source>
        <translation>JSON (백업)</translation>
    </message>
    <message>
        <source>Heading language</source>
        <translation>제목 언어</translation>
    </message>
    <message>
        <source>Group events</source>
        <translation>사건 묶기</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>영역별</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Every year (a full backup)</source>
        <translation>모든 연도 (전체 백업)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>제목(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>사건(&amp;E):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행 상황</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>저장(&amp;S)...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 쓰는 중...</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;Public: leave out private items</source>
        <translation>공개용: 비공개 항목 빼기(&amp;P)</translation>
    </message>
    <message>
        <source>Public: leave out private items</source>
        <translation>공개용: 비공개 항목 빼기</translation>
    </message>
    <message>
        <source>Leaves out the items and areas marked private, and everything in a private area. Counts and progress are those of the public goals.</source>
        <translation>비공개로 표시한 항목과 영역, 비공개 영역에 속한 모든 것을 뺍니다. 개수와 진행률은 공개 목표만으로 셉니다.</translation>
    </message>
    <message>
        <source>Private items</source>
        <translation>비공개 항목</translation>
    </message>
    <message>
        <source>Nothing is private: the public export is the whole year.</source>
        <translation>비공개 항목이 없어 공개용도 한 해 전체를 담습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of this public export (%n):</source>
        <translation>
            <numerusform>공개용에서 빠지는 항목 (%n개):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is marked private.</source>
        <translation>비공개로 표시한 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Private, but included in this full export (%n):</source>
        <translation>
            <numerusform>비공개지만 전체 내보내기에는 들어가는 항목 (%n개):</numerusform>
        </translation>
    </message>
    <message>
        <source>(in the private area %1)</source>
        <translation>(비공개 영역 %1)</translation>
    </message>
    <message>
        <source>Markdown for</source>
        <translation>Markdown 용도</translation>
    </message>
    <message>
        <source>Jekyll or Hugo post (front matter: title, date, tags)</source>
        <translation>Jekyll·Hugo 글 (front matter: 제목, 날짜, 태그)</translation>
    </message>
    <message>
        <source>Plain CommonMark</source>
        <translation>일반 CommonMark</translation>
    </message>
    <message>
        <source>Velog or Tistory editor (images as links)</source>
        <translation>Velog·Tistory 편집기 (이미지는 링크로)</translation>
    </message>
    <message>
        <source>&amp;Markdown for:</source>
        <translation>Markdown 용도(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the Markdown, or the HTML article without its page, to paste into a blog editor</source>
        <translation>블로그 편집기에 붙여 넣을 수 있게 Markdown을, 또는 페이지 틀을 뺀 HTML 본문을 복사합니다</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>복사하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Copied the article as HTML: paste it into the blog editor.</source>
        <translation>본문을 HTML로 복사했습니다. 블로그 편집기에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Copied the Markdown: paste it into the blog editor.</source>
        <translation>Markdown을 복사했습니다. 블로그 편집기에 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>hoego::ExportPartsPanel</name>
    <message>
        <source>Export profile</source>
        <translation>내보내기 프로필</translation>
    </message>
    <message>
        <source>&amp;New Profile...</source>
        <translation>새 프로필(&amp;N)...</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Parts in export order</source>
        <translation>내보낼 순서대로 놓인 부분</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;Order</source>
        <translation>순서 되돌리기(&amp;O)</translation>
    </message>
    <message>
        <source>Put the year&apos;s parts back in the default order</source>
        <translation>이 해의 부분들을 기본 순서로 되돌립니다</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>프로필(&amp;R):</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>내보내기 프로필</translation>
    </message>
    <message>
        <source>Default headings</source>
        <translation>기본 제목</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>섹션: %1</translation>
    </message>
    <message>
        <source>The default heading</source>
        <translation>기본 제목입니다</translation>
    </message>
    <message>
        <source>Renamed from &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에서 바꾼 제목입니다</translation>
    </message>
    <message>
        <source>A section&apos;s heading is renamed in the Review tab</source>
        <translation>섹션 제목은 회고 글 탭에서 바꿉니다</translation>
    </message>
    <message>
        <source>Choose or make a profile to rename headings</source>
        <translation>제목을 바꾸려면 프로필을 고르거나 새로 만드세요</translation>
    </message>
    <message>
        <source>Heading in the profile %1 (empty: &quot;%2&quot;):</source>
        <translation>프로필 %1에서 쓸 제목 (비우면 &quot;%2&quot;):</translation>
    </message>
    <message>
        <source>Name of the new export profile:</source>
        <translation>새 내보내기 프로필의 이름:</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Rename Headin&amp;g...</source>
        <translation>제목 바꾸기(&amp;G)...</translation>
    </message>
    <message>
        <source>Par&amp;ts:</source>
        <translation>부분(&amp;T):</translation>
    </message>
    <message>
        <source>Delete the export profile “%1” and its headings? The year&apos;s order of parts stays.</source>
        <translation>내보내기 프로필 “%1”에 담긴 제목들과 함께 이 프로필을 지울까요? 한 해의 부분 순서는 그대로 남습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::ExportProfileRepository</name>
    <message>
        <source>The export profile &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 내보내기 프로필</translation>
    </message>
    <message>
        <source>The profile&apos;s name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>A section keeps its own heading.</source>
        <translation>섹션은 자기 제목을 그대로 씁니다.</translation>
    </message>
    <message>
        <source>The heading</source>
        <translation>제목</translation>
    </message>
</context>
<context>
    <name>hoego::Exporter</name>
    <message>
        <source>A PDF is not text; write it to a file.</source>
        <translation>PDF는 텍스트가 아닙니다. 파일로 쓰세요.</translation>
    </message>
    <message>
        <source>Choose the year to export.</source>
        <translation>내보낼 연도를 고르세요.</translation>
    </message>
</context>
<context>
    <name>hoego::GoalCommands</name>
    <message>
        <source>Change Done Date</source>
        <translation>완료 날짜 바꾸기</translation>
    </message>
    <message>
        <source>Check Off Goal</source>
        <translation>목표 완료</translation>
    </message>
    <message>
        <source>Uncheck Goal</source>
        <translation>목표 완료 취소</translation>
    </message>
    <message>
        <source>Change Count</source>
        <translation>횟수 바꾸기</translation>
    </message>
    <message>
        <source>Check Off Milestone</source>
        <translation>단계 완료</translation>
    </message>
    <message>
        <source>Uncheck Milestone</source>
        <translation>단계 완료 취소</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>단계 제거</translation>
    </message>
    <message>
        <source>Move Milestone</source>
        <translation>단계 옮기기</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>링크 추가</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>링크 제거</translation>
    </message>
    <message>
        <source>Drop Goal</source>
        <translation>목표 포기</translation>
    </message>
    <message>
        <source>Reopen Goal</source>
        <translation>목표 다시 열기</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>목표 편집</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>목표 추가</translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation>목표 삭제</translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation>목표 옮기기</translation>
    </message>
</context>
<context>
    <name>hoego::GoalDetailsPanel</name>
    <message>
        <source>Check off once</source>
        <translation>한 번에 완료</translation>
    </message>
    <message>
        <source>Count toward a target</source>
        <translation>목표치까지 세기</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Goal details</source>
        <translation>목표 상세</translation>
    </message>
    <message>
        <source>Select a goal to see its steps, count and links.</source>
        <translation>목표를 고르면 단계, 횟수, 링크를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>포기…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>단계 추가…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>근거 링크</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>링크 이름</translation>
    </message>
    <message>
        <source>Label (the post, the slides…)</source>
        <translation>이름 (글, 발표 자료…)</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>링크 주소</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1에 완료</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>포기함: %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Drag a step to reorder the checklist</source>
        <translation>단계를 끌어 순서를 바꾸세요</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>완료한 날</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>완료한 날(&amp;D)</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>테마: %1</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>목표 편집</translation>
    </message>
</context>
<context>
    <name>hoego::GoalEditorDialog</name>
    <message>
        <source>New Goal</source>
        <translation>새 목표</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>e.g. Study LLMs and blog about it</source>
        <translation>예: LLM 공부하고 블로그에 쓰기</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Check off once</source>
        <translation>한 번에 완료</translation>
    </message>
    <message>
        <source>Count toward a target</source>
        <translation>목표치까지 세기</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표치</translation>
    </message>
    <message>
        <source>Milestones, one per line</source>
        <translation>단계, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>영역(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>목표치(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>단계(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>목표 편집</translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation>비공개(&amp;P): 공개용 내보내기에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>hoego::GoalEvidenceBox</name>
    <message>
        <source>Made for this goal</source>
        <translation>이 목표를 위해 만든 것</translation>
    </message>
    <message>
        <source>&amp;Count its evidence</source>
        <translation>근거 개수로 세기(&amp;C)</translation>
    </message>
    <message>
        <source>The count is the number of outputs and events linked here; reaching the target completes the goal</source>
        <translation>여기 이어진 만든 것과 사건의 수가 횟수가 됩니다. 목표치에 닿으면 목표가 완료됩니다</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>잇기</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>끊기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Outputs and events linked to the goal</source>
        <translation>목표에 이어진 만든 것과 사건</translation>
    </message>
    <message>
        <source>Output or event to link</source>
        <translation>이을 만든 것이나 사건</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Output(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot;에 만든 것 %n개 잇기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::GoalReportCard</name>
    <message>
        <source>Goals at a glance</source>
        <translation>목표 한눈에 보기</translation>
    </message>
    <message>
        <source>No goals set for this year yet.</source>
        <translation>이 해에 세운 목표가 아직 없습니다.</translation>
    </message>
    <message>
        <source>The year&apos;s goals by area</source>
        <translation>영역별 이 해의 목표</translation>
    </message>
    <message>
        <source>Enter opens a goal on the Goals tab; Space checks off a goal with a box.</source>
        <translation>Enter를 누르면 목표 탭에서 그 목표를 엽니다. 체크 상자가 있는 목표는 Space로 완료 표시합니다.</translation>
    </message>
</context>
<context>
    <name>hoego::GoalReportModel</name>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>포기: %1</translation>
    </message>
    <message>
        <source>Carried over to %1</source>
        <translation>%1년으로 이월</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>이월</translation>
    </message>
    <message>
        <source>%1 of %2 milestones</source>
        <translation>단계 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
</context>
<context>
    <name>hoego::GoalRepository</name>
    <message>
        <source>The goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>The goal&apos;s title</source>
        <translation>목표 제목</translation>
    </message>
    <message>
        <source>The goal&apos;s notes</source>
        <translation>목표 메모</translation>
    </message>
    <message>
        <source>A counted goal needs a target of at least 1.</source>
        <translation>횟수를 세는 목표는 목표치가 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>목표치</translation>
    </message>
    <message>
        <source>A milestone&apos;s title</source>
        <translation>단계 제목</translation>
    </message>
    <message>
        <source>A link&apos;s label</source>
        <translation>링크 이름</translation>
    </message>
    <message>
        <source>Only a stored goal can be restored.</source>
        <translation>저장된 목표만 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Only a counted goal has a count.</source>
        <translation>횟수를 세는 목표만 횟수가 있습니다.</translation>
    </message>
    <message>
        <source>The milestone</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>A goal that is done is not carried over.</source>
        <translation>이룬 목표는 이월하지 않습니다.</translation>
    </message>
    <message>
        <source>This goal was already carried over.</source>
        <translation>이 목표는 이미 이월했습니다.</translation>
    </message>
    <message>
        <source>Reopen a dropped goal before carrying it over.</source>
        <translation>포기한 목표는 다시 연 다음 이월하세요.</translation>
    </message>
    <message>
        <source>The goal&apos;s year</source>
        <translation>목표의 연도</translation>
    </message>
    <message>
        <source>A goal of %1 can only be carried into a later year, not into %2.</source>
        <translation>%1년 목표는 그 뒤의 연도로만 이월할 수 있으며 %2년으로는 안 됩니다.</translation>
    </message>
    <message>
        <source>The carried goal</source>
        <translation>이월한 목표</translation>
    </message>
    <message>
        <source>This goal was not carried over from an earlier year.</source>
        <translation>이 목표는 이전 연도에서 이월한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The goal was not found.</source>
        <translation>목표를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>A dropped goal cannot be checked off; reopen it first.</source>
        <translation>포기한 목표는 완료로 표시할 수 없습니다. 먼저 다시 여세요.</translation>
    </message>
    <message>
        <source>This goal was carried to the next year; check it off there.</source>
        <translation>이 목표는 다음 해로 이월되었습니다. 그 해에서 완료로 표시하세요.</translation>
    </message>
    <message>
        <source>The done date is not a date.</source>
        <translation>완료 날짜가 올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>The done date cannot be later than today.</source>
        <translation>완료 날짜는 오늘보다 늦을 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a goal that is done has a done date.</source>
        <translation>완료한 목표에만 완료 날짜가 있습니다.</translation>
    </message>
    <message>
        <source>A goal of %1 cannot be done before %1 began.</source>
        <translation>%1년 목표는 %1년이 시작되기 전에 완료할 수 없습니다.</translation>
    </message>
    <message>
        <source>This goal counts its evidence: link or unlink outputs and events instead.</source>
        <translation>이 목표는 근거를 셉니다. 횟수를 입력하는 대신 만든 것과 사건을 잇거나 끊으세요.</translation>
    </message>
    <message>
        <source>Only a counted goal can count its evidence.</source>
        <translation>횟수 목표만 근거를 셀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::GoalsModel</name>
    <message>
        <source>Open</source>
        <comment>goal status</comment>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>goal status</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation>포기</translation>
    </message>
    <message>
        <source>Carried over</source>
        <comment>goal status</comment>
        <translation>이월</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1에 완료</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>포기함: %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>carried 1 year</source>
        <translation>1년 이월</translation>
    </message>
    <message>
        <source>carried %1 years</source>
        <translation>%1년 이월</translation>
    </message>
</context>
<context>
    <name>hoego::GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Goals done</source>
        <translation>이룬 목표</translation>
    </message>
    <message>
        <source>Close the Year…</source>
        <translation>한 해 마무리…</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>한 해 마무리</translation>
    </message>
    <message>
        <source>Walk through the goals not done: carry them over, drop them or leave them open</source>
        <translation>못 이룬 목표를 하나씩 살펴봅니다: 이월, 포기 또는 그대로 두기</translation>
    </message>
    <message>
        <source>+ Add Goal</source>
        <translation>+ 목표 추가</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>목표 추가</translation>
    </message>
    <message>
        <source>Add a goal (Ctrl+G). Pasting several lines adds one goal per line.</source>
        <translation>목표 추가 (Ctrl+G). 여러 줄을 붙여 넣으면 한 줄에 목표 하나씩 추가됩니다.</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>영역으로 거르기</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>상태로 거르기</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Board order</source>
        <translation>보드 순서</translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation>제목순</translation>
    </message>
    <message>
        <source>Sort by area</source>
        <translation>영역순</translation>
    </message>
    <message>
        <source>Sort by progress</source>
        <translation>진행률순</translation>
    </message>
    <message>
        <source>Sort by status</source>
        <translation>상태순</translation>
    </message>
    <message>
        <source>Carried Again and Again</source>
        <translation>거듭 이월한 목표</translation>
    </message>
    <message>
        <source>Show goals that keep being carried</source>
        <translation>계속 이월되는 목표 보기</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Goals that keep being carried</source>
        <translation>계속 이월되는 목표</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>이월</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>목표 추가</translation>
    </message>
    <message>
        <source>Paste Goals</source>
        <translation>목표 붙여넣기</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>모든 영역</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Goals for %1</source>
        <translation>%1년 목표</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>아직 목표가 없습니다</translation>
    </message>
    <message>
        <source>Close the Year</source>
        <translation>한 해 마무리</translation>
    </message>
    <message>
        <source>Goals carried over %1 or more years, across all years</source>
        <translation>모든 연도에서 %1년 이상 이월한 목표</translation>
    </message>
    <message>
        <source>No goal has been carried %1 or more years.</source>
        <translation>%1년 이상 이월한 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Paste Goal</source>
        <translation>목표 붙여넣기</translation>
    </message>
    <message>
        <source>Paste %1 Goals</source>
        <translation>목표 %1개 붙여넣기</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>비공개(&amp;P)</translation>
    </message>
    <message>
        <source>Leave the goal out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 목표를 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>hoego::HtmlPost</name>
    <message>
        <source>the page nests its elements more deeply than any web page; it is not read.</source>
        <translation>웹 페이지라기엔 요소가 너무 깊이 중첩되어 있어 읽지 않습니다.</translation>
    </message>
    <message>
        <source>the page could not be read as HTML.</source>
        <translation>이 페이지를 HTML로 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::ImportBatch</name>
    <message>
        <source>The year %1 could not be read to merge into it.</source>
        <translation>%1년을 읽지 못해 합칠 수 없습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The year %1 already exists in the database. Choose to merge into it, or remove it first.</source>
        <translation>%1년이 데이터베이스에 이미 있습니다. 합치기를 고르거나 먼저 그 연도를 지우세요.</translation>
    </message>
</context>
<context>
    <name>hoego::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>hoego::ImportDialog</name>
    <message>
        <source>What each year gets</source>
        <translation>연도별로 들어갈 내용</translation>
    </message>
    <message>
        <source>What each year gets:</source>
        <translation>연도별로 들어갈 내용:</translation>
    </message>
    <message>
        <source>Section (text)</source>
        <translation>섹션 (글)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Events in Tech</source>
        <translation>Tech 영역의 사건</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Unfinished items</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>마무리 글</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>가져올 파일이나 폴더</translation>
    </message>
    <message>
        <source>A Markdown post, a Hoego JSON file or a RedNotebook journal folder</source>
        <translation>Markdown 글, Hoego JSON 파일 또는 RedNotebook 일기 폴더</translation>
    </message>
    <message>
        <source>&amp;File...</source>
        <translation>파일(&amp;F)...</translation>
    </message>
    <message>
        <source>F&amp;older...</source>
        <translation>폴더(&amp;O)...</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Markdown retrospective</source>
        <translation>Markdown 회고</translation>
    </message>
    <message>
        <source>Hoego JSON</source>
        <translation>Hoego JSON</translation>
    </message>
    <message>
        <source>RedNotebook journal</source>
        <translation>RedNotebook 일기</translation>
    </message>
    <message>
        <source>Year of the post</source>
        <translation>글의 연도</translation>
    </message>
    <message>
        <source>From the title</source>
        <translation>제목에서</translation>
    </message>
    <message>
        <source>Add to years that already exist</source>
        <translation>이미 있는 연도에 더하기</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>가져올 것(&amp;I):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>추가될 내용</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행 상황</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>멈추기(&amp;S)</translation>
    </message>
    <message>
        <source>RedNotebook Journal Folder</source>
        <translation>RedNotebook 일기 폴더</translation>
    </message>
    <message>
        <source>Retrospectives (*.md *.markdown *.txt *.json);;All files (*)</source>
        <translation>회고 (*.md *.markdown *.txt *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The year %1: choose what each heading becomes, then import.</source>
        <translation>%1년: 제목마다 무엇이 될지 고른 다음 가져오세요.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 읽는 중...</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>What &quot;%1&quot; becomes</source>
        <translation>&quot;%1&quot;이 될 것</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>가져오는 중...</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>Ready to import. Nothing has been written yet.</source>
        <translation>가져올 준비가 되었습니다. 아직 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <source>Themes (radar)</source>
        <translation>테마 (레이더)</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>질문과 답</translation>
    </message>
    <message>
        <source>Outputs (what I made)</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>한 줄 요약</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>가져올 내용</translation>
    </message>
    <message>
        <source>Left out of the import</source>
        <translation>가져오기에서 빠진 것</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>빠진 것: %1</translation>
    </message>
</context>
<context>
    <name>hoego::ImportResult</name>
    <message>
        <source>years created</source>
        <translation>만든 연도</translation>
    </message>
    <message>
        <source>years merged</source>
        <translation>합친 연도</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>theme links</source>
        <translation>테마 연결</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>evidence links</source>
        <translation>근거 연결</translation>
    </message>
    <message>
        <source>(input)</source>
        <translation>(입력)</translation>
    </message>
</context>
<context>
    <name>hoego::ImportYears</name>
    <message>
        <source>goals %1 (%2 done)</source>
        <translation>목표 %1 (완료 %2)</translation>
    </message>
    <message>
        <source>one-line summary</source>
        <translation>한 줄 요약</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>마무리 글</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1년: %2</translation>
    </message>
    <message>
        <source>events %1</source>
        <translation>사건 %1</translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation>섹션 %1</translation>
    </message>
    <message>
        <source>lessons %1</source>
        <translation>교훈 %1</translation>
    </message>
    <message>
        <source>unfinished items %1</source>
        <translation>못다 한 일 %1</translation>
    </message>
    <message>
        <source>themes %1</source>
        <translation>테마 %1</translation>
    </message>
    <message>
        <source>questions %1</source>
        <translation>질문 %1</translation>
    </message>
    <message>
        <source>outputs %1</source>
        <translation>만든 것 %1</translation>
    </message>
</context>
<context>
    <name>hoego::IncomingFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is neither a Hoego database nor a post, export or journal Hoego imports.</source>
        <translation>%1 파일은 Hoego 데이터베이스도 아니고, Hoego가 가져올 수 있는 글, 내보낸 파일, 일기도 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was not opened: one database at a time.</source>
        <translation>%1 파일은 열지 않았습니다. 데이터베이스는 한 번에 하나만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 was not imported: this database is read-only.</source>
        <translation>%1 파일은 가져오지 않았습니다. 이 데이터베이스는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>열 수 없음</translation>
    </message>
</context>
<context>
    <name>hoego::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>hoego::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Add a lesson and press Enter</source>
        <translation>교훈을 적고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>What did this year teach you? Type below, or paste a list.</source>
        <translation>올해 무엇을 배웠나요? 아래에 적거나 목록을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>Add an unfinished item and press Enter</source>
        <translation>못다 한 일을 적고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>What is left for next year? Type below, or paste a list.</source>
        <translation>다음 해로 넘길 일은 무엇인가요? 아래에 적거나 목록을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Lessons and unfinished items</source>
        <translation>교훈과 못다 한 일</translation>
    </message>
</context>
<context>
    <name>hoego::MainWindow</name>
    <message>
        <source>%1 — Hoego</source>
        <translation>%1 — Hoego</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Add Year…</source>
        <translation>연도 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Year</source>
        <translation>연도 추가</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation>Hoego</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Year…</source>
        <translation>연도 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in All Years…</source>
        <translation>모든 연도에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Previous Year</source>
        <translation>이전 연도(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Year</source>
        <translation>다음 연도(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Year…</source>
        <translation>연도 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>사건(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>사건 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>사건 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>사건 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>보기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Year List</source>
        <translation>연도 목록(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;About Hoego</source>
        <translation>Hoego 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>%1 — %2 — Hoego</source>
        <translation>%1 — %2 — Hoego</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>&amp;Areas…</source>
        <translation>영역(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete %1 with its events, sections, lessons, unfinished items, goals, themes and answers? Edit &gt; Undo brings it back.</source>
        <translation>%1년을 사건, 회고 글, 교훈, 못다 한 일, 목표, 테마, 답과 함께 삭제할까요? 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::MarkdownImport</name>
    <message>
        <source>no year found in the title (&quot;%1&quot;). Give the year, e.g. with --year.</source>
        <translation>제목(&quot;%1&quot;)에서 연도를 찾지 못했습니다. --year 등으로 연도를 지정하세요.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>글 제목</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>The heading</source>
        <translation>소제목</translation>
    </message>
</context>
<context>
    <name>hoego::MonthLineChart</name>
    <message>
        <source>Completions over the months</source>
        <translation>월별 완료</translation>
    </message>
    <message>
        <source>Even pace</source>
        <translation>고른 속도</translation>
    </message>
    <message>
        <source>Goals done</source>
        <translation>이룬 목표</translation>
    </message>
</context>
<context>
    <name>hoego::NoteCommand</name>
    <message>
        <source>Add Lesson</source>
        <translation>교훈 추가</translation>
    </message>
    <message>
        <source>Add Unfinished Item</source>
        <translation>못다 한 일 추가</translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation>교훈 편집</translation>
    </message>
    <message>
        <source>Edit Unfinished Item</source>
        <translation>못다 한 일 편집</translation>
    </message>
    <message>
        <source>Delete Lesson</source>
        <translation>교훈 삭제</translation>
    </message>
    <message>
        <source>Delete Unfinished Item</source>
        <translation>못다 한 일 삭제</translation>
    </message>
    <message>
        <source>Move Lesson</source>
        <translation>교훈 옮기기</translation>
    </message>
    <message>
        <source>Move Unfinished Item</source>
        <translation>못다 한 일 옮기기</translation>
    </message>
    <message>
        <source>Link Lesson</source>
        <translation>교훈 연결</translation>
    </message>
    <message>
        <source>Link Unfinished Item</source>
        <translation>못다 한 일 연결</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>링크 제거</translation>
    </message>
</context>
<context>
    <name>hoego::NoteListPanel</name>
    <message>
        <source>Linked to:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>Link of the selected item</source>
        <translation>선택한 항목의 연결</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Paste as Items</source>
        <translation>항목으로 붙여넣기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>연결 없음</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Lesson(s)</source>
        <translation>
            <numerusform>교훈 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Unfinished Item(s)</source>
        <translation>
            <numerusform>못다 한 일 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this year to link to yet.</source>
        <translation>이 연도에는 아직 연결할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Leave the lesson out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 교훈을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Leave the item out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 못다 한 일을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>hoego::NoteStore</name>
    <message>
        <source>Goal: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>사건: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>섹션: %1</translation>
    </message>
</context>
<context>
    <name>hoego::NotesModel</name>
    <message>
        <source>Linked item</source>
        <translation>연결한 항목</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>%1에 연결됨</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
</context>
<context>
    <name>hoego::OutputCommands</name>
    <message>
        <source>Add Output &quot;%1&quot;</source>
        <translation>만든 것 &quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Edit Output &quot;%1&quot;</source>
        <translation>만든 것 &quot;%1&quot; 고치기</translation>
    </message>
    <message>
        <source>Delete Output &quot;%1&quot;</source>
        <translation>만든 것 &quot;%1&quot; 삭제</translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%2&quot;의 근거로 &quot;%1&quot; 잇기</translation>
    </message>
    <message>
        <source>Unlink &quot;%1&quot; from &quot;%2&quot;</source>
        <translation>&quot;%2&quot;의 근거에서 &quot;%1&quot; 끊기</translation>
    </message>
    <message>
        <source>Count the Evidence of &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 근거 세기</translation>
    </message>
    <message>
        <source>Stop Counting the Evidence of &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 근거 세기 그만두기</translation>
    </message>
</context>
<context>
    <name>hoego::OutputEditor</name>
    <message>
        <source>Add Output</source>
        <translation>만든 것 추가</translation>
    </message>
    <message>
        <source>Edit Output</source>
        <translation>만든 것 고치기</translation>
    </message>
    <message>
        <source>%1, %1-03 or %1-03-14</source>
        <translation>%1, %1-03 또는 %1-03-14</translation>
    </message>
    <message>
        <source>A conference, a blog, a publisher</source>
        <translation>컨퍼런스, 블로그, 출판사</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>링크(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>낸 곳(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>영역(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Private: left out of public exports</source>
        <translation>비공개(&amp;P): 공개용 내보내기에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>hoego::OutputKindChart</name>
    <message>
        <source>Nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation>만든 것 없음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a kind of output: 2 posts</comment>
        <translation>%2 %1개</translation>
    </message>
</context>
<context>
    <name>hoego::OutputRepository</name>
    <message>
        <source>The output&apos;s kind</source>
        <translation>만든 것의 종류</translation>
    </message>
    <message>
        <source>The output&apos;s kind is too long (at most %1 characters).</source>
        <translation>만든 것의 종류가 너무 깁니다 (최대 %1자).</translation>
    </message>
    <message>
        <source>The output&apos;s title</source>
        <translation>만든 것의 제목</translation>
    </message>
    <message>
        <source>The output&apos;s venue</source>
        <translation>만든 것을 낸 곳</translation>
    </message>
    <message>
        <source>The output&apos;s notes</source>
        <translation>만든 것의 메모</translation>
    </message>
    <message>
        <source>The output&apos;s year</source>
        <translation>만든 것의 해</translation>
    </message>
    <message>
        <source>The date %1 is not in %2.</source>
        <translation>날짜 %1은 %2년에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>Only a stored output can be restored.</source>
        <translation>저장된 만든 것만 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::OutputsModel</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>목표 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>낸 곳</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>근거가 된 목표</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
</context>
<context>
    <name>hoego::OutputsPage</name>
    <message>
        <source>&amp;Add Output…</source>
        <translation>만든 것 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>고치기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>Outputs of the year</source>
        <translation>올해 만든 것</translation>
    </message>
    <message>
        <source>Drag an output onto a goal on the Goals tab to make it evidence; Ctrl+V pastes lines or links as outputs</source>
        <translation>만든 것을 목표 탭의 목표 위로 끌어 놓으면 그 목표의 근거가 됩니다. Ctrl+V로 여러 줄이나 링크를 붙여 넣으면 만든 것이 됩니다</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n output(s)</source>
        <translation>
            <numerusform>%1: 만든 것 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet: add a post, a talk or a release, or paste links.</source>
        <translation>아직 기록이 없습니다. 글, 발표, 릴리스를 추가하거나 링크를 붙여 넣으세요.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Output(s)</source>
        <translation>
            <numerusform>만든 것 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Leave the output out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 만든 것을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Edit Output</source>
        <translation>만든 것 고치기</translation>
    </message>
</context>
<context>
    <name>hoego::OutputsProgressView</name>
    <message>
        <source>Outputs by month</source>
        <translation>달별 만든 것</translation>
    </message>
    <message>
        <source>Outputs per year by kind</source>
        <translation>연도별·종류별 만든 것</translation>
    </message>
    <message>
        <source>What I made</source>
        <translation>올해 만든 것</translation>
    </message>
    <message>
        <source>Nothing recorded as made in %1 yet: add posts, talks and more on the Outputs tab.</source>
        <translation>%1년에 만든 것이 아직 없습니다. 만든 것 탭에서 글, 발표 등을 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) in %1: %2</source>
        <translation>
            <numerusform>%1년 만든 것 %n개: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연중</translation>
    </message>
</context>
<context>
    <name>hoego::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Title of the year</source>
        <translation>연도 제목</translation>
    </message>
    <message>
        <source>Give the year a title</source>
        <translation>이 해에 제목을 붙이세요</translation>
    </message>
    <message>
        <source>Summary of the year in one line</source>
        <translation>한 줄 요약</translation>
    </message>
    <message>
        <source>The year in one line</source>
        <translation>이 해를 한 줄로</translation>
    </message>
    <message>
        <source>Share of the year&apos;s goals done</source>
        <translation>올해 목표 달성 비율</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>마무리 글</translation>
    </message>
    <message>
        <source>A few words to close the year: what it meant, what you take with you.</source>
        <translation>한 해를 마무리하는 몇 마디: 어떤 의미였는지, 무엇을 가져가는지.</translation>
    </message>
    <message>
        <source>In this year</source>
        <translation>이 해에는</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Closing &amp;note</source>
        <translation>마무리 글(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>섹션 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>교훈 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>못다 한 일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>목표 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals set for %1 yet.</source>
        <translation>%1년에는 아직 목표가 없습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::PdfExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation>%1을 마무리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which need the graphical application.</source>
        <translation>PDF를 쓰려면 글꼴이 필요하고, 글꼴은 그래픽 앱에서만 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::PlanModel</name>
    <message numerus="yes">
        <source>Carried %n time(s), since %1</source>
        <translation>
            <numerusform>%1년부터 %n번 이월</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried at the close of %1</source>
        <translation>%1년 마무리에서 이월</translation>
    </message>
    <message>
        <source>Carried from %1</source>
        <translation>%1년에서 이월</translation>
    </message>
    <message>
        <source>Set for %1</source>
        <translation>%1년에 세움</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>만든 것 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>계획한 해: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>테마: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>테마</translation>
    </message>
</context>
<context>
    <name>hoego::PlanView</name>
    <message>
        <source>Plan against actual</source>
        <translation>계획 대비 결과</translation>
    </message>
    <message>
        <source>The year&apos;s goals: planned against what happened</source>
        <translation>올해 목표: 계획과 결과</translation>
    </message>
    <message>
        <source>Under each goal its evidence. Enter opens a goal on the Goals tab and an output&apos;s link in the browser.</source>
        <translation>목표마다 아래에 근거가 있습니다. Enter를 누르면 목표는 목표 탭에서, 만든 것의 링크는 브라우저에서 열립니다.</translation>
    </message>
    <message>
        <source>No goals planned for %1 yet.</source>
        <translation>%1년에 계획한 목표가 아직 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) planned for %1</source>
        <translation>
            <numerusform>%1년 계획 목표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set for the year</source>
        <translation>
            <numerusform>그해에 세운 목표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried from earlier years</source>
        <translation>
            <numerusform>이전 해에서 이월한 목표 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them again and again)</source>
        <translation>
            <numerusform>(그중 %n개는 거듭 이월)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 set for the year</source>
        <translation>그해에 세운 목표 %2개 중 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 carried</source>
        <translation>이월한 목표 %2개 중 %1개</translation>
    </message>
    <message>
        <source>No goals counted.</source>
        <translation>셀 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>이룬 목표: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>만든 것 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) with evidence: %1.</source>
        <translation>
            <numerusform>근거가 있는 목표 %n개: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>시스템 기본값 (%1)</translation>
    </message>
    <message>
        <source>The new language applies after you restart Hoego.</source>
        <translation>새 언어는 Hoego를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>화면 언어:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Switch to another Hoego database file</source>
        <translation>다른 Hoego 데이터베이스 파일로 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation>새 파일에 빈 데이터베이스를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>보관할 백업 수</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>보관할 백업 수:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation>Hoego 데이터베이스 (*.hoego *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Move Database To</source>
        <translation>데이터베이스 옮길 위치</translation>
    </message>
    <message>
        <source>Move this database file to another folder (not one a sync service such as Dropbox or Syncthing manages: keep backups or exports there instead)</source>
        <translation>이 데이터베이스 파일을 다른 폴더로 옮깁니다(Dropbox나 Syncthing 같은 동기화 서비스가 관리하는 폴더는 피하고, 그곳에는 백업이나 내보낸 파일을 두세요)</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>서버(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a Hoego database on a PostgreSQL server, shared by several computers or a team</source>
        <translation>여러 컴퓨터나 팀이 함께 쓰는 PostgreSQL 서버의 Hoego 데이터베이스를 엽니다</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
</context>
<context>
    <name>hoego::PrivateToggle</name>
    <message>
        <source>&amp;Private</source>
        <translation>비공개(&amp;P)</translation>
    </message>
</context>
<context>
    <name>hoego::ProgressPage</name>
    <message>
        <source>&amp;Charts</source>
        <translation>차트(&amp;C)</translation>
    </message>
    <message>
        <source>Pla&amp;n against actual</source>
        <translation>계획 대비 결과(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What I made</source>
        <translation>올해 만든 것(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation>차트를 이미지로 저장</translation>
    </message>
    <message>
        <source>Save these charts as PNG or SVG</source>
        <translation>이 차트를 PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation>연도별 사건</translation>
    </message>
    <message>
        <source>Across years</source>
        <translation>여러 해 비교</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1년 진행률</translation>
    </message>
    <message>
        <source>Hoego progress charts</source>
        <translation>Hoego 진행률 차트</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Completion rate per year</source>
        <translation>연도별 달성률</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>차트를 그릴 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>hoego::PublicView</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Review section</source>
        <translation>회고 글 섹션</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Unfinished item</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
</context>
<context>
    <name>hoego::QuestionCommands</name>
    <message>
        <source>Add Question</source>
        <translation>질문 추가</translation>
    </message>
    <message>
        <source>Remove Question &quot;%1&quot;</source>
        <translation>질문 &quot;%1&quot; 빼기</translation>
    </message>
    <message>
        <source>Write Answer</source>
        <translation>답 쓰기</translation>
    </message>
</context>
<context>
    <name>hoego::QuestionRepository</name>
    <message>
        <source>The question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; 질문이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Only a stored question can be restored.</source>
        <translation>저장된 질문만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The question is already asked in that year.</source>
        <translation>그 해에 이미 있는 질문입니다.</translation>
    </message>
    <message>
        <source>Only a stored answer can be restored.</source>
        <translation>저장된 답만 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::QuestionsPage</name>
    <message>
        <source>&amp;Ask</source>
        <translation>묻기(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Last time&apos;s answer</source>
        <translation>지난번의 답</translation>
    </message>
    <message>
        <source>Answers over the years</source>
        <translation>해마다의 답</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>This year&apos;s questions</source>
        <translation>올해의 질문</translation>
    </message>
    <message>
        <source>A question to ask yourself (e.g. What should I learn?)</source>
        <translation>스스로에게 던질 질문 (예: 무엇을 배워야 할까?)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>새 질문</translation>
    </message>
    <message>
        <source>Suggested Questions</source>
        <translation>추천 질문</translation>
    </message>
    <message>
        <source>Take the selected question out of this year; its other years&apos; answers stay</source>
        <translation>고른 질문을 이 해에서 뺍니다. 다른 해의 답은 남습니다</translation>
    </message>
    <message>
        <source>This year&apos;s answer</source>
        <translation>올해의 답</translation>
    </message>
    <message>
        <source>Your answer this year (Markdown)</source>
        <translation>올해의 답 (Markdown)</translation>
    </message>
    <message>
        <source>Every year&apos;s answer</source>
        <translation>해마다의 답</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>아직 답하지 않음</translation>
    </message>
    <message>
        <source>Ask yourself a question for this year, or pick a suggested one.</source>
        <translation>올해 스스로에게 던질 질문을 적거나 추천 질문을 고르세요.</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <translation>지난번 (%1년)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>지난번</translation>
    </message>
    <message>
        <source>No earlier answer.</source>
        <translation>이전 답이 없습니다.</translation>
    </message>
    <message>
        <source>*(not answered)*</source>
        <translation>*(답하지 않음)*</translation>
    </message>
    <message>
        <source>Leave the answer out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 답을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
</context>
<context>
    <name>hoego::RadarChart</name>
    <message>
        <source>Theme radar</source>
        <translation>테마 레이더</translation>
    </message>
    <message>
        <source>Drag a theme to another ring, or choose it with Left/Right and move it with Up/Down</source>
        <translation>테마를 다른 고리로 끌어다 놓거나, 왼쪽/오른쪽 키로 고르고 위/아래 키로 옮기세요</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>No themes in this year yet</source>
        <translation>이 해에는 아직 테마가 없습니다</translation>
    </message>
</context>
<context>
    <name>hoego::ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>읽기 전용 알림</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Editing is turned off; you can still read, search and export.</source>
        <translation>&lt;b&gt;읽기 전용.&lt;/b&gt; %1 편집은 꺼져 있으며, 읽기·검색·내보내기는 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
</context>
<context>
    <name>hoego::RedNotebookImport</name>
    <message>
        <source>no RedNotebook month files (YYYY-MM.txt) in this folder.</source>
        <translation>이 폴더에 RedNotebook 월 파일(YYYY-MM.txt)이 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>the file name is not YYYY-MM.txt, so its month is unknown.</source>
        <translation>파일 이름이 YYYY-MM.txt가 아니어서 어느 달인지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a month Hoego can hold.</source>
        <translation>%1은 Hoego가 담을 수 있는 달이 아닙니다.</translation>
    </message>
    <message>
        <source>expected a map of days ({day: {text: ...}}).</source>
        <translation>날짜별 맵({day: {text: ...}})이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of %2.</source>
        <translation>&quot;%1&quot;은 %2의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <source>a day must be a map with &quot;text&quot; and categories.</source>
        <translation>하루는 &quot;text&quot;와 범주가 있는 맵이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be text.</source>
        <translation>&quot;text&quot;는 텍스트여야 합니다.</translation>
    </message>
</context>
<context>
    <name>hoego::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The database as it is now is saved as a backup first, so restoring can be undone by restoring that one.

Backups are kept in %1.</source>
        <translation>되돌릴 백업을 고르세요. 지금의 데이터베이스를 먼저 백업으로 저장하므로, 그 백업을 복원하면 복원을 되돌릴 수 있습니다.

백업은 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>이 데이터베이스의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hoego::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>회고 글</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Add Section (%1)</source>
        <translation>섹션 추가 (%1)</translation>
    </message>
    <message>
        <source>This year has no sections yet.
Add one with + or %1.</source>
        <translation>이 해에는 아직 섹션이 없습니다.
+ 또는 %1으로 추가하세요.</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>섹션 제목</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Section text (Markdown)</source>
        <translation>섹션 내용 (마크다운)</translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, **bold**, - lists…</source>
        <translation>마크다운으로 쓰세요: # 제목, **굵게**, - 목록…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>새 섹션</translation>
    </message>
    <message>
        <source>Leave the section out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 이 섹션을 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>This section was also changed on another computer while you were writing. Your text was saved over it; Undo brings the other text back.</source>
        <translation>쓰는 동안 다른 컴퓨터에서도 이 섹션을 고쳤습니다. 입력한 글을 그 위에 저장했습니다. 실행 취소하면 다른 컴퓨터의 글이 돌아옵니다.</translation>
    </message>
</context>
<context>
    <name>hoego::RingChart</name>
    <message>
        <source>Goals done</source>
        <translation>이룬 목표</translation>
    </message>
    <message>
        <source>Goals done of all goals</source>
        <translation>전체 목표 중 이룬 목표</translation>
    </message>
    <message>
        <source>No goals</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>no goals</source>
        <translation>목표 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>hoego::RowVersion</name>
    <message>
        <source>%1 was changed on another computer after you opened it, so your edit was not saved. The window now shows the other change, and the editor opens again with what you typed: save it over that change, or cancel.</source>
        <translation>편집기를 연 뒤에 %1이 다른 컴퓨터에서 바뀌어, 고친 내용을 저장하지 않았습니다. 창에는 바뀐 내용이 보이고, 입력한 내용으로 편집기가 다시 열립니다. 그 위에 저장하거나 취소하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not undone or redone: someone else changed the same item on the server after you, and it would put back what they changed.</source>
        <translation>“%1” 작업을 되돌리거나 다시 하지 않았습니다. 그 뒤에 다른 사람이 서버에서 같은 항목을 바꾸어, 그 변경을 덮어쓰게 되기 때문입니다.</translation>
    </message>
    <message>
        <source>%1 was changed on another computer after this window showed it, so your change was not saved. The window now shows the other change; make yours again if it still applies.</source>
        <translation>이 창에 보인 뒤에 %1이 다른 컴퓨터에서 바뀌어, 고친 내용을 저장하지 않았습니다. 창에는 이제 바뀐 내용이 보입니다. 그래도 필요하면 다시 고치세요.</translation>
    </message>
</context>
<context>
    <name>hoego::SafeFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a socket); Hoego reads only regular files.</source>
        <translation>%1은 일반 파일이 아닙니다(폴더, 파이프, 장치 또는 소켓). Hoego는 일반 파일만 읽습니다.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a socket); Hoego does not write over it.</source>
        <translation>%1은 일반 파일이 아닙니다(폴더, 파이프, 장치 또는 소켓). Hoego는 그 위에 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hoego::Sample</name>
    <message>
        <source>The built-in sample is missing from this build of Hoego.</source>
        <translation>이 Hoego 빌드에는 내장 예시가 없습니다.</translation>
    </message>
    <message>
        <source>The sample contains the year %1, which already exists in this database. Nothing was changed; open the sample in a new, empty database.</source>
        <translation>예시에 든 %1년이 이 데이터베이스에 이미 있습니다. 아무것도 바꾸지 않았습니다. 새 빈 데이터베이스에서 예시를 여세요.</translation>
    </message>
</context>
<context>
    <name>hoego::SearchDialog</name>
    <message>
        <source>Search All Years</source>
        <translation>모든 연도 검색</translation>
    </message>
    <message>
        <source>Search all years</source>
        <translation>모든 연도 검색</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Search events, sections, lessons and goals of every year</source>
        <translation>모든 연도의 사건, 섹션, 교훈, 목표를 검색합니다</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Type a word to search every year.</source>
        <translation>모든 연도에서 찾을 낱말을 입력하세요.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>찾은 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n건 찾음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::SearchResultsModel</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>year · kind (count)</comment>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>만든 것</translation>
    </message>
</context>
<context>
    <name>hoego::SectionCommand</name>
    <message>
        <source>Add Section</source>
        <translation>섹션 추가</translation>
    </message>
    <message>
        <source>Rename Section “%1”</source>
        <translation>섹션 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation>섹션 내용 편집</translation>
    </message>
    <message>
        <source>Delete Section “%1”</source>
        <translation>섹션 “%1” 삭제</translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation>섹션 옮기기</translation>
    </message>
</context>
<context>
    <name>hoego::SectionRepository</name>
    <message>
        <source>The section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>The section&apos;s heading</source>
        <translation>섹션 제목</translation>
    </message>
    <message>
        <source>The section&apos;s text</source>
        <translation>섹션 내용</translation>
    </message>
</context>
<context>
    <name>hoego::SectionsModel</name>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
</context>
<context>
    <name>hoego::ServerDatabase</name>
    <message>
        <source>This build of Hoego has no PostgreSQL schema for version %1.</source>
        <translation>이 Hoego에는 버전 %1의 PostgreSQL 스키마가 없습니다.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Qt의 PostgreSQL 드라이버가 설치되어 있지 않습니다(데비안 패키지 libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server at %1 refused the login: %2
Hoego reads passwords from ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation>%1의 서버가 로그인을 거부했습니다: %2
Hoego는 비밀번호를 ~/.pgpass(또는 PGPASSFILE이 가리키는 파일)에서 읽습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>%1의 서버에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Hoego&apos;s. Hoego sets up only an empty database; nothing in it was changed.</source>
        <translation>데이터베이스 %1에는 Hoego의 것이 아닌 테이블이 있습니다. Hoego는 빈 데이터베이스만 준비하며, 그 안의 어떤 것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer Hoego (version %2); this one knows versions up to %3. Update Hoego to open it.</source>
        <translation>%1의 구조는 더 새로운 Hoego(버전 %2)가 만들었습니다. 이 Hoego는 버전 %3까지만 압니다. 열려면 Hoego를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Setting up version %1 on the server failed</source>
        <translation>서버에 버전 %1 구조를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>The server at %1 is still out of reach: %2</source>
        <translation>%1의 서버에 아직 연결할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>hoego::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; is not a server address: %2 (expected postgresql://user@host:port/database)</source>
        <translation>서버 주소가 아닙니다: &quot;%1&quot; — %2 (형식: postgresql://사용자@호스트:포트/데이터베이스)</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>postgresql://로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>포트가 1에서 65535 사이의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>데이터베이스 이름이 없습니다</translation>
    </message>
    <message>
        <source>Hoego does not pass &quot;%1&quot; to the server</source>
        <translation>Hoego는 &quot;%1&quot; 설정을 서버에 전달하지 않습니다</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a semicolon</source>
        <translation>&quot;%1&quot; 값에 세미콜론이 있습니다</translation>
    </message>
</context>
<context>
    <name>hoego::SetPrivateCommand</name>
    <message>
        <source>Mark Private</source>
        <translation>비공개로 표시</translation>
    </message>
    <message>
        <source>Mark Public</source>
        <translation>공개로 표시</translation>
    </message>
</context>
<context>
    <name>hoego::StartingAreas</name>
    <message>
        <source>Life</source>
        <translation>삶</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>공부</translation>
    </message>
    <message>
        <source>Tech</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>건강</translation>
    </message>
    <message>
        <source>People</source>
        <translation>관계</translation>
    </message>
</context>
<context>
    <name>hoego::ThemeCommands</name>
    <message>
        <source>Add Theme &quot;%1&quot;</source>
        <translation>테마 &quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Remove Theme &quot;%1&quot;</source>
        <translation>테마 &quot;%1&quot; 빼기</translation>
    </message>
    <message>
        <source>Rename Theme &quot;%1&quot;</source>
        <translation>테마 &quot;%1&quot; 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Theme &quot;%1&quot;</source>
        <translation>테마 &quot;%1&quot; 편집</translation>
    </message>
    <message>
        <source>Carry Themes</source>
        <translation>테마 이어 가기</translation>
    </message>
    <message>
        <source>Unlink Theme</source>
        <translation>테마 연결 끊기</translation>
    </message>
    <message>
        <source>Link Theme</source>
        <translation>테마 연결</translation>
    </message>
</context>
<context>
    <name>hoego::ThemeHistoryModel</name>
    <message>
        <source>Linked goals</source>
        <translation>연결된 목표</translation>
    </message>
</context>
<context>
    <name>hoego::ThemeRepository</name>
    <message>
        <source>A theme named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; 테마가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The theme&apos;s note</source>
        <translation>테마의 올해 메모</translation>
    </message>
    <message>
        <source>The theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>테마 이름</translation>
    </message>
    <message>
        <source>The theme&apos;s notes</source>
        <translation>테마 메모</translation>
    </message>
    <message>
        <source>Only a stored theme can be restored.</source>
        <translation>저장된 테마만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The theme&apos;s year</source>
        <translation>테마의 연도 항목</translation>
    </message>
    <message>
        <source>The theme is already in that year.</source>
        <translation>그 해에 이미 있는 테마입니다.</translation>
    </message>
    <message>
        <source>Only a stored theme&apos;s year can be restored.</source>
        <translation>저장된 테마 연도 항목만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The theme is already linked to it.</source>
        <translation>이미 연결된 테마입니다.</translation>
    </message>
    <message>
        <source>Only a stored link can be restored.</source>
        <translation>저장된 연결만 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>hoego::ThemeStateDelegate</name>
    <message>
        <source>State</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>hoego::ThemeStates</name>
    <message>
        <source>Assess</source>
        <translation>관심</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Noticed it and am watching it</source>
        <translation>눈여겨보며 지켜보는 중</translation>
    </message>
    <message>
        <source>Tried it on something real</source>
        <translation>실제 일에 써 봤다</translation>
    </message>
    <message>
        <source>Use it as a matter of course</source>
        <translation>당연하게 쓰고 있다</translation>
    </message>
    <message>
        <source>Put it aside for now</source>
        <translation>지금은 내려놓았다</translation>
    </message>
</context>
<context>
    <name>hoego::ThemesPage</name>
    <message numerus="yes">
        <source>%1 followed %n theme(s). Carry them into this year with their states?</source>
        <translation>
            <numerusform>%1년에는 테마 %n개를 따라갔습니다. 그 단계 그대로 올해로 이어 갈까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Theme</source>
        <translation>테마 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Links…</source>
        <translation>연결…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>A technology, field or interest (e.g. RAG)</source>
        <translation>기술, 분야, 관심사 (예: RAG)</translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation>새 테마 이름</translation>
    </message>
    <message>
        <source>New theme&apos;s state</source>
        <translation>새 테마의 단계</translation>
    </message>
    <message>
        <source>Take the selected theme out of this year (Delete); its other years stay</source>
        <translation>고른 테마를 이 해에서 뺍니다(Delete). 다른 해의 기록은 남습니다</translation>
    </message>
    <message>
        <source>Link the selected theme to this year&apos;s goals, events and sections</source>
        <translation>고른 테마를 이 해의 목표, 사건, 회고 글과 연결합니다</translation>
    </message>
    <message>
        <source>This year&apos;s themes</source>
        <translation>올해의 테마</translation>
    </message>
    <message>
        <source>Themes across years</source>
        <translation>해마다의 테마</translation>
    </message>
    <message>
        <source>Save Radar As…</source>
        <translation>레이더 저장…</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>레이더</translation>
    </message>
    <message>
        <source>Across Years</source>
        <translation>해마다</translation>
    </message>
    <message>
        <source>Save Radar</source>
        <translation>레이더 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Change Theme State</source>
        <translation>테마 단계 바꾸기</translation>
    </message>
    <message>
        <source>Edit Theme Note</source>
        <translation>테마 메모 편집</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Review Sections</source>
        <translation>회고 글</translation>
    </message>
    <message>
        <source>Carry %1&apos;s Themes</source>
        <translation>%1년 테마 이어 가기</translation>
    </message>
    <message>
        <source>Carry Last Year&apos;s Themes</source>
        <translation>지난해 테마 이어 가기</translation>
    </message>
    <message>
        <source>Add last year&apos;s themes to this year with their states</source>
        <translation>지난해의 테마를 그 단계 그대로 올해에 더합니다</translation>
    </message>
    <message>
        <source>Theme radar</source>
        <translation>테마 레이더</translation>
    </message>
    <message>
        <source>The theme&apos;s area</source>
        <translation>테마의 영역</translation>
    </message>
    <message>
        <source>The theme&apos;s notes</source>
        <translation>테마 메모</translation>
    </message>
    <message>
        <source>Notes on the theme, for every year</source>
        <translation>모든 해에 걸친 테마 메모</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>영역 없음</translation>
    </message>
    <message>
        <source>Leave the theme&apos;s year out of public exports (Ctrl+Shift+P)</source>
        <translation>공개용 내보내기에서 올해의 이 테마를 뺍니다 (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>hoego::WidgetImage</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 파일을 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::WorkerConnection</name>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hoego::YearBarChart</name>
    <message>
        <source>No years</source>
        <translation>연도 없음</translation>
    </message>
</context>
<context>
    <name>hoego::YearCommands</name>
    <message>
        <source>Add Year %1</source>
        <translation>%1년 추가</translation>
    </message>
    <message>
        <source>Delete Year %1</source>
        <translation>%1년 삭제</translation>
    </message>
    <message>
        <source>Edit Year Title</source>
        <translation>연도 제목 편집</translation>
    </message>
    <message>
        <source>Edit Year Summary</source>
        <translation>연도 요약 편집</translation>
    </message>
    <message>
        <source>Edit Closing Note</source>
        <translation>마무리 글 편집</translation>
    </message>
</context>
<context>
    <name>hoego::YearListModel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>hoego::YearListView</name>
    <message>
        <source>Years</source>
        <translation>연도</translation>
    </message>
</context>
<context>
    <name>hoego::YearPage</name>
    <message>
        <source>Year page</source>
        <translation>연도 페이지</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Event&amp;s</source>
        <translation>사건(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>회고 글(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lessons &amp;&amp; Unfinished</source>
        <translation>교훈 &amp;&amp; 못다 한 일(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>진행률(&amp;P)</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>테마(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>질문(&amp;Q)</translation>
    </message>
    <message>
        <source>O&amp;utputs</source>
        <translation>만든 것(&amp;U)</translation>
    </message>
</context>
<context>
    <name>hoego::YearRepository</name>
    <message>
        <source>The year&apos;s title</source>
        <translation>연도 제목</translation>
    </message>
    <message>
        <source>The year&apos;s summary</source>
        <translation>연도 요약</translation>
    </message>
    <message>
        <source>The year %1 already exists.</source>
        <translation>%1년이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>The closing note</source>
        <translation>마무리 글</translation>
    </message>
    <message>
        <source>Only a stored year can be restored.</source>
        <translation>저장된 연도만 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::YearThemesModel</name>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>State</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>This year&apos;s note</source>
        <translation>올해 메모</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
</context>
<context>
    <name>hoego::YearTimeline</name>
    <message>
        <source>Timeline of years</source>
        <translation>연도 타임라인</translation>
    </message>
    <message>
        <source>Every year, oldest first; choose one to open it</source>
        <translation>모든 연도, 오래된 순. 하나를 골라 여세요</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>연도 추가</translation>
    </message>
    <message>
        <source>Add %1 (after the last year)</source>
        <translation>%1년 추가 (마지막 연도 다음)</translation>
    </message>
    <message>
        <source>Add %1 (before the first year)</source>
        <translation>%1년 추가 (첫 연도 앞)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1년 추가</translation>
    </message>
    <message>
        <source>Other Year…</source>
        <translation>다른 연도…</translation>
    </message>
</context>
<context>
    <name>hoego::YearTimelineDelegate</name>
    <message>
        <source>99 events</source>
        <translation>사건 99개</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoego::YearTimelineModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1, 사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 goals</source>
        <translation>목표 %1/%2</translation>
    </message>
</context>
<context>
    <name>hoego::backup</name>
    <message>
        <source>Stopped.</source>
        <translation>중단했습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it: %2</source>
        <translation>%1을 디스크에 쓰려고 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the disk: %2</source>
        <translation>%1을 디스크에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1을 %2으로 옮길 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>백업 폴더 %1을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>%1을 나만 볼 수 있게 할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1을 %2으로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>백업 %1이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>백업 %1을 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but older backups could not be removed: %2</source>
        <translation>백업 %1을 썼지만 오래된 백업을 지우지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>오래된 백업 %1을 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is an empty database.</source>
        <translation>%1은 빈 데이터베이스입니다.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>백업과 데이터베이스가 같은 파일입니다.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>백업 %1이 없습니다.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>백업을 복원할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation>현재 데이터베이스를 먼저 저장하지 못해 아무것도 복원하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1; nothing was restored.</source>
        <translation>%1을 지울 수 없어 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>백업을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1이 이미 있습니다.</translation>
    </message>
    <message>
        <source>%1 has a write-ahead log that cannot be read here (%2), so restoring it would lose what is in the log.</source>
        <translation>%1의 미리 쓰기 로그를 여기서 읽을 수 없습니다(%2). 그대로 복원하면 로그에 있는 내용을 잃게 됩니다.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 beside the database; nothing was restored: %2</source>
        <translation>백업 %1을 데이터베이스 옆으로 복사할 수 없어 아무것도 복원하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2: %3</source>
        <translation>백업 %1을 %2으로 복사할 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>hoego::bigrams</name>
    <message>
        <source>The database driver is not SQLite; search cannot be set up.</source>
        <translation>데이터베이스 드라이버가 SQLite가 아니라 검색을 준비할 수 없습니다.</translation>
    </message>
    <message>
        <source>The database is not open; search cannot be set up.</source>
        <translation>데이터베이스가 열려 있지 않아 검색을 준비할 수 없습니다.</translation>
    </message>
    <message>
        <source>Setting up search failed: %1</source>
        <translation>검색을 준비하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>hoego::cli</name>
    <message numerus="yes">
        <source>%1: the year %2, %n part(s):</source>
        <translation>
            <numerusform>%1: %2년, 부분 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1에는 값을 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1을 두 번 이상 주었습니다.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; usage: hoego %2</source>
        <translation>예상하지 못한 인자 &quot;%1&quot;. 사용법: hoego %2</translation>
    </message>
    <message>
        <source>an argument is missing; usage: hoego %1</source>
        <translation>인자가 빠졌습니다. 사용법: hoego %1</translation>
    </message>
    <message>
        <source>an argument is empty; usage: hoego %1</source>
        <translation>빈 인자가 있습니다. 사용법: hoego %1</translation>
    </message>
    <message>
        <source>--year needs a year from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--year에는 &quot;%3&quot;이 아니라 %1에서 %2 사이의 연도가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor a file. Run hoego --help for the list.</source>
        <translation>명령도 파일도 아닙니다: &quot;%1&quot;. 목록은 hoego --help로 보세요.</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: no such file or folder.</source>
        <translation>열 수 없습니다: &quot;%1&quot; 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: it is neither a Hoego database (.hoego, .sqlite) nor a file Hoego imports (.md, .txt, .html, .json or a RedNotebook folder).</source>
        <translation>열 수 없습니다: &quot;%1&quot; 파일은 Hoego 데이터베이스(.hoego, .sqlite)도 아니고, Hoego가 가져올 수 있는 파일(.md, .txt, .html, .json, RedNotebook 폴더)도 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second database; open one at a time.</source>
        <translation>데이터베이스가 둘입니다(&quot;%1&quot;). 한 번에 하나만 여세요.</translation>
    </message>
    <message>
        <source>Search all years; prints year, kind and title per match.</source>
        <translation>모든 연도를 검색합니다. 찾은 항목마다 연도, 종류, 제목을 출력합니다.</translation>
    </message>
    <message>
        <source>Check a goal off, uncheck it, set a counted goal&apos;s count, or list the outputs and events linked to it as evidence, link an output or unlink it.</source>
        <translation>목표를 완료하거나 완료를 취소하거나, 횟수 목표의 횟수를 정하거나, 근거로 이어진 만든 것과 사건을 나열하거나, 만든 것을 근거로 잇거나 끊습니다.</translation>
    </message>
    <message>
        <source>there is no year %1.</source>
        <translation>%1년이 없습니다.</translation>
    </message>
    <message>
        <source>usage: hoego goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N | goal evidence ID [--add OUTPUT_ID | --remove OUTPUT_ID]</source>
        <translation>사용법: hoego goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N | goal evidence ID [--add OUTPUT_ID | --remove OUTPUT_ID]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a goal id.</source>
        <translation>&quot;%1&quot;은 목표 id가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count (a whole number, 0 or more).</source>
        <translation>&quot;%1&quot;은 횟수(0 이상의 정수)가 아닙니다.</translation>
    </message>
    <message>
        <source>cannot open the database: %1 does not exist.</source>
        <translation>데이터베이스를 열 수 없습니다: %1이 없습니다.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>give the text to search for.</source>
        <translation>찾을 텍스트를 주세요.</translation>
    </message>
    <message>
        <source>give the backup file to restore; usage: restore BACKUP</source>
        <translation>복원할 백업 파일을 주세요. 사용법: restore 백업</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2에서 %1을 복원했습니다.</translation>
    </message>
    <message>
        <source>The database as it was before is saved in %1.</source>
        <translation>복원 전 데이터베이스는 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (default: the backups folder beside it).</source>
        <translation>데이터베이스의 일관된 사본을 씁니다(기본: 옆의 backups 폴더).</translation>
    </message>
    <message>
        <source>Replace the database with BACKUP after saving the current one as a backup.</source>
        <translation>현재 데이터베이스를 백업으로 저장한 다음 백업으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Import a Markdown retrospective, a Hoego JSON export or a RedNotebook journal; prints what it added.</source>
        <translation>마크다운 회고, Hoego JSON 내보내기, RedNotebook 일기를 가져오고 추가한 내용을 출력합니다.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use md, html, pdf or json.</source>
        <translation>알 수 없는 형식 &quot;%1&quot;. md, html, pdf, json 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use ko or en.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;. ko 또는 en을 쓰세요.</translation>
    </message>
    <message>
        <source>give the year to export with --year N (only json exports every year).</source>
        <translation>--year N으로 내보낼 연도를 주세요(모든 연도는 json만 가능).</translation>
    </message>
    <message>
        <source>a PDF needs --output FILE.</source>
        <translation>PDF에는 --output 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>give the file or folder to import.</source>
        <translation>가져올 파일이나 폴더를 주세요.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이 없습니다.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use md, json or rednotebook.</source>
        <translation>알 수 없는 형식 &quot;%1&quot;. md, json, rednotebook 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would add:</source>
        <translation>시험 실행: 아무것도 쓰지 않았습니다. 가져오면 다음이 추가됩니다:</translation>
    </message>
    <message>
        <source>goal %1 is %2; reopen it in Hoego before changing it.</source>
        <translation>목표 %1은 %2 상태입니다. 바꾸기 전에 Hoego에서 다시 여세요.</translation>
    </message>
    <message>
        <source>--on needs a date that has come, as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--on에는 &quot;%1&quot;이 아니라 오늘이나 그 전의 날짜를 YYYY-MM-DD 형식으로 주세요.</translation>
    </message>
    <message>
        <source>List a year&apos;s goals (default: the latest year with goals): id, status, progress and title; --summary counts them instead.</source>
        <translation>한 해의 목표를 나열합니다(기본: 목표가 있는 가장 최근 연도): id, 상태, 진행률, 제목. --summary를 주면 대신 상태별 개수를 셉니다.</translation>
    </message>
    <message>
        <source>List the themes followed across years and their radar state per year; with --year, that year&apos;s themes, states and notes.</source>
        <translation>해마다 따라온 테마와 해마다의 레이더 단계를 보여 줍니다. --year를 주면 그 해의 테마, 단계, 메모를 보여 줍니다.</translation>
    </message>
    <message>
        <source>List the questions asked across years with each year&apos;s answer; with --year, that year&apos;s questions.</source>
        <translation>해마다 던진 질문과 해마다의 답을 보여 줍니다. --year를 주면 그 해의 질문만 보여 줍니다.</translation>
    </message>
    <message>
        <source>the post has no heading &quot;%1&quot; (see the parts with --dry-run).</source>
        <translation>글에 &quot;%1&quot; 제목이 없습니다 (--dry-run으로 부분 목록을 보세요).</translation>
    </message>
    <message>
        <source>--map applies to Markdown posts only.</source>
        <translation>--map은 Markdown 글에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>  left out: %1</source>
        <translation>  뺀 것: %1</translation>
    </message>
    <message>
        <source>List what was made (posts, talks, books...): id, year, date, kind, title and link.</source>
        <translation>만든 것(글, 발표, 책…)을 나열합니다: id, 연도, 날짜, 종류, 제목, 링크.</translation>
    </message>
    <message>
        <source>Add an output to a year, optionally as evidence for a goal; change an output&apos;s fields; remove an output and its evidence links.</source>
        <translation>한 해에 만든 것을 추가합니다(목표의 근거로 이을 수도 있습니다). 만든 것의 항목을 고치거나, 만든 것을 근거 연결과 함께 지웁니다.</translation>
    </message>
    <message>
        <source>nothing to change: give --title, --date, --link, --kind or --venue.</source>
        <translation>바꿀 것이 없습니다. --title, --date, --link, --kind 또는 --venue를 주세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an output id.</source>
        <translation>“%1”은 만든 것 id가 아닙니다.</translation>
    </message>
    <message>
        <source>output %1 is not evidence for goal %2.</source>
        <translation>만든 것 %1은 목표 %2의 근거가 아닙니다.</translation>
    </message>
    <message>
        <source>--date needs a date in %1 (YYYY, YYYY-MM or YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>--date에는 %1년의 날짜(YYYY, YYYY-MM 또는 YYYY-MM-DD)가 필요합니다. 받은 값: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>give either --link or --no-link, and either --venue or --no-venue.</source>
        <translation>--link와 --no-link 가운데 하나만, --venue와 --no-venue 가운데 하나만 주세요.</translation>
    </message>
    <message>
        <source>usage: hoego output add --year N --kind K --title T [--date D] [--link URL] [--venue V] [--goal ID] | output edit ID [--title T] [--date D] [--link URL | --no-link] [--kind K] [--venue V | --no-venue] | output remove ID</source>
        <translation>사용법: hoego output add --year N --kind K --title T [--date D] [--link URL] [--venue V] [--goal ID] | output edit ID [--title T] [--date D] [--link URL | --no-link] [--kind K] [--venue V | --no-venue] | output remove ID</translation>
    </message>
    <message>
        <source>unknown flavour &quot;%1&quot;; use static-site, commonmark or blog-editor.</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. static-site, commonmark, blog-editor 가운데 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>--no-front-matter is the commonmark flavour; give one or the other.</source>
        <translation>--no-front-matter는 commonmark 형식과 같습니다. 둘 가운데 하나만 주세요.</translation>
    </message>
    <message>
        <source>Export a year summary (text formats to stdout without --output; json without --year exports every year; headings in the database&apos;s language without --lang, renamed by an export profile with --profile).</source>
        <translation>한 해 요약을 내보냅니다(--output 없이는 텍스트 형식을 표준 출력으로, --year 없는 json은 모든 연도; --lang 없이는 데이터베이스의 언어로 된 제목, --profile로 내보내기 프로필의 제목).</translation>
    </message>
    <message>
        <source>unknown export profile &quot;%1&quot;; the database has none.</source>
        <translation>알 수 없는 내보내기 프로필 &quot;%1&quot;입니다. 이 데이터베이스에는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>unknown export profile &quot;%1&quot;; use one of: %2.</source>
        <translation>알 수 없는 내보내기 프로필 &quot;%1&quot;입니다. 다음 가운데 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 파일이 이미 있습니다. 백업은 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
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
        <translation>사용법: hoego [--db 경로] [--lang ko|en] [파일... | 명령 ...]

Hoego는 한 해 회고와 목표를 기록합니다. 명령 없이 실행하면 창을 엽니다. 그 데이터베이스를 이미 연 Hoego가 있으면 그 창을 앞으로 가져옵니다.
파일은 열 데이터베이스(.hoego, .sqlite)이거나 가져올 글, 내보낸 파일, 일기(.md, .txt, .html, .json, RedNotebook 폴더)입니다. 가져올 파일은 창에서 미리 보기로 보여 줍니다.

옵션:
  --db 경로      기본 파일 대신 이 데이터베이스 파일 또는 서버 데이터베이스
                 (postgresql://사용자@호스트:포트/이름) 사용
  --lang 코드    화면 언어 (ko 또는 en)
  --help         이 도움말 보기
  --version      버전 보기

명령:
</translation>
    </message>
    <message>
        <source>Copy a whole database into an empty one: files and server addresses (postgresql://user@host:port/database) alike, in either direction.</source>
        <translation>데이터베이스 전체를 빈 데이터베이스로 복사합니다. 파일과 서버 주소(postgresql://사용자@호스트:포트/데이터베이스) 모두, 어느 방향으로든 됩니다.</translation>
    </message>
    <message>
        <source>give both databases; usage: copy --from SOURCE --to TARGET</source>
        <translation>두 데이터베이스를 모두 지정하세요. 사용법: copy --from 원본 --to 대상</translation>
    </message>
    <message>
        <source>cannot open the source: %1</source>
        <translation>원본을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Copied %1 years (%2 rows) into %3.</source>
        <translation>%1개 연도(%2행)를 %3에 복사했습니다.</translation>
    </message>
    <message>
        <source>--map takes &quot;HEADING=KIND&quot; with KIND one of section, events, tech-events, themes, questions, lessons, unfinished, goals (or goals:YEAR), closing-note, summary, outputs, skip (got &quot;%1&quot;).</source>
        <translation>--map은 &quot;제목=종류&quot;로 씁니다. 종류는 section, events, tech-events, themes, questions, lessons, unfinished, goals(또는 goals:연도), closing-note, summary, outputs, skip 중 하나입니다 (받은 값: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>hoego::databasefile</name>
    <message>
        <source>%1 is open in another Hoego (process %2). Close it there, then restore.</source>
        <translation>%1은 다른 Hoego(프로세스 %2)에서 열려 있습니다. 그쪽에서 닫은 다음 복원하세요.</translation>
    </message>
    <message>
        <source>%1 is open in another Hoego. Close it there, then restore.</source>
        <translation>%1은 다른 Hoego에서 열려 있습니다. 그쪽에서 닫은 다음 복원하세요.</translation>
    </message>
    <message>
        <source>%1 is already open in another Hoego (process %2). Close it there first.</source>
        <translation>%1은 다른 Hoego(프로세스 %2)에서 이미 열려 있습니다. 먼저 그쪽에서 닫으세요.</translation>
    </message>
    <message>
        <source>%1 is already open in another Hoego. Close it there first.</source>
        <translation>%1은 다른 Hoego에서 이미 열려 있습니다. 먼저 그쪽에서 닫으세요.</translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation>데이터베이스 경로가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; Hoego did not open it.</source>
        <translation>%1은 파일이 아니라 %2입니다. Hoego는 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Hoego cannot open it. Free some space and try again; the file was not changed.</source>
        <translation>%1이 있는 디스크가 가득 차서 열 수 없습니다. 공간을 비운 뒤 다시 시도하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot create the lock file for %1.</source>
        <translation>%1의 잠금 파일을 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::jsonformat</name>
    <message>
        <source>not valid JSON: %1.</source>
        <translation>올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>expected a JSON object at the top.</source>
        <translation>맨 위에 JSON 객체가 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not a format version (a whole number from 1).</source>
        <translation>올바른 형식 버전이 아닙니다: %1(1 이상의 정수여야 함).</translation>
    </message>
    <message>
        <source>the number %1 is out of range.</source>
        <translation>숫자가 범위를 벗어났습니다: %1.</translation>
    </message>
    <message>
        <source>a goal cannot be carried from itself.</source>
        <translation>목표를 자기 자신에서 이월할 수 없습니다.</translation>
    </message>
    <message>
        <source>the goals are carried from each other in a loop (ids %1).</source>
        <translation>목표의 이월 관계가 순환합니다(id %1).</translation>
    </message>
    <message>
        <source>a goal can only be carried from a goal of an earlier year; goal %1 is in %2.</source>
        <translation>목표는 이전 연도의 목표에서만 이월할 수 있습니다(목표 %1: %2년).</translation>
    </message>
    <message>
        <source>unknown theme state &quot;%1&quot; (assess, trial, adopt or hold).</source>
        <translation>알 수 없는 테마 단계 &quot;%1&quot;입니다 (assess, trial, adopt, hold 중 하나).</translation>
    </message>
    <message>
        <source>a theme link needs exactly one of &quot;goal&quot;, &quot;event&quot; or &quot;section&quot;.</source>
        <translation>테마 연결에는 &quot;goal&quot;, &quot;event&quot;, &quot;section&quot; 중 꼭 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>evidence needs exactly one of &quot;output&quot; or &quot;event&quot;.</source>
        <translation>근거에는 &quot;output&quot;과 &quot;event&quot; 중 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>this is not a Hoego export (&quot;format&quot; is not &quot;hoego&quot;).</source>
        <translation>Hoego 내보내기 파일이 아닙니다(&quot;format&quot;이 &quot;hoego&quot;가 아님).</translation>
    </message>
    <message>
        <source>the format version is missing.</source>
        <translation>형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>the file uses format version %1; this Hoego reads up to version %2. Use a newer Hoego.</source>
        <translation>파일 형식 버전이 %1입니다. 이 Hoego는 버전 %2까지 읽습니다. 새 버전의 Hoego를 쓰세요.</translation>
    </message>
    <message>
        <source>the year %1 appears twice.</source>
        <translation>%1년이 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>목록이어야 합니다.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>객체여야 합니다.</translation>
    </message>
    <message>
        <source>expected a text (required).</source>
        <translation>텍스트여야 합니다(필수).</translation>
    </message>
    <message>
        <source>expected a text.</source>
        <translation>텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>expected a whole number.</source>
        <translation>정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot;은 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>the id %1 is used twice or is negative.</source>
        <translation>id %1이 두 번 쓰였거나 음수입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>&quot;%1&quot;은 날짜(YYYY, YYYY-MM, YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>unknown goal kind &quot;%1&quot;.</source>
        <translation>알 수 없는 목표 종류 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown goal status &quot;%1&quot;.</source>
        <translation>알 수 없는 목표 상태 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the count or target is out of range.</source>
        <translation>횟수나 목표치가 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>refers to id %1, which is not in the file.</source>
        <translation>파일에 없는 id %1을 가리킵니다.</translation>
    </message>
    <message>
        <source>expected a part: events, outputs, themes, section, questions, lessons, unfinished, goals, next-goals or closing-note.</source>
        <translation>부분 이름이어야 합니다: events, outputs, themes, section, questions, lessons, unfinished, goals, next-goals, closing-note 가운데 하나.</translation>
    </message>
</context>
<context>
    <name>hoego::openWithRecovery</name>
    <message>
        <source>Open a Hoego Database</source>
        <translation>Hoego 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Hoego databases (*.hoego *.sqlite *.db);;All files (*)</source>
        <translation>Hoego 데이터베이스 (*.hoego *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>hoego::ordering</name>
    <message>
        <source>The item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::outputkinds</name>
    <message>
        <source>Post</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>글</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>책</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>책</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>논문</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Other outputs</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>hoego::privacy</name>
    <message>
        <source>The event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>The section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>The unfinished item</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>The theme&apos;s year</source>
        <translation>테마의 연도 항목</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>만든 것</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>영역</translation>
    </message>
</context>
<context>
    <name>hoego::progress::CountsText</name>
    <message>
        <source>No goals counted</source>
        <translation>셀 목표 없음</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3%</source>
        <translation>%2개 중 %1개 완료 · %3%</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>진행 중 %1개</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>시작 전 %1개</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>포기 %1개</translation>
    </message>
    <message>
        <source>%1 carried over</source>
        <translation>이월 %1개</translation>
    </message>
</context>
<context>
    <name>hoego::sql</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있어 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. (%1)</source>
        <translation>디스크가 가득 차서 변경 사항을 저장하지 못했습니다. (%1)</translation>
    </message>
    <message>
        <source>The database is busy in another program. (%1)</source>
        <translation>다른 프로그램이 데이터베이스를 쓰고 있습니다. (%1)</translation>
    </message>
    <message>
        <source>Preparing a query failed</source>
        <translation>쿼리를 준비하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the change was not saved. (%1)</source>
        <translation>데이터베이스 서버와의 연결이 끊겨 변경 내용을 저장하지 못했습니다. (%1)</translation>
    </message>
</context>
<context>
    <name>hoego::syncfolder</name>
    <message>
        <source>%1 is in a folder that %2 syncs. A sync service copies a database that is open (with its -wal, -shm and .lock files) half-way or as conflict copies, and edits can be lost. Keep the database in a folder that is not synced (Preferences &gt; Database &gt; Move), and put backups or exports in the synced folder instead.</source>
        <translation>%1은 %2이 동기화하는 폴더에 있습니다. 동기화 서비스는 열려 있는 데이터베이스(-wal, -shm, .lock 파일 포함)를 중간 상태로 복사하거나 충돌 사본을 만들어 편집 내용을 잃을 수 있습니다. 데이터베이스는 동기화하지 않는 폴더에 두고(환경설정 &gt; 데이터베이스 &gt; 옮기기), 동기화 폴더에는 백업이나 내보낸 파일을 두세요.</translation>
    </message>
</context>
<context>
    <name>hoego::textfile</name>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>hoego::textitems</name>
    <message>
        <source>The lesson</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>The unfinished item</source>
        <translation>못다 한 일</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a stored item can be restored.</source>
        <translation>저장된 항목만 복원할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>hoego::validation</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1이 너무 깁니다(%2자, 최대 %3자).</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character.</source>
        <translation>%1에 줄바꿈이나 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1에 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2 (got %3).</source>
        <translation>연도는 %1에서 %2 사이여야 합니다(입력: %3).</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>연도는 %1에서 %2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1은 달력에 없는 날짜입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1이 너무 큽니다.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>링크가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid link.</source>
        <translation>&quot;%1&quot;은 올바른 링크가 아닙니다.</translation>
    </message>
    <message>
        <source>Links must start with http, https, mailto or file (got &quot;%1&quot;).</source>
        <translation>링크는 http, https, mailto, file로 시작해야 합니다(입력: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host.</source>
        <translation>&quot;%1&quot;에 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 contains an invalid character.</source>
        <translation>%1에 쓸 수 없는 문자가 있습니다.</translation>
    </message>
</context>
</TS>
