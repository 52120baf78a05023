<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="kk">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="41"/>
        <source>Тазарту</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="67"/>
        <source>Сары</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="68"/>
        <source>Жасыл</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="69"/>
        <source>Көк</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="70"/>
        <source>Қызғылт</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="80"/>
        <source>Астын сызу</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="82"/>
        <source>Белгі, %1</source>
        <translation>Highlight, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="84"/>
        <source>ескертпесі бар</source>
        <translation>with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="209"/>
        <source>белгілерді сақтау мүмкін емес</source>
        <translation>highlights cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="240"/>
        <source>Белгілеу</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="77"/>
        <location filename="../../desktop/ui/annotations.py" line="254"/>
        <source>Бетбелгі</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="304"/>
        <source>Белгіні өшіру</source>
        <translation>Delete highlight</translation>
    </message>
</context>
<context>
    <name>ContentError</name>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="19"/>
        <source>файлды оқу мүмкін болмады: {reason}</source>
        <translation>cannot read file: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="20"/>
        <source>мәтін UTF-8 кодтауында емес</source>
        <translation>not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="21"/>
        <source>файл метадеректерді ашатын «+++» жолынан басталуы керек</source>
        <translation>the file must start with a &apos;+++&apos; line opening the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="22"/>
        <source>1-жолда ашылған метадеректер «+++» жолымен жабылмаған</source>
        <translation>the metadata block opened on line 1 is never closed with &apos;+++&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="23"/>
        <source>метадеректер қате: {reason}</source>
        <translation>invalid metadata: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="24"/>
        <source>белгісіз метадерек кілті «{key}»</source>
        <translation>unknown metadata key &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="25"/>
        <source>«{key}» метадерегі бос емес мәтін болуы керек</source>
        <translation>metadata &apos;{key}&apos; must be a non-empty text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="26"/>
        <source>«date» метадерегі 2025-11-15 сияқты күн болуы керек</source>
        <translation>metadata &apos;date&apos; must be a date such as 2025-11-15</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="27"/>
        <source>метадеректерде кемінде бір [[sections]] жазбасы болуы керек</source>
        <translation>metadata must declare at least one [[sections]] entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="28"/>
        <source>әрбір [[sections]] жазбасы кілттер кестесі (id, label, icon) болуы керек</source>
        <translation>each [[sections]] entry must be a table of keys (id, label, icon), not {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="31"/>
        <source>метадеректер қате: мәндер тым терең кірістірілген</source>
        <translation>invalid metadata: values nested too deeply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="32"/>
        <source>бұл кәдімгі файл емес: қалтаны, құрылғыны, арнаны не сокетті мақала ретінде оқуға болмайды</source>
        <translation>not a regular file (a folder, device, pipe or socket cannot be read as an article)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="35"/>
        <source>файлдың көлемі {size}, ал мақала {limit} аспауы керек</source>
        <translation>the file is {size}, larger than the {limit} an article may be</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="36"/>
        <source>«{suffix}» файлдарын оқу мүмкін емес: бағдарлама .md, .txt, .html, .htm және .epub ашады</source>
        <translation>cannot read &apos;{suffix}&apos; files: the reader opens .md, .txt, .html, .htm and .epub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="39"/>
        <source>мәтінді оқу мүмкін болмады: {reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="40"/>
        <source>оқуға болатын EPUB кітабы емес: {reason}</source>
        <translation>not a readable EPUB book: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="41"/>
        <source>мәтіні мақалаға рұқсат етілген {limit} көлемнен асады</source>
        <translation>its text is more than the {limit} an article may hold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="42"/>
        <source>файлда оқылатын мәтін жоқ</source>
        <translation>the file has no readable text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="43"/>
        <source>бөлімнің белгісіз кілті «{key}»</source>
        <translation>unknown section key &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="44"/>
        <source>бөлім жазбасына бос емес «{key}» керек</source>
        <translation>section entry needs a non-empty &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="45"/>
        <source>«{id}» бөлім идентификаторында тек кіші латын әріптері, цифрлар және дефис болуы керек</source>
        <translation>section id &apos;{id}&apos; must use lowercase letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="48"/>
        <source>«{id}» бөлімі екі рет жарияланған</source>
        <translation>section id &apos;{id}&apos; is declared twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="49"/>
        <source>«{icon}» белгішесі «fa6s.book-open» сияқты qtawesome атауы болуы керек</source>
        <translation>icon &apos;{icon}&apos; must be a qtawesome name such as &apos;fa6s.book-open&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="52"/>
        <source>бөлімнің «heading» мәні бос емес мәтін болуы керек</source>
        <translation>section &apos;heading&apos; must be a non-empty text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="53"/>
        <source>«heading» тек бірінші (кіріспе) бөлімде болады; басқалары оны өз «## » жолынан алады</source>
        <translation>only the first (lead) section may declare &apos;heading&apos;; the others take it from their &apos;## &apos; line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="57"/>
        <source>«{id}» бөлімінде мәтін жоқ</source>
        <translation>section &apos;{id}&apos; has no text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="58"/>
        <source>тек «## Тақырып {{#бөлім-id}}» тақырыптарына рұқсат етіледі</source>
        <translation>only &apos;## Heading {{#section-id}}&apos; headings are allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="61"/>
        <source>тақырып бөлім идентификаторымен аяқталуы керек, мысалы: «## Тақырып {{#west}}»</source>
        <translation>a heading must end with its section id, as in &apos;## Heading {{#west}}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="64"/>
        <source>«{id}» тақырыбының метадеректерде [[sections]] жазбасы жоқ</source>
        <translation>heading for &apos;{id}&apos; has no [[sections]] entry in the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="67"/>
        <source>мұнда «{expected}» бөлімі күтілген еді (метадеректер реті), ал «{id}» табылды</source>
        <translation>expected the section &apos;{expected}&apos; here (metadata order), found &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="70"/>
        <source>«{id}» бөлімінің тақырыбы метадеректерде берілген, сондықтан ол бірінші «## » жолының алдындағы кіріспе болуы керек</source>
        <translation>section &apos;{id}&apos; declares a heading in the metadata, so it must be the lead text before the first &apos;## &apos; line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="75"/>
        <source>бірінші тақырыпқа дейінгі мәтінге кіріспе бөлім керек: метадеректерде «{id}» бөліміне «heading» беріңіз</source>
        <translation>text before the first heading needs a lead section: give section &apos;{id}&apos; a &apos;heading&apos; in the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="79"/>
        <source>бос тізім элементі</source>
        <translation>empty list item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="80"/>
        <source>мәтін ішінде жол үзу таңбасы ({char}) бар: әр абзац жеке жолда болуы керек</source>
        <translation>a line break character ({char}) inside a text: put each paragraph on a line of its own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="83"/>
        <source>«{id}» бөлімі метадеректерде бар, бірақ мәтінде «## ... {{#{id}}}» тақырыбы жоқ</source>
        <translation>section &apos;{id}&apos; is declared in the metadata but has no &apos;## ... {{#{id}}}&apos; heading</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="105"/>
        <source>Күтпеген қате</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="106"/>
        <source>Бағдарламада қате болды, бірақ ол жұмысын жалғастырады:
%1</source>
        <translation>Something went wrong, but the reader keeps running:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="110"/>
        <source>Толығырақ: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="91"/>
        <source>Атауы</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="92"/>
        <source>Дереккөзі</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="93"/>
        <source>Күні</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="94"/>
        <source>Көлемі</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="95"/>
        <source>Оқылды</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="96"/>
        <source>Белгілер</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="97"/>
        <source>Соңғы оқылды</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="126"/>
        <source>Бағдарламамен бірге келген мақала</source>
        <translation>Article bundled with the reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="127"/>
        <source>Файл табылмады: орнын ауыстырған не жойылған болуы мүмкін</source>
        <translation>File not found: it may have been moved or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="125"/>
        <source>(файл жоқ)</source>
        <translation>(file missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="128"/>
        <location filename="../../desktop/ui/library/model.py" line="213"/>
        <source>%1 сөз</source>
        <translation>%1 words</translation>
    </message>
</context>
<context>
    <name>LibraryResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="94"/>
        <source>Кітапханадан табылғандар</source>
        <translation>Found in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="113"/>
        <source>түбірлес сөз</source>
        <translation>related word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="168"/>
        <source>Кітапханада «%1» табылмады</source>
        <translation>“%1” was not found in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="171"/>
        <source>%1 нәтиже, %2 мақалада</source>
        <translation>%1 hits in %2 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="174"/>
        <source>Мүмкін: %1</source>
        <translation>Did you mean: %1</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="95"/>
        <source>Кітапханадан сүзу: атауы, дереккөзі, күні…</source>
        <translation>Filter the library: title, source, date…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="97"/>
        <source>Кітапхананы сүзу</source>
        <translation>Filter the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="100"/>
        <source>Сұрыптау</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="101"/>
        <source>&amp;Сұрыптау:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="103"/>
        <source>Жаңасы алдымен</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="103"/>
        <source>Атауы бойынша</source>
        <translation>By title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="103"/>
        <source>Соңғы оқылғаны алдымен</source>
        <translation>Recently read first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="105"/>
        <source>Файл қосу…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="106"/>
        <source>Қалта қосу…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="110"/>
        <source>Кітапханадағы мақалалар</source>
        <translation>Articles in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="132"/>
        <source>Мақала файлдарын (.md, .txt, .html, .epub) не қалтаны терезеге сүйреп әкеліңіз.</source>
        <translation>Drag article files (.md, .txt, .html, .epub) or a folder onto the window to add them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="210"/>
        <source>«%1» бойынша мақала жоқ</source>
        <translation>No article matches “%1”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="118"/>
        <source>Бөлімдер</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="119"/>
        <source>Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді</source>
        <translation>The article’s sections; choosing one goes to it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="126"/>
        <source>Мақала мәтіні</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="159"/>
        <source>Іздеу</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="176"/>
        <source>Белгілер</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="283"/>
        <source>Бөлімдер тізімі мен мәтіннің арасы</source>
        <translation>Between the sections list and the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="285"/>
        <source>Терезенің өлшемі</source>
        <translation>Window size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="368"/>
        <source>%1, %2-бөлім, барлығы %3</source>
        <translation>%1, section %2 of %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="530"/>
        <source>%1-нәтиже, барлығы %2: %3</source>
        <translation>Hit %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="581"/>
        <source>Тек осы тұлғасы ізделеді</source>
        <translation>Searching this form only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="581"/>
        <source>Сөздің барлық тұлғалары ізделеді</source>
        <translation>Searching all forms of the word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="584"/>
        <source>Түбірлес сөздер де ізделеді</source>
        <translation>Related words are found too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="584"/>
        <source>Түбірлес сөздер ізделмейді</source>
        <translation>Related words are not searched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="419"/>
        <location filename="../../desktop/ui/mainwindow/window.py" line="164"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="158"/>
        <source>Ашу…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="163"/>
        <source>Кірістірілген мақала</source>
        <translation>Bundled article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="169"/>
        <source>Кітапханаға қосу…</source>
        <translation>Add to Library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="175"/>
        <source>Қалтаны кітапханаға қосу…</source>
        <translation>Add Folder to Library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="181"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="112"/>
        <source>Кітапхана</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="184"/>
        <source>Кітапханадағы барлық мақалалар (Ctrl+Shift+L)</source>
        <translation>All articles in the library (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="190"/>
        <source>Экспорттау…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="196"/>
        <source>Экспортқа белгілерді қосу</source>
        <translation>Include Highlights in Exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="200"/>
        <source>HTML, PDF және басып шығаруда белгілер мен ескертпелер</source>
        <translation>Highlights and notes in HTML, PDF and printouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="207"/>
        <source>Басып шығару…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="213"/>
        <source>Шығу</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="219"/>
        <source>Көшіру</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="225"/>
        <source>Барлығын белгілеу</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="231"/>
        <source>Көшіргенде дереккөзін қосу</source>
        <translation>Add the source when copying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="238"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="248"/>
        <source>Белгілеу</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="244"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="266"/>
        <source>Ескертпе…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="250"/>
        <source>Осы жерге бетбелгі қою</source>
        <translation>Bookmark this place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="269"/>
        <source>Болдырмау</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="274"/>
        <source>Кері қайтарылды: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="283"/>
        <source>Қайтару</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="288"/>
        <source>Қайта жасалды: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="298"/>
        <source>Үлкейту</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="304"/>
        <source>Кішірейту</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="310"/>
        <source>Қалыпты өлшем</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="316"/>
        <source>Латын әліпбиі</source>
        <translation>Latin alphabet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="319"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Show the article in the Latin alphabet (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="325"/>
        <source>Бөлімдер тізімі</source>
        <translation>Section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="334"/>
        <source>Толық экран</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="341"/>
        <source>Келесі бөлім</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="347"/>
        <source>Алдыңғы бөлім</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="353"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Go to the section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="359"/>
        <source>Мәтінге өту</source>
        <translation>Go to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="366"/>
        <source>Бағдарлама туралы</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="372"/>
        <source>Qt туралы</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="378"/>
        <source>Іздеу…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="384"/>
        <source>Келесі нәтиже</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="390"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="396"/>
        <source>Түбірлес сөздерді де табу</source>
        <translation>Find related words too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="400"/>
        <source>дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін</source>
        <translation>дос → достық, оқу → оқушы: after the word&apos;s own forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="407"/>
        <source>Тек осы тұлғасын табу</source>
        <translation>This form only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="411"/>
        <source>сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді</source>
        <translation>сапарын does not find сапарды: the word&apos;s other forms are not searched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="426"/>
        <source>Белгілерді экспорттау…</source>
        <translation>Export highlights…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="432"/>
        <source>Белгілерді импорттау…</source>
        <translation>Import highlights…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="439"/>
        <source>Белгілер тізімі</source>
        <translation>Highlights list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="448"/>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="469"/>
        <source>Жүйеге сәйкес</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="449"/>
        <source>Ашық</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="450"/>
        <source>Күңгірт</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="451"/>
        <source>Сепия</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="44"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="57"/>
        <source>Соңғы файлдар</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="45"/>
        <source>&amp;Өңдеу</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="46"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="67"/>
        <source>Түс схемасы</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="70"/>
        <source>Интерфейс тілі</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="47"/>
        <source>&amp;Іздеу</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="48"/>
        <source>Ө&amp;ту</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="84"/>
        <source>Бетбелгілер</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="49"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="440"/>
        <source>Оқылды: %1%</source>
        <translation>Read: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="54"/>
        <source>Мақаланы ашу</source>
        <translation>Open an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="70"/>
        <source>%1-жол: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="73"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="183"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>The article could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="82"/>
        <source>Кітаптың кей бөлігі толық оқылмады: %1</source>
        <translation>Part of the book could not be read fully: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="97"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="111"/>
        <source>(бос)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="124"/>
        <source>Мәтін (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="125"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="308"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="126"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="309"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="129"/>
        <source>Мақаланы экспорттау</source>
        <translation>Export the article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="114"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="111"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Could not write the file:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="56"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="225"/>
        <source>Мақалалар (*.md *.txt *.html *.htm *.epub);;Барлық файлдар (*)</source>
        <translation>Articles (*.md *.txt *.html *.htm *.epub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="118"/>
        <source>Сақталды: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="158"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.&lt;/p&gt;&lt;p&gt;Мақала: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Қаріп: Noto Serif, SIL Open Font License 1.1. Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;&lt;p&gt;Іздеу сөздігі: Hunspell қазақ сөздігі (А. Мұсаева, L. Németh, R. Aliev), Mozilla Public License 1.1 бойынша.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="170"/>
        <source>&lt;p&gt;Oqyrman негізінде жасалған.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built on Oqyrman.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="173"/>
        <source>%1 туралы</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="121"/>
        <source>Алдымен мәтіннен бір бөлікті белгілеңіз</source>
        <translation>Select some text first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="232"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="281"/>
        <source>Ескертпе</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="252"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="263"/>
        <source>Астын сызу</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="100"/>
        <source>Бетбелгі қойылды: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="255"/>
        <source>Ескертпе қосу…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="258"/>
        <source>Түсі</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="170"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="259"/>
        <source>Түсін өзгерту</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="268"/>
        <source>Дереккөзімен көшіру</source>
        <translation>Copy with the source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="271"/>
        <source>Белгіні өшіру</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="310"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="312"/>
        <source>Белгілерді экспорттау</source>
        <translation>Export highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="335"/>
        <source>Белгілерді импорттау</source>
        <translation>Import highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="337"/>
        <source>Oqyrman белгілері (*.json)</source>
        <translation>Oqyrman highlights (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="358"/>
        <source>Импорт сәтсіз аяқталды</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="362"/>
        <source>Қосылды: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="372"/>
        <source>Белгілер сақталмайды</source>
        <translation>Highlights are not being saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="374"/>
        <source>Белгілер мен ескертпелерді сақтау мүмкін болмады:
%1

Оқи беруге болады; жасалған белгілер бағдарлама ашық тұрғанда сақталып тұрады.</source>
        <translation>Highlights and notes could not be saved:
%1

You can go on reading; what you mark is kept while the reader is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="96"/>
        <source>Кітапхана қолжетімсіз: %1</source>
        <translation>The library is unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="102"/>
        <source>Іздеу индексі зақымдалған: мақалалардан қайта құрылуда</source>
        <translation>The search index was damaged: it is being rebuilt from the articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="114"/>
        <source>Кітапхананы оқу не жазу мүмкін болмады:
%1

Мақаланы оқи беруге болады.</source>
        <translation>The library could not be read or written:
%1

You can go on reading.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="192"/>
        <source>«%1» кітапханадан алынды; файлы орнында қалды</source>
        <translation>“%1” was removed from the library; its file was left in place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="223"/>
        <source>Кітапханаға қосу</source>
        <translation>Add to Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="234"/>
        <source>Қалтаны кітапханаға қосу</source>
        <translation>Add Folder to Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="258"/>
        <source>Кітапханаға қосылуда: %1</source>
        <translation>Adding to the library: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="268"/>
        <source>Кітапханаға қосылды: %1, жаңартылды: %2, өзгермеген: %3</source>
        <translation>Added to the library: %1, updated: %2, unchanged: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="279"/>
        <source>…және тағы %1 файл</source>
        <translation>…and %1 more files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="282"/>
        <source>Кейбір файлдар қосылмады</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="772"/>
        <source>Баптаулар сақталмайды: %1 файлына жазу мүмкін емес</source>
        <translation>Settings are not being saved: %1 cannot be written</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="41"/>
        <location filename="../../desktop/ui/note_dialog.py" line="50"/>
        <source>Ескертпе</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="51"/>
        <source>Мына мәтінге: %1</source>
        <translation>On the text: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="52"/>
        <source>&amp;Ескертпе (Ctrl+Enter — сақтау):</source>
        <translation>&amp;Note (Ctrl+Enter saves):</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="121"/>
        <source>Бетбелгінің атын өзгерту</source>
        <translation>Rename bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="132"/>
        <source>(бұл нұсқада табылмады)</source>
        <translation>(not found in this version)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="180"/>
        <source>Белгілерден іздеу…</source>
        <translation>Search highlights…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="182"/>
        <source>Белгілерді сүзу</source>
        <translation>Filter highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="186"/>
        <source>Барлығы</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="187"/>
        <source>Белгілер</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="188"/>
        <source>Ескертпелер</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="189"/>
        <source>Бетбелгілер</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="193"/>
        <source>Кез келген түс</source>
        <translation>Any colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="202"/>
        <source>Белгілер, ескертпелер және бетбелгілер</source>
        <translation>Highlights, notes and bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="204"/>
        <source>&amp;Түрі:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="204"/>
        <source>Т&amp;үсі:</source>
        <translation>&amp;Colour:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="39"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="73"/>
        <source>Ескертпелерде де бар: %1</source>
        <translation>Also in your notes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="80"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="83"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="45"/>
        <source>Қайдан іздеу</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="46"/>
        <source>Қайдан іздеу: осы бөлімнен, осы мақаладан не бүкіл кітапханадан</source>
        <translation>Where to search: this section, this article or the whole library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="48"/>
        <source>Қайдан іздеу:</source>
        <translation>Search in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="52"/>
        <source>Осы бөлім</source>
        <translation>This section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="53"/>
        <source>Осы мақала</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="54"/>
        <source>Кітапхана</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="61"/>
        <location filename="../../desktop/ui/search/bar.py" line="117"/>
        <source>Мақаладан іздеу…</source>
        <translation>Search the article…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="66"/>
        <location filename="../../desktop/ui/search/bar.py" line="67"/>
        <source>Іздеу</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="69"/>
        <source>Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады</source>
        <translation>Type a word in any form, on a Russian keyboard or in Latin letters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="77"/>
        <location filename="../../desktop/ui/search/bar.py" line="131"/>
        <source>Табылғандар саны</source>
        <translation>Number of matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="81"/>
        <source>Іздеу баптаулары</source>
        <translation>Search options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="89"/>
        <source>Алдыңғы нәтиже (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="90"/>
        <source>Келесі нәтиже (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="116"/>
        <source>Осы бөлімнен іздеу…</source>
        <translation>Search this section…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="118"/>
        <source>Кітапханадан іздеу…</source>
        <translation>Search the library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="134"/>
        <source>Ештеңе табылмады</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="138"/>
        <source>%1-нәтиже, барлығы %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="36"/>
        <source>түбірлес сөз</source>
        <translation>related word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="79"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="62"/>
        <source>Астын сызу</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="63"/>
        <source>Ескертпе…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="64"/>
        <source>Дереккөзімен көшіру</source>
        <translation>Copy with the source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="65"/>
        <source>Белгіні өшіру</source>
        <translation>Delete highlight</translation>
    </message>
</context>
<context>
    <name>WordCompleter</name>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="45"/>
        <source>Мәтіндегі сөздер</source>
        <translation>Words in the text</translation>
    </message>
</context>
<context>
    <name>_List</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="160"/>
        <source>Атын өзгерту…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="163"/>
        <source>Өшіру</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>_Table</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="72"/>
        <source>Оқу</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="73"/>
        <source>Кітапханадан алып тастау</source>
        <translation>Remove from library</translation>
    </message>
</context>
</TS>
