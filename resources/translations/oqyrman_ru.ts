<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="kk">
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="64"/>
        <source>Күтпеген қате</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="65"/>
        <source>Бағдарламада қате болды, бірақ ол жұмысын жалғастырады:
%1</source>
        <translation>В программе произошла ошибка, но она продолжает работу:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="69"/>
        <source>Толығырақ: %1</source>
        <translation>Подробности: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>Бөлімдер</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді</source>
        <translation>Список разделов статьи; переход к выбранному разделу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91"/>
        <source>Мақала мәтіні</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>Іздеу</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Ашу…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Кірістірілген мақала</source>
        <translation>Встроенная статья</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>Экспорттау…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Басып шығару…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>Шығу</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Көшіру</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Барлығын белгілеу</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Көшіргенде дереккөзін қосу</source>
        <translation>Добавлять источник при копировании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Үлкейту</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>Кішірейту</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Қалыпты өлшем</source>
        <translation>Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>Латын әліпбиі</source>
        <translation>Латинский алфавит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Показать статью латиницей (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Бөлімдер тізімі</source>
        <translation>Список разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Толық экран</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>Келесі бөлім</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Алдыңғы бөлім</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Перейти к списку разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>Мәтінге өту</source>
        <translation>Перейти к тексту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Бағдарлама туралы</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201"/>
        <source>Qt туралы</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Іздеу…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Келесі нәтиже</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Жүйеге сәйкес</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214"/>
        <source>Ашық</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Күңгірт</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Сепия</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <source>Соңғы файлдар</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="253"/>
        <source>&amp;Өңдеу</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Түс схемасы</source>
        <translation>Цветовая схема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>Интерфейс тілі</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Іздеу</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278"/>
        <source>Ө&amp;ту</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="404"/>
        <source>Оқылды: %1%</source>
        <translation>Прочитано: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Мақаланы ашу</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Oqyrman мақалалары (*.md *.txt);;Барлық файлдар (*)</source>
        <translation>Статьи Oqyrman (*.md *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>%1-жол: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="589"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="609"/>
        <source>(бос)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>Мәтін (*.txt)</source>
        <translation>Текст (*.txt)</translation>
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
        <translation>Экспорт статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="636"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="637"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Не удалось записать файл:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="642"/>
        <source>Сақталды: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="653"/>
        <source>%1 туралы</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="655"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.&lt;/p&gt;&lt;p&gt;Мақала: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Қаріп: Noto Serif, SIL Open Font License 1.1. Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Программа для чтения статей на казахском языке без интернета.&lt;/p&gt;&lt;p&gt;Статья: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Шрифт: Noto Serif, SIL Open Font License 1.1. Значки: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="198"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="227"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Искать «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="230"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="136"/>
        <source>Мақаладан іздеу…</source>
        <translation>Поиск в статье…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="139"/>
        <source>Іздеу</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="141"/>
        <source>Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады</source>
        <translation>Слово можно ввести в любой форме, на русской раскладке или латиницей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="149"/>
        <source>Табылғандар саны</source>
        <translation>Число совпадений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="153"/>
        <source>Алдыңғы нәтиже (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="154"/>
        <source>Келесі нәтиже (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
</context>
</TS>
