<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="kk">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../desktop/ui/accessibility.py" line="41"/>
        <source>Тазарту</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="87"/>
        <source>Сары</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="88"/>
        <source>Жасыл</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="89"/>
        <source>Көк</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="90"/>
        <source>Қызғылт</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="100"/>
        <source>Астын сызу</source>
        <translation>Подчёркивание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="102"/>
        <source>Белгі, %1</source>
        <translation>Выделение, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="104"/>
        <source>ескертпесі бар</source>
        <translation>с заметкой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="267"/>
        <source>белгілерді сақтау мүмкін емес</source>
        <translation>выделения невозможно сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="298"/>
        <source>Белгілеу</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="97"/>
        <location filename="../../desktop/ui/annotations.py" line="312"/>
        <source>Бетбелгі</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="362"/>
        <source>Белгіні өшіру</source>
        <translation>Удалить выделение</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="312"/>
        <source>қате</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="313"/>
        <source>ескерту</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="314"/>
        <source>қосылмады</source>
        <translation>не добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="315"/>
        <source>%1 файлын оқу мүмкін болмады: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="316"/>
        <source>%1 файлына жазу мүмкін болмады: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="317"/>
        <source>кітапханаға қосу мүмкін емес: %1</source>
        <translation>нельзя добавить в библиотеку: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="318"/>
        <source>кітапханадан алып тастау мүмкін емес: %1</source>
        <translation>нельзя удалить из библиотеки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="319"/>
        <source>%2 импорттау мүмкін емес: %1</source>
        <translation>нельзя импортировать %2: %1</translation>
    </message>
</context>
<context>
    <name>ContentError</name>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="29"/>
        <source>файлды оқу мүмкін болмады: {reason}</source>
        <translation>не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="30"/>
        <location filename="../../desktop/ui/content_errors.py" line="477"/>
        <source>мәтін UTF-8 кодтауында емес</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="31"/>
        <source>файл метадеректерді ашатын «+++» жолынан басталуы керек</source>
        <translation>файл должен начинаться строкой «+++», открывающей метаданные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="32"/>
        <source>1-жолда ашылған метадеректер «+++» жолымен жабылмаған</source>
        <translation>метаданные, открытые в строке 1, не закрыты строкой «+++»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="33"/>
        <source>метадеректер қате: {reason}</source>
        <translation>ошибка в метаданных: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="34"/>
        <source>белгісіз метадерек кілті «{key}»</source>
        <translation>неизвестный ключ метаданных «{key}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="35"/>
        <source>«{key}» метадерегі бос емес мәтін болуы керек</source>
        <translation>поле метаданных «{key}» должно быть непустым текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="36"/>
        <source>«date» метадерегі 2025-11-15 сияқты күн болуы керек</source>
        <translation>поле «date» должно быть датой вида 2025-11-15</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="37"/>
        <source>метадеректерде кемінде бір [[sections]] жазбасы болуы керек</source>
        <translation>в метаданных должна быть хотя бы одна запись [[sections]]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="38"/>
        <source>әрбір [[sections]] жазбасы кілттер кестесі (id, label, icon) болуы керек</source>
        <translation>каждая запись [[sections]] должна быть таблицей ключей (id, label, icon)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="41"/>
        <source>метадеректер қате: мәндер тым терең кірістірілген</source>
        <translation>ошибка в метаданных: значения вложены слишком глубоко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="42"/>
        <source>бұл кәдімгі файл емес: қалтаны, құрылғыны, арнаны не сокетті мақала ретінде оқуға болмайды</source>
        <translation>это не обычный файл: папку, устройство, канал или сокет нельзя прочитать как статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="45"/>
        <source>файлдың көлемі {size}, ал мақала {limit} аспауы керек</source>
        <translation>размер файла {size}, а статья не может быть больше {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="46"/>
        <source>«{suffix}» файлдарын оқу мүмкін емес: бағдарлама .md, .txt, .html, .htm және .epub ашады</source>
        <translation>файлы «{suffix}» не читаются: программа открывает .md, .txt, .html, .htm и .epub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="49"/>
        <source>мәтінді оқу мүмкін болмады: {reason}</source>
        <translation>не удалось прочитать текст: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="50"/>
        <source>оқуға болатын EPUB кітабы емес: {reason}</source>
        <translation>это не читаемая книга EPUB: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="51"/>
        <source>мәтіні мақалаға рұқсат етілген {limit} көлемнен асады</source>
        <translation>её текст больше {limit}, допустимых для статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="52"/>
        <source>файлда оқылатын мәтін жоқ</source>
        <translation>в файле нет читаемого текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="53"/>
        <source>бөлімнің белгісіз кілті «{key}»</source>
        <translation>неизвестный ключ раздела «{key}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="54"/>
        <source>бөлім жазбасына бос емес «{key}» керек</source>
        <translation>у раздела должно быть непустое поле «{key}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="55"/>
        <source>«{id}» бөлім идентификаторында тек кіші латын әріптері, цифрлар және дефис болуы керек</source>
        <translation>идентификатор раздела «{id}» может содержать только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="58"/>
        <source>«{id}» бөлімі екі рет жарияланған</source>
        <translation>раздел «{id}» объявлен дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="59"/>
        <source>«{icon}» белгішесі «fa6s.book-open» сияқты qtawesome атауы болуы керек</source>
        <translation>значок «{icon}» должен быть именем qtawesome, например «fa6s.book-open»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="62"/>
        <source>бөлімнің «heading» мәні бос емес мәтін болуы керек</source>
        <translation>поле «heading» раздела должно быть непустым текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="63"/>
        <source>«heading» тек бірінші (кіріспе) бөлімде болады; басқалары оны өз «## » жолынан алады</source>
        <translation>«heading» бывает только у первого (вводного) раздела; остальные берут заголовок из своей строки «## »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="67"/>
        <source>«{id}» бөлімінде мәтін жоқ</source>
        <translation>в разделе «{id}» нет текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="68"/>
        <source>тек «## Тақырып {{#бөлім-id}}» тақырыптарына рұқсат етіледі</source>
        <translation>допускаются только заголовки вида «## Заголовок {{#id-раздела}}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="71"/>
        <source>тақырып бөлім идентификаторымен аяқталуы керек, мысалы: «## Тақырып {{#west}}»</source>
        <translation>заголовок должен заканчиваться идентификатором раздела, например «## Заголовок {{#west}}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="74"/>
        <source>«{id}» тақырыбының метадеректерде [[sections]] жазбасы жоқ</source>
        <translation>для заголовка «{id}» нет записи [[sections]] в метаданных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="77"/>
        <source>мұнда «{expected}» бөлімі күтілген еді (метадеректер реті), ал «{id}» табылды</source>
        <translation>здесь ожидался раздел «{expected}» (порядок метаданных), а найден «{id}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="80"/>
        <source>«{id}» бөлімінің тақырыбы метадеректерде берілген, сондықтан ол бірінші «## » жолының алдындағы кіріспе болуы керек</source>
        <translation>заголовок раздела «{id}» задан в метаданных, поэтому он должен быть вводным текстом перед первой строкой «## »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="85"/>
        <source>бірінші тақырыпқа дейінгі мәтінге кіріспе бөлім керек: метадеректерде «{id}» бөліміне «heading» беріңіз</source>
        <translation>тексту до первого заголовка нужен вводный раздел: задайте «heading» разделу «{id}» в метаданных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="89"/>
        <source>бос тізім элементі</source>
        <translation>пустой элемент списка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="90"/>
        <source>мәтін ішінде жол үзу таңбасы ({char}) бар: әр абзац жеке жолда болуы керек</source>
        <translation>в тексте есть символ разрыва строки ({char}): каждый абзац должен быть на отдельной строке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="93"/>
        <source>«{id}» бөлімі метадеректерде бар, бірақ мәтінде «## ... {{#{id}}}» тақырыбы жоқ</source>
        <translation>раздел «{id}» есть в метаданных, но в тексте нет заголовка «## ... {{#{id}}}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="100"/>
        <location filename="../../desktop/ui/content_errors.py" line="247"/>
        <source>рұқсат жоқ</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="101"/>
        <source>бұл әрекетке рұқсат етілмеген</source>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="102"/>
        <source>мұндай файл не қалта жоқ</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="103"/>
        <location filename="../../desktop/ui/content_errors.py" line="200"/>
        <source>бұл – қалта</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="104"/>
        <source>жолдың бір бөлігі қалта емес</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="105"/>
        <source>енгізу-шығару қатесі: диск не тасымалдағыш зақымдалған болуы мүмкін</source>
        <translation>ошибка ввода-вывода: диск или носитель может быть повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="106"/>
        <location filename="../../desktop/ui/content_errors.py" line="254"/>
        <location filename="../../desktop/ui/content_errors.py" line="258"/>
        <source>дискіде бос орын жоқ</source>
        <translation>на диске нет места</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="107"/>
        <source>дискідегі үлесіңіз таусылды</source>
        <translation>исчерпана ваша дисковая квота</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="108"/>
        <source>файлдық жүйе тек оқуға арналған</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="109"/>
        <source>бағдарламада тым көп файл ашық</source>
        <translation>программа открыла слишком много файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="110"/>
        <source>жүйеде тым көп файл ашық</source>
        <translation>в системе открыто слишком много файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="111"/>
        <source>файлдың атауы тым ұзын</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="112"/>
        <source>символдық сілтемелер тұйық айналады</source>
        <translation>символические ссылки образуют цикл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="113"/>
        <source>құрылғы не ресурс бос емес</source>
        <translation>устройство или ресурс занято</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="114"/>
        <location filename="../../desktop/ui/content_errors.py" line="115"/>
        <source>мұндай құрылғы жоқ</source>
        <translation>нет такого устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="116"/>
        <source>файл тым үлкен</source>
        <translation>файл слишком велик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="117"/>
        <source>жарамсыз аргумент</source>
        <translation>недопустимый аргумент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="118"/>
        <source>желідегі файл енді қолжетімсіз</source>
        <translation>сетевой файл больше недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="119"/>
        <source>күту уақыты бітті</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="120"/>
        <source>жады жетпейді</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="121"/>
        <source>ресурс уақытша қолжетімсіз</source>
        <translation>ресурс временно недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="122"/>
        <source>мұндай файл бар</source>
        <translation>такой файл уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="125"/>
        <source>жүйе қатесі {code}</source>
        <translation>системная ошибка {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="131"/>
        <source>{detail}; оның орнына {name} пакет құжаты оқылды</source>
        <translation>{detail}; вместо него прочитан документ пакета {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="133"/>
        <source>оқу ретіндегі {id} оқылатын мәтін құжаты емес: өткізілді</source>
        <translation>{id} из порядка чтения — не читаемый документ с текстом: пропущен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="135"/>
        <source>{name} бағдарлама қабылдайтыннан үлкен ({detail}): өткізілді</source>
        <translation>{name} больше, чем принимает программа ({detail}): пропущен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="136"/>
        <source>{detail}: өткізілді</source>
        <translation>{detail}: пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="138"/>
        <source>оның бірде-бір мәтін құжатын оқу мүмкін болмады ({detail})</source>
        <translation>ни один её документ с текстом не удалось прочитать ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="140"/>
        <source>мәтін UTF-8 не UTF-16 кодтауында емес ({line}-жол)</source>
        <translation>текст не в кодировке UTF-8 или UTF-16 (строка {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="142"/>
        <source>{encoding} мәтіні дұрыс емес ({byte}-байт)</source>
        <translation>неверный текст {encoding} (байт {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="144"/>
        <source>бет бағдарлама қабылдайтыннан үлкен: {detail}</source>
        <translation>страница больше, чем принимает программа: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="145"/>
        <source>{count} элементтен көп</source>
        <translation>больше {count} элементов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="147"/>
        <source>белгілеуі {count} таңбадан көп</source>
        <translation>больше {count} символов разметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="150"/>
        <source>ZIP архиві емес, ал EPUB кітабы ZIP архиві болады</source>
        <translation>не архив ZIP, а книга EPUB — это архив ZIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="152"/>
        <source>ол бірнеше файлға бөлінген ZIP архиві: оларды біріктіру мүмкін емес</source>
        <translation>это ZIP-архив, разбитый на несколько файлов: их нельзя соединить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="154"/>
        <source>онда {count} файлдан көп бар деп жазылған</source>
        <translation>в нём, по его словам, больше {count} файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="156"/>
        <source>архивтің соңы кесіліп қалған (файлдарының тізімі сонда еді)</source>
        <translation>архив обрезан: нет его конца, где хранится список файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="158"/>
        <source>ZIP архивінің мазмұны зақымдалған</source>
        <translation>оглавление ZIP-архива повреждено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="160"/>
        <source>META-INF/container.xml файлында аталған {name} архивте жоқ</source>
        <translation>указанного в META-INF/container.xml файла {name} нет в архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="162"/>
        <source>META-INF/container.xml файлында пакет құжаты аталмаған</source>
        <translation>в META-INF/container.xml не указан документ пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="164"/>
        <source>онда желідегі {name} аталған, ал бағдарлама желіден ештеңе алмайды</source>
        <translation>в ней указан {name} из сети, а программа ничего не загружает из сети</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="166"/>
        <source>онда аталған {name} архивте жоқ</source>
        <translation>названного в ней файла {name} нет в архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="167"/>
        <source>{name} архивте жоқ</source>
        <translation>{name} нет в архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="168"/>
        <source>{name} файлының соңы жоқ</source>
        <translation>файл {name} обрезан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="169"/>
        <source>{name} шифрланған</source>
        <translation>файл {name} зашифрован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="171"/>
        <source>{name} зақымдалған: оның өлшемі не бақылау сомасы архивте жазылғандай емес</source>
        <translation>{name} повреждён: его размер или контрольная сумма не совпадает с указанной в архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="173"/>
        <source>{name} зақымдалған: архивтің мазмұны көрсеткен жерде ол жоқ</source>
        <translation>{name} повреждён: его нет там, где указывает оглавление архива</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="175"/>
        <source>{name} ашылмады: оның қысылған деректері зақымдалған</source>
        <translation>не удалось распаковать {name}: его сжатые данные повреждены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="177"/>
        <source>{name} бағдарлама ашпайтын әдіспен (нөмірі {method}) қысылған</source>
        <translation>{name} сжат методом, который программа не распаковывает (номер {method})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="179"/>
        <source>{name} бағдарламаға белгісіз LZMA баптауларымен қысылған</source>
        <translation>{name} сжат с параметрами LZMA, неизвестными программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="180"/>
        <source>кітапты қайта оқу мүмкін болмады</source>
        <translation>не удалось прочитать книгу снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="183"/>
        <source>оның ашылған файлдары бағдарлама қабылдайтыннан үлкен</source>
        <translation>её файлы в распакованном виде больше, чем принимает программа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="185"/>
        <source>{name} дұрыс XML емес ({line}-жол, {column}-баған)</source>
        <translation>{name} — некорректный XML (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="187"/>
        <source>{name} дұрыс XML емес</source>
        <translation>{name} — некорректный XML</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="189"/>
        <source>оның пакет құжатында оқу реті жоқ</source>
        <translation>в её документе пакета нет порядка чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="191"/>
        <source>оның файлдары EPUB рұқсат етпейтін әдіспен ({methods}) қысылған</source>
        <translation>её файлы сжаты методом, который EPUB не допускает ({methods})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="193"/>
        <source>оның пакет құжатында оқу реті жоқ: мәтін құжаттары тізімдегі ретімен оқылды</source>
        <translation>в её документе пакета нет порядка чтения: документы прочитаны в порядке списка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="195"/>
        <source>оқу ретінде {count} құжат бар: алғашқы {first} құжаттан кейінгілері оқылмады</source>
        <translation>в порядке чтения {count} документов: следующие за первыми {first} не прочитаны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="198"/>
        <source>{name} дұрыс XHTML емес: қатесі бар жерлеріне қарамай оқылды</source>
        <translation>{name} — некорректный XHTML: прочитан, несмотря на ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="201"/>
        <source>мұндай қалта жоқ</source>
        <translation>нет такой папки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="203"/>
        <source>кәдімгі файл емес (құрылғы, арна не сокет)</source>
        <translation>не обычный файл (устройство, канал или сокет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="204"/>
        <source>файл тек оқуға арналған</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="205"/>
        <source>бұл – қазір ашық тұрған мақаланың файлы</source>
        <translation>это файл статьи, открытой сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="207"/>
        <source>мақала файлы емес (кеңейтімі жоқ)</source>
        <translation>не файл статьи (нет расширения)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="208"/>
        <source>мақала файлы емес ({suffix})</source>
        <translation>не файл статьи ({suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="209"/>
        <source>файлдың атауы UTF-8 мәтіні емес</source>
        <translation>имя файла — не текст UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="211"/>
        <source>қалтаны оқу мүмкін болмады: {reason}</source>
        <translation>не удалось прочитать папку: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="212"/>
        <source>оқу мүмкін болмады: {reason}</source>
        <translation>не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="214"/>
        <source>бұрын оқылған қалтаға сілтеме (қайта оқылмады)</source>
        <translation>ссылка на уже прочитанную папку (повторно не читалась)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="216"/>
        <source>қалтада {count} файлдан көп: қалғаны қаралмады</source>
        <translation>в папке больше {count} файлов: остальные не просмотрены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="218"/>
        <source>{count} файлдан көп: қалғаны оқылмады</source>
        <translation>больше {count} файлов: остальные не прочитаны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="219"/>
        <source>{name} сілтемелері тұйық айналады</source>
        <translation>ссылки {name} образуют цикл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="222"/>
        <source>{name} тек оқу үшін ашылды: {reason}; өзгерістер сақталмайды</source>
        <translation>{name} открыт только для чтения: {reason}; изменения не сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="224"/>
        <source>{path} файлына өзгерістерді сақтау мүмкін болмады: {detail}</source>
        <translation>не удалось сохранить изменения в {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="226"/>
        <source>{path} файлына жазу мүмкін болмады: {reason}</source>
        <translation>не удалось записать в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="228"/>
        <source>зақымдалған {path} файлын ауыстыру мүмкін болмады: {reason}</source>
        <translation>не удалось заменить повреждённый {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="230"/>
        <location filename="../../desktop/ui/content_errors.py" line="232"/>
        <source>{path} файлын ашу мүмкін болмады: {reason}</source>
        <translation>не удалось открыть {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="234"/>
        <source>{path} бұл бағдарламаның дерекқоры емес; ол сол күйінде қалдырылды</source>
        <translation>{path} — не база данных этой программы; файл оставлен как есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="236"/>
        <source>{path} кәдімгі файл емес (қалта, арна не құрылғы); ол сол күйінде қалдырылды</source>
        <translation>{path} — не обычный файл (папка, канал или устройство); он оставлен как есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="238"/>
        <source>{path} зақымдалған, бірақ оны басқа атпен сақтау мүмкін болмады ({reason}); ол сол күйінде қалдырылды</source>
        <translation>{path} повреждён, но его не удалось отложить под другим именем ({reason}); он оставлен как есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="242"/>
        <source>{path} бағдарламаның жаңарақ нұсқасымен жазылған (сызбасы {version})</source>
        <translation>{path} записан более новой версией программы (схема {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="244"/>
        <source>{name} зақымдалған еді ({reason}); ол {aside} деген атпен сақталды</source>
        <translation>{name} был повреждён ({reason}); он сохранён как {aside}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="245"/>
        <location filename="../../desktop/ui/content_errors.py" line="264"/>
        <source>дерекқор емес</source>
        <translation>не база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="246"/>
        <source>зақымдалған</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="249"/>
        <location filename="../../desktop/ui/content_errors.py" line="257"/>
        <source>оны басқа бағдарлама пайдаланып отыр (құлыпталған)</source>
        <translation>его использует другая программа (заблокирован)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="251"/>
        <location filename="../../desktop/ui/content_errors.py" line="260"/>
        <source>файл не оның қалтасы тек оқуға арналған</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="253"/>
        <location filename="../../desktop/ui/content_errors.py" line="261"/>
        <source>дискіге жазу мүмкін емес (енгізу-шығару қатесі)</source>
        <translation>на диск нельзя записать (ошибка ввода-вывода)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="256"/>
        <source>файлды жазу үшін ашу мүмкін емес</source>
        <translation>файл нельзя открыть для записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="262"/>
        <source>файлды ашу мүмкін емес</source>
        <translation>файл нельзя открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="263"/>
        <source>дерекқор файлы зақымдалған</source>
        <translation>файл базы данных повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="265"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="267"/>
        <source>мәнді қайта жазуға болмайды</source>
        <translation>значение нельзя перезаписать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="269"/>
        <source>{key} кестесін өзгертуге болмайды</source>
        <translation>таблицу {key} нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="270"/>
        <source>жолдағы «\» таңбасы экрандалмаған</source>
        <translation>в строке не экранирован символ «\»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="271"/>
        <source>рұқсат етілмеген таңба {char}</source>
        <translation>недопустимый символ {char}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="272"/>
        <source>жарамсыз таңба {char}</source>
        <translation>неверный символ {char}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="274"/>
        <source>жолдағы кестеде {key} кілті қайталанған</source>
        <translation>ключ {key} повторяется во встроенной таблице</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="276"/>
        <source>{key} кестесін қайта анықтауға болмайды</source>
        <translation>таблицу {key} нельзя определить заново</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="277"/>
        <source>{key} екі рет жарияланған</source>
        <translation>{key} объявлен дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="278"/>
        <source>мәтін тырнақшамен жабылмаған</source>
        <translation>строка не закрыта кавычкой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="279"/>
        <source>жолдағы кесте «}}» белгісімен жабылмаған</source>
        <translation>встроенная таблица не закрыта «}}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="280"/>
        <source>тізім «]» белгісімен жабылмаған</source>
        <translation>список не закрыт «]»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="281"/>
        <source>мән жарамсыз</source>
        <translation>неверное значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="282"/>
        <source>жол «кілт = мән» түрінде емес</source>
        <translation>строка не вида «ключ = значение»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="284"/>
        <source>кілттің бірінші таңбасы жарамсыз</source>
        <translation>неверный первый символ ключа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="285"/>
        <source>он алтылық сан жарамсыз</source>
        <translation>неверное шестнадцатеричное число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="286"/>
        <source>күн не уақыт жарамсыз</source>
        <translation>неверная дата или время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="288"/>
        <source>кестелер тізімінің атауы «]]» белгісімен жабылмаған</source>
        <translation>имя массива таблиц не закрыто «]]»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="290"/>
        <source>кестенің атауы «]» белгісімен жабылмаған</source>
        <translation>имя таблицы не закрыто «]»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="291"/>
        <source>кілттен кейін «=» керек</source>
        <translation>после ключа нужен «=»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="293"/>
        <source>экрандалған таңба Юникод таңбасы емес</source>
        <translation>экранированный символ — не символ Юникода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="295"/>
        <source>бір жолда тек бір «кілт = мән» жазылады</source>
        <translation>на одной строке пишется только одно «ключ = значение»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="296"/>
        <source>мұнда {what} күтілген еді</source>
        <translation>здесь ожидалось {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="441"/>
        <source>JSON мәтіні дұрыс емес ({line}-жол, {column}-баған)</source>
        <translation>неверный JSON (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="442"/>
        <source>JSON мәтіні дұрыс емес: {detail}</source>
        <translation>неверный JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="444"/>
        <source>Oqyrman белгілерінің файлы емес (онда «format»: «{format}» жоқ)</source>
        <translation>не файл заметок Oqyrman (в нём нет «format»: «{format}»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="446"/>
        <source>белгілер басқа мақалаға арналған ({theirs}), бұл мақалаға ({ours}) емес</source>
        <translation>заметки относятся к другой статье ({theirs}), а не к {ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="448"/>
        <source>белгілер файлының нұсқасы {theirs}; бағдарлама {ours} нұсқасын оқиды</source>
        <translation>версия файла заметок {theirs}; программа читает версию {ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="450"/>
        <location filename="../../desktop/ui/content_errors.py" line="452"/>
        <source>белгілер файлы {size} MiB-тан үлкен</source>
        <translation>файл заметок больше {size} МиБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="453"/>
        <source>«annotations» тізім болуы керек</source>
        <translation>«annotations» должен быть списком</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="455"/>
        <source>{number}-белгі JSON нысаны емес</source>
        <translation>заметка {number} — не объект JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="457"/>
        <source>{number}-белгіде мына өрістер жоқ: {names}</source>
        <translation>в заметке {number} нет полей: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="459"/>
        <source>{number}-белгі: «passage», «start», «end» 0-ден {limit}-ге дейінгі бүтін сан болуы керек</source>
        <translation>заметка {number}: «passage», «start», «end» должны быть целыми числами от 0 до {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="462"/>
        <source>{number}-белгі: {names} мәтін болуы керек</source>
        <translation>заметка {number}: {names} должны быть текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="464"/>
        <source>{number}-белгі: «{name}» ішінде жұбы жоқ суррогат таңба бар, ол мәтін емес</source>
        <translation>заметка {number}: в «{name}» одиночный суррогатный символ, это не текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="466"/>
        <source>{number}-белгі: түрі, безендіруі не түсі белгісіз</source>
        <translation>заметка {number}: неизвестный вид, стиль или цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="468"/>
        <source>{number}-белгі: дәйексөзі көрсетілген орнына сыймайды</source>
        <translation>заметка {number}: цитата не соответствует своим смещениям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="470"/>
        <source>{number}-белгі: {detail}, ал дәйексөзі мақалада жоқ: табылмаған ретінде сақталды</source>
        <translation>заметка {number}: {detail}, а её цитаты нет в статье: сохранена как не найденная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="473"/>
        <source>{number}-белгі: {detail}; дәйексөзі тұрған жерге қойылды ({passage}-абзац)</source>
        <translation>заметка {number}: {detail}; помещена туда, где её цитата (абзац {passage})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="475"/>
        <source>оның дәйексөзі көрсетілген орындағы мәтін емес</source>
        <translation>её цитата — не тот текст, что на её месте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="476"/>
        <source>оның орны мақаладан тыс</source>
        <translation>её место за пределами статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="479"/>
        <source>бұл кәдімгі файл емес (арна, құрылғы не қалта)</source>
        <translation>это не обычный файл (канал, устройство или папка)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="105"/>
        <source>Күтпеген қате</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="106"/>
        <source>Бағдарламада қате болды, бірақ ол жұмысын жалғастырады:
%1</source>
        <translation>В программе произошла ошибка, но она продолжает работу:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="110"/>
        <source>Толығырақ: %1</source>
        <translation>Подробности: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="99"/>
        <source>Атауы</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="100"/>
        <source>Дереккөзі</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="101"/>
        <source>Күні</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="102"/>
        <source>Көлемі</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="103"/>
        <source>Оқылды</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="104"/>
        <source>Белгілер</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="105"/>
        <source>Соңғы оқылды</source>
        <translation>Последнее чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="141"/>
        <source>Бағдарламамен бірге келген мақала</source>
        <translation>Статья, поставляемая с программой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="142"/>
        <source>Файл табылмады: орнын ауыстырған не жойылған болуы мүмкін</source>
        <translation>Файл не найден: возможно, он перемещён или удалён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="144"/>
        <source>Белгі жоқ</source>
        <translation>Пометок нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="144"/>
        <source>Әлі оқылмаған</source>
        <translation>Ещё не читалась</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="140"/>
        <source>(файл жоқ)</source>
        <translation>(файла нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="143"/>
        <location filename="../../desktop/ui/library/model.py" line="235"/>
        <source>%1 сөз</source>
        <translation>%1 слов</translation>
    </message>
</context>
<context>
    <name>LibraryResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="111"/>
        <source>Кітапханадан табылғандар</source>
        <translation>Найдено в библиотеке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="136"/>
        <source>түбірлес сөз</source>
        <translation>однокоренное слово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="207"/>
        <source>Кітапханада «%1» табылмады</source>
        <translation>«%1» в библиотеке не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="209"/>
        <source>%1 нәтиже, %2 мақалада</source>
        <translation>Найдено: %1, в статьях: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="212"/>
        <source>Мүмкін: %1</source>
        <translation>Возможно: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="252"/>
        <source>%1-нәтиже, барлығы %2: %3</source>
        <translation>Совпадение %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="172"/>
        <source>Кітапханадан сүзу: атауы, дереккөзі, күні…</source>
        <translation>Фильтр библиотеки: название, источник, дата…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="174"/>
        <source>Кітапхананы сүзу</source>
        <translation>Фильтр библиотеки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="177"/>
        <source>Сұрыптау</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="178"/>
        <source>&amp;Сұрыптау:</source>
        <translation>Со&amp;ртировка:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Жаңасы алдымен</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Атауы бойынша</source>
        <translation>По названию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Соңғы оқылғаны алдымен</source>
        <translation>Сначала недавно прочитанные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="185"/>
        <source>Файл қосу…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="186"/>
        <source>Қалта қосу…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="194"/>
        <source>Кітапханадағы мақалалар</source>
        <translation>Статьи библиотеки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="216"/>
        <source>Мақала файлдарын (.md, .txt, .html, .epub) не қалтаны терезеге сүйреп әкеліңіз.</source>
        <translation>Перетащите файлы статей (.md, .txt, .html, .epub) или папку в окно, чтобы добавить их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="346"/>
        <source>«%1» бойынша мақала жоқ</source>
        <translation>Нет статей по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="350"/>
        <source>%1 мақала, барлығы %2</source>
        <translation>Статей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="352"/>
        <source>%1 мақала</source>
        <translation>Статей: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="44"/>
        <source>Бөлімдер</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="46"/>
        <source>Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді</source>
        <translation>Список разделов статьи; переход к выбранному разделу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="105"/>
        <source>Мақала мәтіні</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="124"/>
        <source>Іздеу</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="130"/>
        <source>Белгілер</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="225"/>
        <source>Кітап оқылып жатыр: %1%</source>
        <translation>Книга читается: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/start.py" line="108"/>
        <source>Бөлімдер тізімі мен мәтіннің арасы</source>
        <translation>Граница между списком разделов и текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/start.py" line="111"/>
        <source>Терезенің өлшемі</source>
        <translation>Размер окна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="76"/>
        <source>%1, %2-бөлім, барлығы %3</source>
        <translation>%1, раздел %2 из %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="185"/>
        <source>%1-нәтиже, барлығы %2: %3</source>
        <translation>Совпадение %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="241"/>
        <source>Тек осы тұлғасы ізделеді</source>
        <translation>Ищется только эта форма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="243"/>
        <source>Сөздің барлық тұлғалары ізделеді</source>
        <translation>Ищутся все формы слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="248"/>
        <source>Түбірлес сөздер де ізделеді</source>
        <translation>Однокоренные слова тоже ищутся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="250"/>
        <source>Түбірлес сөздер ізделмейді</source>
        <translation>Однокоренные слова не ищутся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="261"/>
        <source>Мәтін индекстелуде: іздеу дайын болғанда жауап береді</source>
        <translation>Индексация текста: поиск ответит, когда она закончится</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="269"/>
        <source>«%1»: %2 нәтиже</source>
        <translation>«%1»: найдено %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="274"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="276"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Искать «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="500"/>
        <location filename="../../desktop/ui/mainwindow/window.py" line="129"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="186"/>
        <source>Ашу…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="143"/>
        <source>%1: қосулы</source>
        <translation>%1: включено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="145"/>
        <source>%1: өшірулі</source>
        <translation>%1: выключено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="191"/>
        <source>Кірістірілген мақала</source>
        <translation>Встроенная статья</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="197"/>
        <source>Кітапханаға қосу…</source>
        <translation>Добавить в библиотеку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="203"/>
        <source>Қалтаны кітапханаға қосу…</source>
        <translation>Добавить папку в библиотеку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="209"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="175"/>
        <source>Кітапхана</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="212"/>
        <source>Кітапханадағы барлық мақалалар (Ctrl+Shift+L)</source>
        <translation>Все статьи библиотеки (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="218"/>
        <source>Экспорттау…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="224"/>
        <source>Экспортқа белгілерді қосу</source>
        <translation>Включать пометки в экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="228"/>
        <source>HTML, PDF және басып шығаруда белгілер мен ескертпелер</source>
        <translation>Пометки и заметки в HTML, PDF и при печати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="235"/>
        <source>Басып шығару…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="241"/>
        <source>Шығу</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="247"/>
        <source>Көшіру</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="253"/>
        <source>Барлығын белгілеу</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="259"/>
        <source>Көшіргенде дереккөзін қосу</source>
        <translation>Добавлять источник при копировании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="266"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="287"/>
        <source>Белгілеу</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="272"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="305"/>
        <source>Ескертпе…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="278"/>
        <source>Осы жерге бетбелгі қою</source>
        <translation>Поставить закладку здесь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="297"/>
        <source>Болдырмау</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="302"/>
        <source>Кері қайтарылды: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="311"/>
        <source>Қайтару</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="316"/>
        <source>Қайта жасалды: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="326"/>
        <source>Үлкейту</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="332"/>
        <source>Кішірейту</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="338"/>
        <source>Қалыпты өлшем</source>
        <translation>Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="344"/>
        <source>Латын әліпбиі</source>
        <translation>Латинский алфавит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="347"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Показать статью латиницей (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="353"/>
        <source>Бөлімдер тізімі</source>
        <translation>Список разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="362"/>
        <source>Толық экран</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="369"/>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="79"/>
        <source>Дауыстап оқу</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="372"/>
        <source>Мақаланы қазақша дауыстап оқу (F5)</source>
        <translation>Читать статью вслух по-казахски (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="391"/>
        <source>Кідірту / жалғастыру</source>
        <translation>Пауза / продолжить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="397"/>
        <source>Оқуды тоқтату</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="403"/>
        <source>Алдыңғы сөйлем</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="409"/>
        <source>Келесі сөйлем</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="415"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="284"/>
        <source>Бұл сөз туралы</source>
        <translation>Об этом слове</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="422"/>
        <source>Келесі бөлім</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="428"/>
        <source>Алдыңғы бөлім</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="434"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Перейти к списку разделов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="440"/>
        <source>Мәтінге өту</source>
        <translation>Перейти к тексту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="447"/>
        <source>Бағдарлама туралы</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="453"/>
        <source>Qt туралы</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="459"/>
        <source>Іздеу…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="465"/>
        <source>Келесі нәтиже</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="471"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="477"/>
        <source>Түбірлес сөздерді де табу</source>
        <translation>Находить и однокоренные слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="481"/>
        <source>дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін</source>
        <translation>дос → достық, оқу → оқушы: после форм самого слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="488"/>
        <source>Тек осы тұлғасын табу</source>
        <translation>Только эту форму слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="492"/>
        <source>сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді</source>
        <translation>сапарын не найдёт сапарды: другие формы слова не ищутся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="507"/>
        <source>Белгілерді экспорттау…</source>
        <translation>Экспортировать выделения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="513"/>
        <source>Белгілерді импорттау…</source>
        <translation>Импортировать выделения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="520"/>
        <source>Белгілер тізімі</source>
        <translation>Список выделений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="529"/>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="556"/>
        <source>Жүйеге сәйкес</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="530"/>
        <source>Ашық</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="531"/>
        <source>Күңгірт</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="532"/>
        <source>Сепия</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="46"/>
        <source>&amp;Файл</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="61"/>
        <source>Соңғы файлдар</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="47"/>
        <source>&amp;Өңдеу</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="48"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="72"/>
        <source>Түс схемасы</source>
        <translation>Цветовая схема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="75"/>
        <source>Интерфейс тілі</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="49"/>
        <source>&amp;Іздеу</source>
        <translation>П&amp;оиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="50"/>
        <source>Ө&amp;ту</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="90"/>
        <source>Бетбелгілер</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="51"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="135"/>
        <source>Оқылды: %1%</source>
        <translation>Прочитано: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="85"/>
        <source>Мақаланы ашу</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="414"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="104"/>
        <source>%1-жол: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="287"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="107"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="259"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="243"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="118"/>
        <source>Кітаптың кей бөлігі толық оқылмады: %1</source>
        <translation>Часть книги прочитана не полностью: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="161"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="147"/>
        <source>(бос)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="192"/>
        <source>Мәтін (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="193"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="347"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="194"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="348"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="195"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="197"/>
        <source>Мақаланы экспорттау</source>
        <translation>Экспорт статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="178"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="175"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Не удалось записать файл:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="87"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="312"/>
        <source>Мақалалар (*.md *.txt *.html *.htm *.epub);;Барлық файлдар (*)</source>
        <translation>Статьи (*.md *.txt *.html *.htm *.epub);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="182"/>
        <source>Сақталды: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="227"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.&lt;/p&gt;&lt;p&gt;Мақала: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Қаріп: Noto Serif, SIL Open Font License 1.1. Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;&lt;p&gt;Іздеу сөздігі: Hunspell қазақ сөздігі (А. Мұсаева, L. Németh, R. Aliev), Mozilla Public License 1.1 бойынша.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Программа для чтения статей на казахском языке без интернета.&lt;/p&gt;&lt;p&gt;Статья: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Шрифт: Noto Serif, SIL Open Font License 1.1. Значки: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;&lt;p&gt;Словарь поиска: казахский словарь Hunspell (А. Мусаева, L. Németh, R. Aliev), по лицензии Mozilla Public License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="237"/>
        <source>&lt;p&gt;Дауыстап оқу: eSpeak NG, GNU GPL 3.0 немесе кейінгі нұсқасы бойынша. Ол бағдарламаның ішінде емес, бөлек процесс ретінде жұмыс істейді; бастапқы коды: https://github.com/espeak-ng/espeak-ng. Дыбыс: miniaudio (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Чтение вслух: eSpeak NG, по лицензии GNU GPL 3.0 или более поздней. Он работает отдельным процессом, а не внутри программы; исходный код: https://github.com/espeak-ng/espeak-ng. Звук: miniaudio (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="245"/>
        <source>&lt;p&gt;Oqyrman негізінде жасалған.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Создано на основе Oqyrman.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="249"/>
        <source>%1 туралы</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="157"/>
        <source>Алдымен мәтіннен бір бөлікті белгілеңіз</source>
        <translation>Сначала выделите часть текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="267"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="320"/>
        <source>Ескертпе</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="291"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="302"/>
        <source>Астын сызу</source>
        <translation>Подчеркнуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="137"/>
        <source>Бетбелгі қойылды: %1</source>
        <translation>Закладка поставлена: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="294"/>
        <source>Ескертпе қосу…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="297"/>
        <source>Түсі</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="206"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="298"/>
        <source>Түсін өзгерту</source>
        <translation>Изменить цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="307"/>
        <source>Дереккөзімен көшіру</source>
        <translation>Копировать с источником</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="310"/>
        <source>Белгіні өшіру</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="349"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="351"/>
        <source>Белгілерді экспорттау</source>
        <translation>Экспорт выделений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="374"/>
        <source>Белгілерді импорттау</source>
        <translation>Импорт выделений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="376"/>
        <source>Oqyrman белгілері (*.json)</source>
        <translation>Выделения Oqyrman (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="401"/>
        <source>Импорт сәтсіз аяқталды</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="406"/>
        <source>Қосылды: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="418"/>
        <source>Белгілер сақталмайды</source>
        <translation>Выделения не сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="420"/>
        <source>Белгілер мен ескертпелерді сақтау мүмкін болмады:
%1

Оқи беруге болады; жасалған белгілер бағдарлама ашық тұрғанда сақталып тұрады.</source>
        <translation>Не удалось сохранить выделения и заметки:
%1

Читать можно дальше; сделанные выделения хранятся, пока программа открыта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="125"/>
        <source>Кітапханаға қосылуда</source>
        <translation>Добавление в библиотеку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="158"/>
        <source>Кітапхана қолжетімсіз: %1</source>
        <translation>Библиотека недоступна: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="163"/>
        <source>Іздеу индексі зақымдалған: мақалалардан қайта құрылуда</source>
        <translation>Поисковый индекс был повреждён: он строится заново из статей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="177"/>
        <source>Кітапхананы оқу не жазу мүмкін болмады:
%1

Мақаланы оқи беруге болады.</source>
        <translation>Не удалось прочитать или записать библиотеку:
%1

Чтение можно продолжать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="269"/>
        <source>Бағдарламамен бірге келген мақаланы кітапханадан алып тастауға болмайды</source>
        <translation>Статью, которая поставляется с программой, нельзя убрать из библиотеки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="278"/>
        <source>«%1» кітапханадан алынды; файлы орнында қалды</source>
        <translation>«%1» убрана из библиотеки; файл остался на месте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="310"/>
        <source>Кітапханаға қосу</source>
        <translation>Добавить в библиотеку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="321"/>
        <source>Қалтаны кітапханаға қосу</source>
        <translation>Добавить папку в библиотеку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="362"/>
        <source>Кітапханаға қосылуда: %1</source>
        <translation>Добавление в библиотеку: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="372"/>
        <source>Кітапханаға қосылды: %1, жаңартылды: %2, өзгермеген: %3</source>
        <translation>Добавлено в библиотеку: %1, обновлено: %2, без изменений: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="385"/>
        <source>…және тағы %1 файл</source>
        <translation>…и ещё файлов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="388"/>
        <source>Кейбір файлдар қосылмады</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/wiring.py" line="96"/>
        <source>Баптаулар сақталмайды: %1 файлына жазу мүмкін емес</source>
        <translation>Настройки не сохраняются: не удаётся записать файл %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="132"/>
        <source>Жалғастыру</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="134"/>
        <source>Кідірту</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="42"/>
        <location filename="../../desktop/ui/note_dialog.py" line="52"/>
        <source>Ескертпе</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="53"/>
        <source>Мына мәтінге: %1</source>
        <translation>К тексту: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="54"/>
        <source>&amp;Ескертпе (Ctrl+Enter — сақтау):</source>
        <translation>&amp;Заметка (Ctrl+Enter — сохранить):</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="121"/>
        <source>Бетбелгінің атын өзгерту</source>
        <translation>Переименовать закладку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="132"/>
        <source>(бұл нұсқада табылмады)</source>
        <translation>(не найдено в этой версии)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="180"/>
        <source>Белгілерден іздеу…</source>
        <translation>Поиск по выделениям…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="182"/>
        <source>Белгілерді сүзу</source>
        <translation>Фильтр выделений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="186"/>
        <source>Барлығы</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="187"/>
        <source>Белгілер</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="188"/>
        <source>Ескертпелер</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="189"/>
        <source>Бетбелгілер</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="193"/>
        <source>Кез келген түс</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="202"/>
        <source>Белгілер, ескертпелер және бетбелгілер</source>
        <translation>Выделения, заметки и закладки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="204"/>
        <source>Тү&amp;рі:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="204"/>
        <source>Т&amp;үсі:</source>
        <translation>&amp;Цвет:</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="93"/>
        <source>Сурет: %1. Астындағы жазу: %2</source>
        <translation>Рисунок: %1. Подпись: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="95"/>
        <source>Сурет: %1</source>
        <translation>Рисунок: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="97"/>
        <source>Сурет</source>
        <translation>Рисунок</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="141"/>
        <source>Келесі бет</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="142"/>
        <source>Алдыңғы бет</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="143"/>
        <source>Бірінші бет</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Соңғы бет</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Енге сыйдыру</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Бетті сыйдыру</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="147"/>
        <source>Үлкейту</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Кішірейту</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Тік бет</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="150"/>
        <source>Жатық бет</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Бір бетті көрсету</source>
        <translation>Показать одну страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>Қатар беттерді көрсету</source>
        <translation>Показать разворот</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Барлық беттерге шолу</source>
        <translation>Обзор всех страниц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="154"/>
        <source>Басып шығару</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="155"/>
        <source>Бет параметрлері</source>
        <translation>Параметры страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Жабу</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="165"/>
        <source>Басқа батырмалар</source>
        <translation>Другие кнопки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="170"/>
        <source>Масштаб</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="179"/>
        <source>Масштаб:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="184"/>
        <source>Бет нөмірі</source>
        <translation>Номер страницы</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="32"/>
        <source>өте төмен</source>
        <translation>очень низкий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="33"/>
        <source>төмен</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="34"/>
        <source>қалыпты</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="35"/>
        <source>жоғары</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="36"/>
        <source>өте жоғары</source>
        <translation>очень высокий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="45"/>
        <location filename="../../desktop/ui/speech/bar.py" line="147"/>
        <source>Дауыстап оқу</source>
        <translation>Чтение вслух</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="48"/>
        <source>Дауыстап оқу басқаруы</source>
        <translation>Управление чтением вслух</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="54"/>
        <source>Жылдамдық:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="57"/>
        <source>Оқу жылдамдығы</source>
        <translation>Скорость чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="60"/>
        <source>Дауыс биіктігі:</source>
        <translation>Высота голоса:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="63"/>
        <location filename="../../desktop/ui/speech/bar.py" line="101"/>
        <source>Дауыс биіктігі</source>
        <translation>Высота голоса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="66"/>
        <source>  Дауыс: eSpeak NG, қазақ тілі</source>
        <translation>  Голос: eSpeak NG, казахский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="99"/>
        <source>Жылдамдық</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/controller.py" line="205"/>
        <source>Дауыстап оқу мүмкін емес: бұл компьютерде дыбыс шығаратын құрылғы табылмады (%1).</source>
        <translation>Чтение вслух невозможно: на этом компьютере нет устройства вывода звука (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/controller.py" line="209"/>
        <source>Дауыстап оқу мүмкін емес: дауыс жүктелмеді (%1).</source>
        <translation>Чтение вслух невозможно: не удалось загрузить голос (%1).</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="478"/>
        <source>Кітаптағы орын</source>
        <translation>Место в книге</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="572"/>
        <source>{0}: кітаптың {1}%</source>
        <translation>{0}: {1}% книги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="577"/>
        <source>мәтінде кітаптың {0}–{1}%-ы</source>
        <translation>в тексте {0}–{1}% книги</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="39"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="73"/>
        <source>Ескертпелерде де бар: %1</source>
        <translation>Есть и в заметках: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="81"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Искать «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="84"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="45"/>
        <source>Қайдан іздеу</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="46"/>
        <source>Қайдан іздеу: осы бөлімнен, осы мақаладан не бүкіл кітапханадан</source>
        <translation>Где искать: в этом разделе, в этой статье или во всей библиотеке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="48"/>
        <source>Қайдан іздеу:</source>
        <translation>Где искать:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="52"/>
        <source>Осы бөлім</source>
        <translation>Этот раздел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="53"/>
        <source>Осы мақала</source>
        <translation>Эта статья</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="54"/>
        <source>Кітапхана</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="61"/>
        <location filename="../../desktop/ui/search/bar.py" line="117"/>
        <source>Мақаладан іздеу…</source>
        <translation>Поиск в статье…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="66"/>
        <location filename="../../desktop/ui/search/bar.py" line="67"/>
        <source>Іздеу</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="69"/>
        <source>Сөзді кез келген септікте, орыс пернетақтасымен немесе латын әрпімен жазуға болады</source>
        <translation>Слово можно ввести в любой форме, на русской раскладке или латиницей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="77"/>
        <location filename="../../desktop/ui/search/bar.py" line="137"/>
        <source>Табылғандар саны</source>
        <translation>Число совпадений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="81"/>
        <source>Іздеу баптаулары</source>
        <translation>Параметры поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="89"/>
        <source>Алдыңғы нәтиже (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="90"/>
        <source>Келесі нәтиже (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="116"/>
        <source>Осы бөлімнен іздеу…</source>
        <translation>Поиск в этом разделе…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="118"/>
        <source>Кітапханадан іздеу…</source>
        <translation>Поиск по библиотеке…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="126"/>
        <source>Мәтін индекстелуде: %1%</source>
        <translation>Индексация текста: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="131"/>
        <source>Кітап оқылуда: %1%</source>
        <translation>Чтение книги: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="140"/>
        <source>Ештеңе табылмады</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="144"/>
        <source>%1-нәтиже, барлығы %2</source>
        <translation>Совпадение %1 из %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="44"/>
        <source>түбірлес сөз</source>
        <translation>однокоренное слово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="110"/>
        <source>Іздеу нәтижелері</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="62"/>
        <source>Астын сызу</source>
        <translation>Подчеркнуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="63"/>
        <source>Ескертпе…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="64"/>
        <source>Дереккөзімен көшіру</source>
        <translation>Копировать с источником</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selection_bar.py" line="65"/>
        <source>Белгіні өшіру</source>
        <translation>Удалить выделение</translation>
    </message>
</context>
<context>
    <name>WordCard</name>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="15"/>
        <source>көптік: бірнеше</source>
        <translation>множественное число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="16"/>
        <source>менің</source>
        <translation>мой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="17"/>
        <source>сенің</source>
        <translation>твой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="18"/>
        <source>сіздің</source>
        <translation>ваш (вежл.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="19"/>
        <source>біздің</source>
        <translation>наш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="20"/>
        <source>оның, олардың</source>
        <translation>его/её, их</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="21"/>
        <source>ілік септік: кімнің? ненің?</source>
        <translation>родительный падеж: чей? чего?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="22"/>
        <source>табыс септік: кімді? нені?</source>
        <translation>винительный падеж: кого? что?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="23"/>
        <source>барыс септік: кімге? неге? қайда?</source>
        <translation>дательный падеж: кому? куда?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="24"/>
        <source>жатыс септік: қайда? кімде?</source>
        <translation>местный падеж: где? у кого?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="25"/>
        <source>шығыс септік: қайдан? кімнен?</source>
        <translation>исходный падеж: откуда? от кого?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="26"/>
        <source>көмектес септік: кіммен? немен?</source>
        <translation>совместный падеж: с кем? чем?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="27"/>
        <source>сонда болған, сондағы</source>
        <translation>находящийся в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="28"/>
        <source>мезгілге, орынға қатысты</source>
        <translation>относящийся ко времени, месту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="29"/>
        <source>мен (жіктік жалғау)</source>
        <translation>я (есть)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="30"/>
        <source>сен (жіктік жалғау)</source>
        <translation>ты (есть)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="31"/>
        <source>сіз (жіктік жалғау)</source>
        <translation>вы (есть, вежл.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="32"/>
        <source>біз (жіктік жалғау)</source>
        <translation>мы (есть)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="33"/>
        <source>сендер (жіктік жалғау)</source>
        <translation>вы (есть, мн.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="34"/>
        <source>ырықсыз етіс: істелді</source>
        <translation>страдательный залог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="35"/>
        <source>өздік етіс: өзі үшін</source>
        <translation>возвратный залог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="36"/>
        <source>ортақ етіс: бірге, бір-біріне</source>
        <translation>взаимный залог: вместе, друг другу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="37"/>
        <source>өзгелік етіс: істету</source>
        <translation>понудительный залог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="38"/>
        <source>болымсыз: емес</source>
        <translation>отрицание: не</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="39"/>
        <source>өткен шақ</source>
        <translation>прошедшее время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="40"/>
        <source>мен</source>
        <translation>я</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="41"/>
        <source>сен</source>
        <translation>ты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="42"/>
        <source>сіз</source>
        <translation>вы (вежл.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="43"/>
        <source>біз</source>
        <translation>мы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="44"/>
        <source>сендер</source>
        <translation>вы (мн.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="45"/>
        <source>ауыспалы осы-келер шақ</source>
        <translation>настоящее-будущее время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="46"/>
        <source>ол, олар</source>
        <translation>он/она/оно, они</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="47"/>
        <source>істемей</source>
        <translation>не делая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="48"/>
        <source>көсемше: істеп</source>
        <translation>деепричастие: сделав</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="49"/>
        <source>бұрынғы өткен шақ: істепті</source>
        <translation>перфект: (оказывается) сделал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="50"/>
        <source>өткен шақ есімше: істеген</source>
        <translation>причастие прошедшего времени: сделавший</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="51"/>
        <source>есімше: істейтін</source>
        <translation>причастие: делающий (обычно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="52"/>
        <source>болжалды келер шақ: істер</source>
        <translation>возможное будущее: сделает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="53"/>
        <source>істемес</source>
        <translation>не станет делать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="54"/>
        <source>мақсатты келер шақ: істемек</source>
        <translation>намерение: собирается сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="55"/>
        <source>қимыл атауы: істеу</source>
        <translation>отглагольное существительное: делание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="56"/>
        <source>шартты рай: егер</source>
        <translation>условное наклонение: если</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="57"/>
        <source>бұйрық рай: істесін</source>
        <translation>повелительное: пусть сделает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="58"/>
        <source>бұйрық рай, сыпайы: істеңіз</source>
        <translation>повелительное, вежл.: сделайте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="59"/>
        <source>қалау рай: істейін</source>
        <translation>желательное: сделаю-ка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="60"/>
        <source>қалау рай: істейік</source>
        <translation>желательное: давайте сделаем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="61"/>
        <source>мақсат: істеу үшін</source>
        <translation>цель: чтобы сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="62"/>
        <source>қалау: істегісі келеді</source>
        <translation>желание: хочется сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="63"/>
        <source>дерексіз зат есім</source>
        <translation>отвлечённое существительное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="64"/>
        <source>кәсіп иесі</source>
        <translation>деятель: -щик, -тель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="65"/>
        <source>істеуші</source>
        <translation>тот, кто делает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="66"/>
        <source>онсыз</source>
        <translation>без-, не имеющий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="67"/>
        <source>оған ие, онымен</source>
        <translation>имеющий, с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="68"/>
        <source>бірге, ортақ</source>
        <translation>со-, товарищ по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="69"/>
        <source>салыстырмалы шырай: үлкенірек</source>
        <translation>сравнительная степень: более, -ее (больше)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="70"/>
        <source>теңеу: қазақша, сонша</source>
        <translation>уподобление: по-, как (по-казахски, столько)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="71"/>
        <source>бұйрық рай, сендер: істеңдер</source>
        <translation>повелительное наклонение, вы: делайте!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="72"/>
        <source>бұйрық рай, сіздер: істеңіздер</source>
        <translation>повелительное наклонение, вежливое: сделайте, пожалуйста!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="73"/>
        <source>ниет: істемекші</source>
        <translation>намерение: собирается сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="74"/>
        <source>істемей тұрып: істеместен</source>
        <translation>не сделав, без того чтобы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="75"/>
        <source>болымсыз бұйрық: істеме</source>
        <translation>не делай!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="76"/>
        <source>істегені: істегендік</source>
        <translation>то, что сделано; факт действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="77"/>
        <source>өтініш: істеші</source>
        <translation>-ка (просьба: сделай-ка)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="78"/>
        <source>мен (ауызекі): барам</source>
        <translation>я (разговорная форма)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="79"/>
        <source>сіздер (жіктік жалғау)</source>
        <translation>вы (вежливое мн. число, личное окончание)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="80"/>
        <source>біреудікі: кімдікі?</source>
        <translation>принадлежащий кому-то: чей?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="81"/>
        <source>ұқсату: таудай</source>
        <translation>подобно, как (как гора)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="85"/>
        <source>есім сөз</source>
        <translation>именное слово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="86"/>
        <source>етістік</source>
        <translation>глагол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="87"/>
        <source>есімдік</source>
        <translation>местоимение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="88"/>
        <source>сөз (жұрнақсыз)</source>
        <translation>слово (без окончаний)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="155"/>
        <source>Сөз туралы: %1</source>
        <translation>О слове: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="173"/>
        <source>Сөздің талдауы</source>
        <translation>Разбор слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="185"/>
        <source>Барлық түрін табу</source>
        <translation>Найти все формы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="186"/>
        <source>Дауыстап оқу</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="187"/>
        <source>Көшіру</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="198"/>
        <source>Талдау табылмады.</source>
        <translation>Разбор не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="207"/>
        <source>сөздік түрі: %1, %2</source>
        <translation>словарная форма: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="221"/>
        <source>тағы %1</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="222"/>
        <source>Басқаша оқылуы:</source>
        <translation>Другие разборы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="226"/>
        <source>Осы мақалада:</source>
        <translation>В этой статье:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="230"/>
        <source>Кітапханада: %1 рет, %2 мақалада</source>
        <translation>В библиотеке: %1 раз (статей: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="239"/>
        <source>Көшірілді.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="284"/>
        <location filename="../../desktop/ui/word_card.py" line="288"/>
        <source>Сөздің үстіне курсорды қойыңыз.</source>
        <translation>Поставьте курсор на слово.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="327"/>
        <source>Дауыстап оқу мүмкін емес: %1</source>
        <translation>Чтение вслух невозможно: %1</translation>
    </message>
</context>
<context>
    <name>WordCompleter</name>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="45"/>
        <source>Мәтіндегі сөздер</source>
        <translation>Слова текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="83"/>
        <source>%1, мәтінде %2 рет: %3</source>
        <translation>%1, в тексте %2 раз: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="85"/>
        <source>%1, мәтінде %2 рет</source>
        <translation>%1, в тексте %2 раз</translation>
    </message>
</context>
<context>
    <name>_List</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="160"/>
        <source>Атын өзгерту…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="163"/>
        <source>Өшіру</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>_Table</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="128"/>
        <source>Оқу</source>
        <translation>Читать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="129"/>
        <source>Кітапханадан алып тастау</source>
        <translation>Убрать из библиотеки</translation>
    </message>
</context>
</TS>
