<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="kk">
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="64"/>
        <source>Күтпеген қате</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="65"/>
        <source>Бағдарламада қате болды, бірақ ол жұмысын жалғастырады:
%1</source>
        <translation>Something went wrong, but the reader keeps running:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="69"/>
        <source>Толығырақ: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>Бөлімдер</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді</source>
        <translation>The article’s sections; choosing one goes to it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>Мақала мәтіні</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Іздеу</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Ашу…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Кірістірілген мақала</source>
        <translation>Bundled article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Экспорттау…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Басып шығару…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Шығу</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Көшіру</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Барлығын белгілеу</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Көшіргенде дереккөзін қосу</source>
        <translation>Add the source when copying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Үлкейту</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>Кішірейту</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Қалыпты өлшем</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>Латын әліпбиі</source>
        <translation>Latin alphabet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Show the article in the Latin alphabet (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Бөлімдер тізімі</source>
        <translation>Section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Толық экран</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Келесі бөлім</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Алдыңғы бөлім</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Go to the section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>Мәтінге өту</source>
        <translation>Go to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Бағдарлама туралы</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>Qt туралы</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Іздеу…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Келесі нәтиже</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Жүйеге сәйкес</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Ашық</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Күңгірт</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Сепия</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>Соңғы файлдар</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>&amp;Өңдеу</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Түс схемасы</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>Интерфейс тілі</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Іздеу</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>Ө&amp;ту</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="404"/>
        <source>Оқылды: %1%</source>
        <translation>Read: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Мақаланы ашу</source>
        <translation>Open an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Oqyrman мақалалары (*.md *.txt);;Барлық файлдар (*)</source>
        <translation>Oqyrman articles (*.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>%1-жол: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="589"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>The article could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="609"/>
        <source>(бос)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>Мәтін (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="615"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="616"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="617"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="620"/>
        <source>Мақаланы экспорттау</source>
        <translation>Export the article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="636"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="637"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Could not write the file:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="642"/>
        <source>Сақталды: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="653"/>
        <source>%1 туралы</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="655"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.&lt;/p&gt;&lt;p&gt;Мақала: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Қаріп: Noto Serif, SIL Open Font License 1.1. Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline reader for Kazakh-language articles.&lt;/p&gt;&lt;p&gt;Article: “%3”, %4, %5.&lt;/p&gt;&lt;p&gt;Font: Noto Serif, SIL Open Font License 1.1. Icons: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="198"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="227"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="230"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="136"/>
        <source>Мақаладан іздеу…</source>
        <translation>Search the article…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="139"/>
        <source>Іздеу</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="141"/>
        <source>Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады</source>
        <translation>Type a word in any form, on a Russian keyboard or in Latin letters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="149"/>
        <source>Табылғандар саны</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="153"/>
        <source>Алдыңғы нәтиже (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="154"/>
        <source>Келесі нәтиже (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
</context>
</TS>
