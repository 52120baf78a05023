<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="kk">
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
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Ашу…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Кірістірілген мақала</source>
        <translation>Встроенная статья</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Экспорттау…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>Шығу</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Үлкейту</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Кішірейту</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>Қалыпты өлшем</source>
        <translation>Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Латын әліпбиі</source>
        <translation>Латинский алфавит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Показать статью латиницей (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Бөлімдер тізімі</source>
        <translation>Список разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Толық экран</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Келесі бөлім</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Алдыңғы бөлім</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Перейти к списку разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Мәтінге өту</source>
        <translation>Перейти к тексту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Бағдарлама туралы</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Qt туралы</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Іздеу…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Келесі нәтиже</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Жүйеге сәйкес</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>Ашық</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Күңгірт</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Сепия</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Соңғы файлдар</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Түс схемасы</source>
        <translation>Цветовая схема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Интерфейс тілі</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>&amp;Іздеу</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Ө&amp;ту</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>Оқылды: %1%</source>
        <translation>Прочитано: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>Мақаланы ашу</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>Oqyrman мақалалары (*.md *.txt);;Барлық файлдар (*)</source>
        <translation>Статьи Oqyrman (*.md *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="558"/>
        <source>%1-жол: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="561"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="581"/>
        <source>(бос)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>Мәтін (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="587"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="588"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="591"/>
        <source>Мақаланы экспорттау</source>
        <translation>Экспорт статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="602"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="603"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Не удалось записать файл:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="608"/>
        <source>Сақталды: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="614"/>
        <source>%1 туралы</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="616"/>
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
