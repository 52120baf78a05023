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
        <location filename="../../desktop/ui/annotations.py" line="87"/>
        <source>Сары</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="88"/>
        <source>Жасыл</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="89"/>
        <source>Көк</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="90"/>
        <source>Қызғылт</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="100"/>
        <source>Астын сызу</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="102"/>
        <source>Белгі, %1</source>
        <translation>Highlight, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="104"/>
        <source>ескертпесі бар</source>
        <translation>with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="267"/>
        <source>белгілерді сақтау мүмкін емес</source>
        <translation>highlights cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="298"/>
        <source>Белгілеу</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="97"/>
        <location filename="../../desktop/ui/annotations.py" line="312"/>
        <source>Бетбелгі</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="362"/>
        <source>Белгіні өшіру</source>
        <translation>Delete highlight</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="312"/>
        <source>қате</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="313"/>
        <source>ескерту</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="314"/>
        <source>қосылмады</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="315"/>
        <source>%1 файлын оқу мүмкін болмады: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="316"/>
        <source>%1 файлына жазу мүмкін болмады: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="317"/>
        <source>кітапханаға қосу мүмкін емес: %1</source>
        <translation>cannot add to the library: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="318"/>
        <source>кітапханадан алып тастау мүмкін емес: %1</source>
        <translation>cannot remove from the library: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="319"/>
        <source>%2 импорттау мүмкін емес: %1</source>
        <translation>cannot import %2: %1</translation>
    </message>
</context>
<context>
    <name>ContentError</name>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="29"/>
        <source>файлды оқу мүмкін болмады: {reason}</source>
        <translation>cannot read file: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="30"/>
        <location filename="../../desktop/ui/content_errors.py" line="477"/>
        <source>мәтін UTF-8 кодтауында емес</source>
        <translation>not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="31"/>
        <source>файл метадеректерді ашатын «+++» жолынан басталуы керек</source>
        <translation>the file must start with a &apos;+++&apos; line opening the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="32"/>
        <source>1-жолда ашылған метадеректер «+++» жолымен жабылмаған</source>
        <translation>the metadata block opened on line 1 is never closed with &apos;+++&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="33"/>
        <source>метадеректер қате: {reason}</source>
        <translation>invalid metadata: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="34"/>
        <source>белгісіз метадерек кілті «{key}»</source>
        <translation>unknown metadata key &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="35"/>
        <source>«{key}» метадерегі бос емес мәтін болуы керек</source>
        <translation>metadata &apos;{key}&apos; must be a non-empty text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="36"/>
        <source>«date» метадерегі 2025-11-15 сияқты күн болуы керек</source>
        <translation>metadata &apos;date&apos; must be a date such as 2025-11-15</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="37"/>
        <source>метадеректерде кемінде бір [[sections]] жазбасы болуы керек</source>
        <translation>metadata must declare at least one [[sections]] entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="38"/>
        <source>әрбір [[sections]] жазбасы кілттер кестесі (id, label, icon) болуы керек</source>
        <translation>each [[sections]] entry must be a table of keys (id, label, icon), not {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="41"/>
        <source>метадеректер қате: мәндер тым терең кірістірілген</source>
        <translation>invalid metadata: values nested too deeply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="42"/>
        <source>бұл кәдімгі файл емес: қалтаны, құрылғыны, арнаны не сокетті мақала ретінде оқуға болмайды</source>
        <translation>not a regular file (a folder, device, pipe or socket cannot be read as an article)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="45"/>
        <source>файлдың көлемі {size}, ал мақала {limit} аспауы керек</source>
        <translation>the file is {size}, larger than the {limit} an article may be</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="46"/>
        <source>«{suffix}» файлдарын оқу мүмкін емес: бағдарлама .md, .txt, .html, .htm және .epub ашады</source>
        <translation>cannot read &apos;{suffix}&apos; files: the reader opens .md, .txt, .html, .htm and .epub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="49"/>
        <source>мәтінді оқу мүмкін болмады: {reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="50"/>
        <source>оқуға болатын EPUB кітабы емес: {reason}</source>
        <translation>not a readable EPUB book: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="51"/>
        <source>мәтіні мақалаға рұқсат етілген {limit} көлемнен асады</source>
        <translation>its text is more than the {limit} an article may hold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="52"/>
        <source>файлда оқылатын мәтін жоқ</source>
        <translation>the file has no readable text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="53"/>
        <source>бөлімнің белгісіз кілті «{key}»</source>
        <translation>unknown section key &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="54"/>
        <source>бөлім жазбасына бос емес «{key}» керек</source>
        <translation>section entry needs a non-empty &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="55"/>
        <source>«{id}» бөлім идентификаторында тек кіші латын әріптері, цифрлар және дефис болуы керек</source>
        <translation>section id &apos;{id}&apos; must use lowercase letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="58"/>
        <source>«{id}» бөлімі екі рет жарияланған</source>
        <translation>section id &apos;{id}&apos; is declared twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="59"/>
        <source>«{icon}» белгішесі «fa6s.book-open» сияқты qtawesome атауы болуы керек</source>
        <translation>icon &apos;{icon}&apos; must be a qtawesome name such as &apos;fa6s.book-open&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="62"/>
        <source>бөлімнің «heading» мәні бос емес мәтін болуы керек</source>
        <translation>section &apos;heading&apos; must be a non-empty text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="63"/>
        <source>«heading» тек бірінші (кіріспе) бөлімде болады; басқалары оны өз «## » жолынан алады</source>
        <translation>only the first (lead) section may declare &apos;heading&apos;; the others take it from their &apos;## &apos; line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="67"/>
        <source>«{id}» бөлімінде мәтін жоқ</source>
        <translation>section &apos;{id}&apos; has no text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="68"/>
        <source>тек «## Тақырып {{#бөлім-id}}» тақырыптарына рұқсат етіледі</source>
        <translation>only &apos;## Heading {{#section-id}}&apos; headings are allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="71"/>
        <source>тақырып бөлім идентификаторымен аяқталуы керек, мысалы: «## Тақырып {{#west}}»</source>
        <translation>a heading must end with its section id, as in &apos;## Heading {{#west}}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="74"/>
        <source>«{id}» тақырыбының метадеректерде [[sections]] жазбасы жоқ</source>
        <translation>heading for &apos;{id}&apos; has no [[sections]] entry in the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="77"/>
        <source>мұнда «{expected}» бөлімі күтілген еді (метадеректер реті), ал «{id}» табылды</source>
        <translation>expected the section &apos;{expected}&apos; here (metadata order), found &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="80"/>
        <source>«{id}» бөлімінің тақырыбы метадеректерде берілген, сондықтан ол бірінші «## » жолының алдындағы кіріспе болуы керек</source>
        <translation>section &apos;{id}&apos; declares a heading in the metadata, so it must be the lead text before the first &apos;## &apos; line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="85"/>
        <source>бірінші тақырыпқа дейінгі мәтінге кіріспе бөлім керек: метадеректерде «{id}» бөліміне «heading» беріңіз</source>
        <translation>text before the first heading needs a lead section: give section &apos;{id}&apos; a &apos;heading&apos; in the metadata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="89"/>
        <source>бос тізім элементі</source>
        <translation>empty list item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="90"/>
        <source>мәтін ішінде жол үзу таңбасы ({char}) бар: әр абзац жеке жолда болуы керек</source>
        <translation>a line break character ({char}) inside a text: put each paragraph on a line of its own</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="93"/>
        <source>«{id}» бөлімі метадеректерде бар, бірақ мәтінде «## ... {{#{id}}}» тақырыбы жоқ</source>
        <translation>section &apos;{id}&apos; is declared in the metadata but has no &apos;## ... {{#{id}}}&apos; heading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="100"/>
        <location filename="../../desktop/ui/content_errors.py" line="247"/>
        <source>рұқсат жоқ</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="101"/>
        <source>бұл әрекетке рұқсат етілмеген</source>
        <translation>operation not permitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="102"/>
        <source>мұндай файл не қалта жоқ</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="103"/>
        <location filename="../../desktop/ui/content_errors.py" line="200"/>
        <source>бұл – қалта</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="104"/>
        <source>жолдың бір бөлігі қалта емес</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="105"/>
        <source>енгізу-шығару қатесі: диск не тасымалдағыш зақымдалған болуы мүмкін</source>
        <translation>input/output error: the disk or the medium may be damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="106"/>
        <location filename="../../desktop/ui/content_errors.py" line="254"/>
        <location filename="../../desktop/ui/content_errors.py" line="258"/>
        <source>дискіде бос орын жоқ</source>
        <translation>no space left on the disk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="107"/>
        <source>дискідегі үлесіңіз таусылды</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="108"/>
        <source>файлдық жүйе тек оқуға арналған</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="109"/>
        <source>бағдарламада тым көп файл ашық</source>
        <translation>too many files are open in the program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="110"/>
        <source>жүйеде тым көп файл ашық</source>
        <translation>too many files are open in the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="111"/>
        <source>файлдың атауы тым ұзын</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="112"/>
        <source>символдық сілтемелер тұйық айналады</source>
        <translation>symbolic links lead round in a loop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="113"/>
        <source>құрылғы не ресурс бос емес</source>
        <translation>the device or resource is busy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="114"/>
        <location filename="../../desktop/ui/content_errors.py" line="115"/>
        <source>мұндай құрылғы жоқ</source>
        <translation>no such device</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="116"/>
        <source>файл тым үлкен</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="117"/>
        <source>жарамсыз аргумент</source>
        <translation>invalid argument</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="118"/>
        <source>желідегі файл енді қолжетімсіз</source>
        <translation>the network file is no longer available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="119"/>
        <source>күту уақыты бітті</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="120"/>
        <source>жады жетпейді</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="121"/>
        <source>ресурс уақытша қолжетімсіз</source>
        <translation>the resource is temporarily unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="122"/>
        <source>мұндай файл бар</source>
        <translation>the file exists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="125"/>
        <source>жүйе қатесі {code}</source>
        <translation>system error {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="131"/>
        <source>{detail}; оның орнына {name} пакет құжаты оқылды</source>
        <translation>{detail}; the package document {name} is read instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="133"/>
        <source>оқу ретіндегі {id} оқылатын мәтін құжаты емес: өткізілді</source>
        <translation>the spine names {id}, which has no readable content document: skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="135"/>
        <source>{name} бағдарлама қабылдайтыннан үлкен ({detail}): өткізілді</source>
        <translation>{name} is larger than the reader accepts ({detail}): skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="136"/>
        <source>{detail}: өткізілді</source>
        <translation>{detail}: skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="138"/>
        <source>оның бірде-бір мәтін құжатын оқу мүмкін болмады ({detail})</source>
        <translation>none of its content documents can be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="140"/>
        <source>мәтін UTF-8 не UTF-16 кодтауында емес ({line}-жол)</source>
        <translation>not UTF-8 or UTF-16 text (line {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="142"/>
        <source>{encoding} мәтіні дұрыс емес ({byte}-байт)</source>
        <translation>not valid {encoding} text (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="144"/>
        <source>бет бағдарлама қабылдайтыннан үлкен: {detail}</source>
        <translation>the page is larger than the reader accepts: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="145"/>
        <source>{count} элементтен көп</source>
        <translation>more than {count} elements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="147"/>
        <source>белгілеуі {count} таңбадан көп</source>
        <translation>more than {count} characters of markup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="150"/>
        <source>ZIP архиві емес, ал EPUB кітабы ZIP архиві болады</source>
        <translation>not a ZIP archive, as an EPUB is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="152"/>
        <source>ол бірнеше файлға бөлінген ZIP архиві: оларды біріктіру мүмкін емес</source>
        <translation>it is split over several files (a spanned ZIP), which cannot be joined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="154"/>
        <source>онда {count} файлдан көп бар деп жазылған</source>
        <translation>it says it holds more than {count} files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="156"/>
        <source>архивтің соңы кесіліп қалған (файлдарының тізімі сонда еді)</source>
        <translation>the archive is cut off: its end, with the list of its files, is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="158"/>
        <source>ZIP архивінің мазмұны зақымдалған</source>
        <translation>its ZIP directory is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="160"/>
        <source>META-INF/container.xml файлында аталған {name} архивте жоқ</source>
        <translation>META-INF/container.xml names {name}, which is not in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="162"/>
        <source>META-INF/container.xml файлында пакет құжаты аталмаған</source>
        <translation>META-INF/container.xml names no package document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="164"/>
        <source>онда желідегі {name} аталған, ал бағдарлама желіден ештеңе алмайды</source>
        <translation>it names {name}, on the network, which is never fetched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="166"/>
        <source>онда аталған {name} архивте жоқ</source>
        <translation>it names {name}, which is not in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="167"/>
        <source>{name} архивте жоқ</source>
        <translation>{name} is not in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="168"/>
        <source>{name} файлының соңы жоқ</source>
        <translation>{name} is cut off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="169"/>
        <source>{name} шифрланған</source>
        <translation>{name} is encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="171"/>
        <source>{name} зақымдалған: оның өлшемі не бақылау сомасы архивте жазылғандай емес</source>
        <translation>{name} is damaged (its size or checksum is not the one the archive gives)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="173"/>
        <source>{name} зақымдалған: архивтің мазмұны көрсеткен жерде ол жоқ</source>
        <translation>{name} is damaged (it is not where the archive&apos;s directory says)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="175"/>
        <source>{name} ашылмады: оның қысылған деректері зақымдалған</source>
        <translation>{name} cannot be unpacked: its compressed data is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="177"/>
        <source>{name} бағдарлама ашпайтын әдіспен (нөмірі {method}) қысылған</source>
        <translation>{name} is compressed with a method the reader does not unpack (number {method})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="179"/>
        <source>{name} бағдарламаға белгісіз LZMA баптауларымен қысылған</source>
        <translation>{name} has LZMA properties the reader does not know</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="180"/>
        <source>кітапты қайта оқу мүмкін болмады</source>
        <translation>the book cannot be read again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="183"/>
        <source>оның ашылған файлдары бағдарлама қабылдайтыннан үлкен</source>
        <translation>its files unpack to more than the reader accepts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="185"/>
        <source>{name} дұрыс XML емес ({line}-жол, {column}-баған)</source>
        <translation>{name} is not well-formed XML (line {line}, column {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="187"/>
        <source>{name} дұрыс XML емес</source>
        <translation>{name} is not well-formed XML</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="189"/>
        <source>оның пакет құжатында оқу реті жоқ</source>
        <translation>its package document has no reading order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="191"/>
        <source>оның файлдары EPUB рұқсат етпейтін әдіспен ({methods}) қысылған</source>
        <translation>its files are compressed with a method EPUB does not allow ({methods})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="193"/>
        <source>оның пакет құжатында оқу реті жоқ: мәтін құжаттары тізімдегі ретімен оқылды</source>
        <translation>its package document has no reading order: its documents are read in the order of its list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="195"/>
        <source>оқу ретінде {count} құжат бар: алғашқы {first} құжаттан кейінгілері оқылмады</source>
        <translation>its reading order names {count} documents: those after the first {first} are left out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="198"/>
        <source>{name} дұрыс XHTML емес: қатесі бар жерлеріне қарамай оқылды</source>
        <translation>{name} is not well-formed XHTML: read in spite of its errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="201"/>
        <source>мұндай қалта жоқ</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="203"/>
        <source>кәдімгі файл емес (құрылғы, арна не сокет)</source>
        <translation>not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="204"/>
        <source>файл тек оқуға арналған</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="205"/>
        <source>бұл – қазір ашық тұрған мақаланың файлы</source>
        <translation>it is the file of the article open now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="207"/>
        <source>мақала файлы емес (кеңейтімі жоқ)</source>
        <translation>not an article file (no extension)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="208"/>
        <source>мақала файлы емес ({suffix})</source>
        <translation>not an article file ({suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="209"/>
        <source>файлдың атауы UTF-8 мәтіні емес</source>
        <translation>its name is not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="211"/>
        <source>қалтаны оқу мүмкін болмады: {reason}</source>
        <translation>the folder cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="212"/>
        <source>оқу мүмкін болмады: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="214"/>
        <source>бұрын оқылған қалтаға сілтеме (қайта оқылмады)</source>
        <translation>a link to a folder already read (not followed again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="216"/>
        <source>қалтада {count} файлдан көп: қалғаны қаралмады</source>
        <translation>more than {count} files in the folder: the rest were not looked at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="218"/>
        <source>{count} файлдан көп: қалғаны оқылмады</source>
        <translation>more than {count} files: the rest were not read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="219"/>
        <source>{name} сілтемелері тұйық айналады</source>
        <translation>the links of {name} lead round in a loop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="222"/>
        <source>{name} тек оқу үшін ашылды: {reason}; өзгерістер сақталмайды</source>
        <translation>{name} is open for reading only: {reason}; changes cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="224"/>
        <source>{path} файлына өзгерістерді сақтау мүмкін болмады: {detail}</source>
        <translation>cannot save changes to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="226"/>
        <source>{path} файлына жазу мүмкін болмады: {reason}</source>
        <translation>cannot write to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="228"/>
        <source>зақымдалған {path} файлын ауыстыру мүмкін болмады: {reason}</source>
        <translation>cannot replace the damaged {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="230"/>
        <location filename="../../desktop/ui/content_errors.py" line="232"/>
        <source>{path} файлын ашу мүмкін болмады: {reason}</source>
        <translation>cannot open {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="234"/>
        <source>{path} бұл бағдарламаның дерекқоры емес; ол сол күйінде қалдырылды</source>
        <translation>{path} is not a store of this reader; it was left as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="236"/>
        <source>{path} кәдімгі файл емес (қалта, арна не құрылғы); ол сол күйінде қалдырылды</source>
        <translation>{path} is not a regular file (a folder, a pipe or a device); it was left as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="238"/>
        <source>{path} зақымдалған, бірақ оны басқа атпен сақтау мүмкін болмады ({reason}); ол сол күйінде қалдырылды</source>
        <translation>{path} is damaged and cannot be set aside ({reason}); it was left as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="242"/>
        <source>{path} бағдарламаның жаңарақ нұсқасымен жазылған (сызбасы {version})</source>
        <translation>{path} was written by a newer version of the reader (schema {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="244"/>
        <source>{name} зақымдалған еді ({reason}); ол {aside} деген атпен сақталды</source>
        <translation>{name} was damaged ({reason}); it is kept as {aside}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="245"/>
        <location filename="../../desktop/ui/content_errors.py" line="264"/>
        <source>дерекқор емес</source>
        <translation>not a database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="246"/>
        <source>зақымдалған</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="249"/>
        <location filename="../../desktop/ui/content_errors.py" line="257"/>
        <source>оны басқа бағдарлама пайдаланып отыр (құлыпталған)</source>
        <translation>it is in use by another program (locked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="251"/>
        <location filename="../../desktop/ui/content_errors.py" line="260"/>
        <source>файл не оның қалтасы тек оқуға арналған</source>
        <translation>the file or its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="253"/>
        <location filename="../../desktop/ui/content_errors.py" line="261"/>
        <source>дискіге жазу мүмкін емес (енгізу-шығару қатесі)</source>
        <translation>the disk cannot be written (input/output error)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="256"/>
        <source>файлды жазу үшін ашу мүмкін емес</source>
        <translation>the file cannot be opened for writing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="262"/>
        <source>файлды ашу мүмкін емес</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="263"/>
        <source>дерекқор файлы зақымдалған</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="265"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="267"/>
        <source>мәнді қайта жазуға болмайды</source>
        <translation>a value cannot be overwritten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="269"/>
        <source>{key} кестесін өзгертуге болмайды</source>
        <translation>the table {key} cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="270"/>
        <source>жолдағы «\» таңбасы экрандалмаған</source>
        <translation>a &apos;\&apos; in a string is not escaped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="271"/>
        <source>рұқсат етілмеген таңба {char}</source>
        <translation>a character not allowed: {char}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="272"/>
        <source>жарамсыз таңба {char}</source>
        <translation>an invalid character: {char}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="274"/>
        <source>жолдағы кестеде {key} кілті қайталанған</source>
        <translation>the key {key} is repeated in an inline table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="276"/>
        <source>{key} кестесін қайта анықтауға болмайды</source>
        <translation>the table {key} cannot be defined again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="277"/>
        <source>{key} екі рет жарияланған</source>
        <translation>{key} is declared twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="278"/>
        <source>мәтін тырнақшамен жабылмаған</source>
        <translation>a string is not closed with its quote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="279"/>
        <source>жолдағы кесте «}}» белгісімен жабылмаған</source>
        <translation>an inline table is not closed with &apos;}}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="280"/>
        <source>тізім «]» белгісімен жабылмаған</source>
        <translation>a list is not closed with &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="281"/>
        <source>мән жарамсыз</source>
        <translation>an invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="282"/>
        <source>жол «кілт = мән» түрінде емес</source>
        <translation>the line is not of the form &apos;key = value&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="284"/>
        <source>кілттің бірінші таңбасы жарамсыз</source>
        <translation>a key&apos;s first character is invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="285"/>
        <source>он алтылық сан жарамсыз</source>
        <translation>an invalid hexadecimal number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="286"/>
        <source>күн не уақыт жарамсыз</source>
        <translation>an invalid date or time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="288"/>
        <source>кестелер тізімінің атауы «]]» белгісімен жабылмаған</source>
        <translation>an array of tables&apos; name is not closed with &apos;]]&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="290"/>
        <source>кестенің атауы «]» белгісімен жабылмаған</source>
        <translation>a table&apos;s name is not closed with &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="291"/>
        <source>кілттен кейін «=» керек</source>
        <translation>&apos;=&apos; is needed after a key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="293"/>
        <source>экрандалған таңба Юникод таңбасы емес</source>
        <translation>an escaped character is not a Unicode character</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="295"/>
        <source>бір жолда тек бір «кілт = мән» жазылады</source>
        <translation>only one &apos;key = value&apos; is written on a line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="296"/>
        <source>мұнда {what} күтілген еді</source>
        <translation>expected {what} here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="441"/>
        <source>JSON мәтіні дұрыс емес ({line}-жол, {column}-баған)</source>
        <translation>not valid JSON (line {line}, column {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="442"/>
        <source>JSON мәтіні дұрыс емес: {detail}</source>
        <translation>not valid JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="444"/>
        <source>Oqyrman белгілерінің файлы емес (онда «format»: «{format}» жоқ)</source>
        <translation>not an Oqyrman notes file (no “format”: “{format}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="446"/>
        <source>белгілер басқа мақалаға арналған ({theirs}), бұл мақалаға ({ours}) емес</source>
        <translation>the notes are for another article ({theirs}), not {ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="448"/>
        <source>белгілер файлының нұсқасы {theirs}; бағдарлама {ours} нұсқасын оқиды</source>
        <translation>notes file version {theirs}; this reader reads version {ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="450"/>
        <location filename="../../desktop/ui/content_errors.py" line="452"/>
        <source>белгілер файлы {size} MiB-тан үлкен</source>
        <translation>the notes file is larger than {size} MiB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="453"/>
        <source>«annotations» тізім болуы керек</source>
        <translation>&quot;annotations&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="455"/>
        <source>{number}-белгі JSON нысаны емес</source>
        <translation>annotation {number} is not a JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="457"/>
        <source>{number}-белгіде мына өрістер жоқ: {names}</source>
        <translation>annotation {number} lacks {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="459"/>
        <source>{number}-белгі: «passage», «start», «end» 0-ден {limit}-ге дейінгі бүтін сан болуы керек</source>
        <translation>annotation {number}: passage, start and end must be whole numbers from 0 to {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="462"/>
        <source>{number}-белгі: {names} мәтін болуы керек</source>
        <translation>annotation {number}: {names} must be texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="464"/>
        <source>{number}-белгі: «{name}» ішінде жұбы жоқ суррогат таңба бар, ол мәтін емес</source>
        <translation>annotation {number}: {name} holds a lone surrogate, which is not text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="466"/>
        <source>{number}-белгі: түрі, безендіруі не түсі белгісіз</source>
        <translation>annotation {number}: unknown kind, style or colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="468"/>
        <source>{number}-белгі: дәйексөзі көрсетілген орнына сыймайды</source>
        <translation>annotation {number}: the quote does not fit its offsets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="470"/>
        <source>{number}-белгі: {detail}, ал дәйексөзі мақалада жоқ: табылмаған ретінде сақталды</source>
        <translation>annotation {number}: {detail}, and its quote is not in the article: kept as not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="473"/>
        <source>{number}-белгі: {detail}; дәйексөзі тұрған жерге қойылды ({passage}-абзац)</source>
        <translation>annotation {number}: {detail}; placed where its quote is (passage {passage})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="475"/>
        <source>оның дәйексөзі көрсетілген орындағы мәтін емес</source>
        <translation>its quote is not the text at its offsets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="476"/>
        <source>оның орны мақаладан тыс</source>
        <translation>its offsets are outside the article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="479"/>
        <source>бұл кәдімгі файл емес (арна, құрылғы не қалта)</source>
        <translation>not a regular file (a pipe, a device or a folder)</translation>
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
        <location filename="../../desktop/ui/library/model.py" line="99"/>
        <source>Атауы</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="100"/>
        <source>Дереккөзі</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="101"/>
        <source>Күні</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="102"/>
        <source>Көлемі</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="103"/>
        <source>Оқылды</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="104"/>
        <source>Белгілер</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="105"/>
        <source>Соңғы оқылды</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="141"/>
        <source>Бағдарламамен бірге келген мақала</source>
        <translation>Article bundled with the reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="142"/>
        <source>Файл табылмады: орнын ауыстырған не жойылған болуы мүмкін</source>
        <translation>File not found: it may have been moved or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="144"/>
        <source>Белгі жоқ</source>
        <translation>No notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="144"/>
        <source>Әлі оқылмаған</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="140"/>
        <source>(файл жоқ)</source>
        <translation>(file missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="143"/>
        <location filename="../../desktop/ui/library/model.py" line="235"/>
        <source>%1 сөз</source>
        <translation>%1 words</translation>
    </message>
</context>
<context>
    <name>LibraryResultsPanel</name>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="111"/>
        <source>Кітапханадан табылғандар</source>
        <translation>Found in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="136"/>
        <source>түбірлес сөз</source>
        <translation>related word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="207"/>
        <source>Кітапханада «%1» табылмады</source>
        <translation>“%1” was not found in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="209"/>
        <source>%1 нәтиже, %2 мақалада</source>
        <translation>%1 hits in %2 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="212"/>
        <source>Мүмкін: %1</source>
        <translation>Did you mean: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/results.py" line="252"/>
        <source>%1-нәтиже, барлығы %2: %3</source>
        <translation>Hit %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="172"/>
        <source>Кітапханадан сүзу: атауы, дереккөзі, күні…</source>
        <translation>Filter the library: title, source, date…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="174"/>
        <source>Кітапхананы сүзу</source>
        <translation>Filter the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="177"/>
        <source>Сұрыптау</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="178"/>
        <source>&amp;Сұрыптау:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Жаңасы алдымен</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Атауы бойынша</source>
        <translation>By title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="181"/>
        <source>Соңғы оқылғаны алдымен</source>
        <translation>Recently read first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="185"/>
        <source>Файл қосу…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="186"/>
        <source>Қалта қосу…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="194"/>
        <source>Кітапханадағы мақалалар</source>
        <translation>Articles in the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="216"/>
        <source>Мақала файлдарын (.md, .txt, .html, .epub) не қалтаны терезеге сүйреп әкеліңіз.</source>
        <translation>Drag article files (.md, .txt, .html, .epub) or a folder onto the window to add them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="346"/>
        <source>«%1» бойынша мақала жоқ</source>
        <translation>No article matches “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="350"/>
        <source>%1 мақала, барлығы %2</source>
        <translation>%1 of %2 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="352"/>
        <source>%1 мақала</source>
        <translation>%1 articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="44"/>
        <source>Бөлімдер</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="46"/>
        <source>Мақала бөлімдерінің тізімі; таңдалған бөлімге өтеді</source>
        <translation>The article’s sections; choosing one goes to it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="105"/>
        <source>Мақала мәтіні</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="124"/>
        <source>Іздеу</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/window.py" line="130"/>
        <source>Белгілер</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="225"/>
        <source>Кітап оқылып жатыр: %1%</source>
        <translation>Reading the book: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/start.py" line="108"/>
        <source>Бөлімдер тізімі мен мәтіннің арасы</source>
        <translation>Between the sections list and the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/start.py" line="111"/>
        <source>Терезенің өлшемі</source>
        <translation>Window size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="76"/>
        <source>%1, %2-бөлім, барлығы %3</source>
        <translation>%1, section %2 of %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="185"/>
        <source>%1-нәтиже, барлығы %2: %3</source>
        <translation>Hit %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="241"/>
        <source>Тек осы тұлғасы ізделеді</source>
        <translation>Searching this form only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="243"/>
        <source>Сөздің барлық тұлғалары ізделеді</source>
        <translation>Searching all forms of the word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="248"/>
        <source>Түбірлес сөздер де ізделеді</source>
        <translation>Related words are found too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="250"/>
        <source>Түбірлес сөздер ізделмейді</source>
        <translation>Related words are not searched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="261"/>
        <source>Мәтін индекстелуде: іздеу дайын болғанда жауап береді</source>
        <translation>Indexing the text: the search will answer when it is ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="269"/>
        <source>«%1»: %2 нәтиже</source>
        <translation>“%1”: %2 hits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="274"/>
        <source>«%1» бойынша ештеңе табылмады.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/searching.py" line="276"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="500"/>
        <location filename="../../desktop/ui/mainwindow/window.py" line="129"/>
        <source>Іздеу нәтижелері</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="186"/>
        <source>Ашу…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="143"/>
        <source>%1: қосулы</source>
        <translation>%1: on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="145"/>
        <source>%1: өшірулі</source>
        <translation>%1: off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="191"/>
        <source>Кірістірілген мақала</source>
        <translation>Bundled article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="197"/>
        <source>Кітапханаға қосу…</source>
        <translation>Add to Library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="203"/>
        <source>Қалтаны кітапханаға қосу…</source>
        <translation>Add Folder to Library…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="209"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="175"/>
        <source>Кітапхана</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="212"/>
        <source>Кітапханадағы барлық мақалалар (Ctrl+Shift+L)</source>
        <translation>All articles in the library (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="218"/>
        <source>Экспорттау…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="224"/>
        <source>Экспортқа белгілерді қосу</source>
        <translation>Include Highlights in Exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="228"/>
        <source>HTML, PDF және басып шығаруда белгілер мен ескертпелер</source>
        <translation>Highlights and notes in HTML, PDF and printouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="235"/>
        <source>Басып шығару…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="241"/>
        <source>Шығу</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="247"/>
        <source>Көшіру</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="253"/>
        <source>Барлығын белгілеу</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="259"/>
        <source>Көшіргенде дереккөзін қосу</source>
        <translation>Add the source when copying</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="266"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="287"/>
        <source>Белгілеу</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="272"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="305"/>
        <source>Ескертпе…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="278"/>
        <source>Осы жерге бетбелгі қою</source>
        <translation>Bookmark this place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="297"/>
        <source>Болдырмау</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="302"/>
        <source>Кері қайтарылды: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="311"/>
        <source>Қайтару</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="316"/>
        <source>Қайта жасалды: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="326"/>
        <source>Үлкейту</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="332"/>
        <source>Кішірейту</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="338"/>
        <source>Қалыпты өлшем</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="344"/>
        <source>Латын әліпбиі</source>
        <translation>Latin alphabet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="347"/>
        <source>Мақаланы латын әліпбиімен көрсету (Ctrl+L)</source>
        <translation>Show the article in the Latin alphabet (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="353"/>
        <source>Бөлімдер тізімі</source>
        <translation>Section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="362"/>
        <source>Толық экран</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="369"/>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="79"/>
        <source>Дауыстап оқу</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="372"/>
        <source>Мақаланы қазақша дауыстап оқу (F5)</source>
        <translation>Read the article aloud in Kazakh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="391"/>
        <source>Кідірту / жалғастыру</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="397"/>
        <source>Оқуды тоқтату</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="403"/>
        <source>Алдыңғы сөйлем</source>
        <translation>Previous sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="409"/>
        <source>Келесі сөйлем</source>
        <translation>Next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="415"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="284"/>
        <source>Бұл сөз туралы</source>
        <translation>About this word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="422"/>
        <source>Келесі бөлім</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="428"/>
        <source>Алдыңғы бөлім</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="434"/>
        <source>Бөлімдер тізіміне өту</source>
        <translation>Go to the section list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="440"/>
        <source>Мәтінге өту</source>
        <translation>Go to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="447"/>
        <source>Бағдарлама туралы</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="453"/>
        <source>Qt туралы</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="459"/>
        <source>Іздеу…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="465"/>
        <source>Келесі нәтиже</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="471"/>
        <source>Алдыңғы нәтиже</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="477"/>
        <source>Түбірлес сөздерді де табу</source>
        <translation>Find related words too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="481"/>
        <source>дос → достық, оқу → оқушы: сөздің өз тұлғаларынан кейін</source>
        <translation>дос → достық, оқу → оқушы: after the word&apos;s own forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="488"/>
        <source>Тек осы тұлғасын табу</source>
        <translation>This form only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="492"/>
        <source>сапарын сапарды таппайды: сөздің басқа тұлғалары ізделмейді</source>
        <translation>сапарын does not find сапарды: the word&apos;s other forms are not searched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="507"/>
        <source>Белгілерді экспорттау…</source>
        <translation>Export highlights…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="513"/>
        <source>Белгілерді импорттау…</source>
        <translation>Import highlights…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="520"/>
        <source>Белгілер тізімі</source>
        <translation>Highlights list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="529"/>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="556"/>
        <source>Жүйеге сәйкес</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="530"/>
        <source>Ашық</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="531"/>
        <source>Күңгірт</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/actions.py" line="532"/>
        <source>Сепия</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="46"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="61"/>
        <source>Соңғы файлдар</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="47"/>
        <source>&amp;Өңдеу</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="48"/>
        <source>&amp;Көрініс</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="72"/>
        <source>Түс схемасы</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="75"/>
        <source>Интерфейс тілі</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="49"/>
        <source>&amp;Іздеу</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="50"/>
        <source>Ө&amp;ту</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="90"/>
        <source>Бетбелгілер</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/menus.py" line="51"/>
        <source>&amp;Анықтама</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/navigation.py" line="135"/>
        <source>Оқылды: %1%</source>
        <translation>Read: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="85"/>
        <source>Мақаланы ашу</source>
        <translation>Open an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/content_errors.py" line="414"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="104"/>
        <source>%1-жол: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="287"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="107"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="259"/>
        <source>Мақаланы ашу мүмкін болмады</source>
        <translation>The article could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/book_opening.py" line="243"/>
        <location filename="../../desktop/ui/mainwindow/files.py" line="118"/>
        <source>Кітаптың кей бөлігі толық оқылмады: %1</source>
        <translation>Part of the book could not be read fully: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="161"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="147"/>
        <source>(бос)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="192"/>
        <source>Мәтін (*.txt)</source>
        <translation>Text (*.txt)</translation>
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
        <translation>Export the article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="178"/>
        <source>Экспорт сәтсіз аяқталды</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="175"/>
        <source>Файлға жазу мүмкін болмады:
%1

%2</source>
        <translation>Could not write the file:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="87"/>
        <location filename="../../desktop/ui/mainwindow/library.py" line="312"/>
        <source>Мақалалар (*.md *.txt *.html *.htm *.epub);;Барлық файлдар (*)</source>
        <translation>Articles (*.md *.txt *.html *.htm *.epub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="182"/>
        <source>Сақталды: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="227"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Қазақ тіліндегі мақалаларды желісіз оқуға арналған бағдарлама.&lt;/p&gt;&lt;p&gt;Мақала: «%3», %4, %5.&lt;/p&gt;&lt;p&gt;Қаріп: Noto Serif, SIL Open Font License 1.1. Белгішелер: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;&lt;p&gt;Іздеу сөздігі: Hunspell қазақ сөздігі (А. Мұсаева, L. Németh, R. Aliev), Mozilla Public License 1.1 бойынша.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline reader for Kazakh-language articles.&lt;/p&gt;&lt;p&gt;Article: “%3”, %4, %5.&lt;/p&gt;&lt;p&gt;Font: Noto Serif, SIL Open Font License 1.1. Icons: qtawesome (Font Awesome, MIT/OFL). Qt for Python (LGPLv3).&lt;/p&gt;&lt;p&gt;Search lexicon: the Kazakh Hunspell dictionary (A. Mussayeva, L. Németh, R. Aliev), under the Mozilla Public License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="237"/>
        <source>&lt;p&gt;Дауыстап оқу: eSpeak NG, GNU GPL 3.0 немесе кейінгі нұсқасы бойынша. Ол бағдарламаның ішінде емес, бөлек процесс ретінде жұмыс істейді; бастапқы коды: https://github.com/espeak-ng/espeak-ng. Дыбыс: miniaudio (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reading aloud: eSpeak NG, under the GNU GPL 3.0 or later. It runs as a separate process, not inside the reader; its source: https://github.com/espeak-ng/espeak-ng. Sound: miniaudio (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="245"/>
        <source>&lt;p&gt;Oqyrman негізінде жасалған.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built on Oqyrman.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/files.py" line="249"/>
        <source>%1 туралы</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="157"/>
        <source>Алдымен мәтіннен бір бөлікті белгілеңіз</source>
        <translation>Select some text first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="267"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="320"/>
        <source>Ескертпе</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="291"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="302"/>
        <source>Астын сызу</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="137"/>
        <source>Бетбелгі қойылды: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="294"/>
        <source>Ескертпе қосу…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="297"/>
        <source>Түсі</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="206"/>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="298"/>
        <source>Түсін өзгерту</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="307"/>
        <source>Дереккөзімен көшіру</source>
        <translation>Copy with the source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="310"/>
        <source>Белгіні өшіру</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="349"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="351"/>
        <source>Белгілерді экспорттау</source>
        <translation>Export highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="374"/>
        <source>Белгілерді импорттау</source>
        <translation>Import highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="376"/>
        <source>Oqyrman белгілері (*.json)</source>
        <translation>Oqyrman highlights (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="401"/>
        <source>Импорт сәтсіз аяқталды</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="406"/>
        <source>Қосылды: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="418"/>
        <source>Белгілер сақталмайды</source>
        <translation>Highlights are not being saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/marking.py" line="420"/>
        <source>Белгілер мен ескертпелерді сақтау мүмкін болмады:
%1

Оқи беруге болады; жасалған белгілер бағдарлама ашық тұрғанда сақталып тұрады.</source>
        <translation>Highlights and notes could not be saved:
%1

You can go on reading; what you mark is kept while the reader is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="125"/>
        <source>Кітапханаға қосылуда</source>
        <translation>Adding to the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="158"/>
        <source>Кітапхана қолжетімсіз: %1</source>
        <translation>The library is unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="163"/>
        <source>Іздеу индексі зақымдалған: мақалалардан қайта құрылуда</source>
        <translation>The search index was damaged: it is being rebuilt from the articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="177"/>
        <source>Кітапхананы оқу не жазу мүмкін болмады:
%1

Мақаланы оқи беруге болады.</source>
        <translation>The library could not be read or written:
%1

You can go on reading.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="269"/>
        <source>Бағдарламамен бірге келген мақаланы кітапханадан алып тастауға болмайды</source>
        <translation>The article that comes with the program cannot be removed from the library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="278"/>
        <source>«%1» кітапханадан алынды; файлы орнында қалды</source>
        <translation>“%1” was removed from the library; its file was left in place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="310"/>
        <source>Кітапханаға қосу</source>
        <translation>Add to Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="321"/>
        <source>Қалтаны кітапханаға қосу</source>
        <translation>Add Folder to Library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="362"/>
        <source>Кітапханаға қосылуда: %1</source>
        <translation>Adding to the library: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="372"/>
        <source>Кітапханаға қосылды: %1, жаңартылды: %2, өзгермеген: %3</source>
        <translation>Added to the library: %1, updated: %2, unchanged: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="385"/>
        <source>…және тағы %1 файл</source>
        <translation>…and %1 more files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/library.py" line="388"/>
        <source>Кейбір файлдар қосылмады</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mainwindow/wiring.py" line="96"/>
        <source>Баптаулар сақталмайды: %1 файлына жазу мүмкін емес</source>
        <translation>Settings are not being saved: %1 cannot be written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="132"/>
        <source>Жалғастыру</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="134"/>
        <source>Кідірту</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="42"/>
        <location filename="../../desktop/ui/note_dialog.py" line="52"/>
        <source>Ескертпе</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="53"/>
        <source>Мына мәтінге: %1</source>
        <translation>On the text: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_dialog.py" line="54"/>
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
        <source>Тү&amp;рі:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="204"/>
        <source>Т&amp;үсі:</source>
        <translation>&amp;Colour:</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="93"/>
        <source>Сурет: %1. Астындағы жазу: %2</source>
        <translation>Picture: %1. Caption: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="95"/>
        <source>Сурет: %1</source>
        <translation>Picture: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pictures.py" line="97"/>
        <source>Сурет</source>
        <translation>Picture</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="141"/>
        <source>Келесі бет</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="142"/>
        <source>Алдыңғы бет</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="143"/>
        <source>Бірінші бет</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="144"/>
        <source>Соңғы бет</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="145"/>
        <source>Енге сыйдыру</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="146"/>
        <source>Бетті сыйдыру</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="147"/>
        <source>Үлкейту</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="148"/>
        <source>Кішірейту</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="149"/>
        <source>Тік бет</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="150"/>
        <source>Жатық бет</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="151"/>
        <source>Бір бетті көрсету</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="152"/>
        <source>Қатар беттерді көрсету</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="153"/>
        <source>Барлық беттерге шолу</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="154"/>
        <source>Басып шығару</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="155"/>
        <source>Бет параметрлері</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="156"/>
        <source>Жабу</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="165"/>
        <source>Басқа батырмалар</source>
        <translation>More buttons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="170"/>
        <source>Масштаб</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="179"/>
        <source>Масштаб:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="184"/>
        <source>Бет нөмірі</source>
        <translation>Page number</translation>
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
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="32"/>
        <source>өте төмен</source>
        <translation>very low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="33"/>
        <source>төмен</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="34"/>
        <source>қалыпты</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="35"/>
        <source>жоғары</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="36"/>
        <source>өте жоғары</source>
        <translation>very high</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="45"/>
        <location filename="../../desktop/ui/speech/bar.py" line="147"/>
        <source>Дауыстап оқу</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="48"/>
        <source>Дауыстап оқу басқаруы</source>
        <translation>Reading aloud controls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="54"/>
        <source>Жылдамдық:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="57"/>
        <source>Оқу жылдамдығы</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="60"/>
        <source>Дауыс биіктігі:</source>
        <translation>Pitch:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="63"/>
        <location filename="../../desktop/ui/speech/bar.py" line="101"/>
        <source>Дауыс биіктігі</source>
        <translation>Voice pitch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="66"/>
        <source>  Дауыс: eSpeak NG, қазақ тілі</source>
        <translation>  Voice: eSpeak NG, Kazakh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/bar.py" line="99"/>
        <source>Жылдамдық</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/controller.py" line="205"/>
        <source>Дауыстап оқу мүмкін емес: бұл компьютерде дыбыс шығаратын құрылғы табылмады (%1).</source>
        <translation>Cannot read aloud: this computer has no sound output device (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/speech/controller.py" line="209"/>
        <source>Дауыстап оқу мүмкін емес: дауыс жүктелмеді (%1).</source>
        <translation>Cannot read aloud: the voice could not be loaded (%1).</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="478"/>
        <source>Кітаптағы орын</source>
        <translation>Place in the book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="572"/>
        <source>{0}: кітаптың {1}%</source>
        <translation>{0}: {1}% of the book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reading_pane.py" line="577"/>
        <source>мәтінде кітаптың {0}–{1}%-ы</source>
        <translation>the text holds {0}–{1}% of the book</translation>
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
        <location filename="../../desktop/ui/search/results_panel.py" line="81"/>
        <source>Мұны іздеу керек пе: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_panel.py" line="84"/>
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
        <location filename="../../desktop/ui/search/bar.py" line="137"/>
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
        <location filename="../../desktop/ui/search/bar.py" line="126"/>
        <source>Мәтін индекстелуде: %1%</source>
        <translation>Indexing the text: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="131"/>
        <source>Кітап оқылуда: %1%</source>
        <translation>Reading the book: %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="140"/>
        <source>Ештеңе табылмады</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/bar.py" line="144"/>
        <source>%1-нәтиже, барлығы %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="44"/>
        <source>түбірлес сөз</source>
        <translation>related word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/results_model.py" line="110"/>
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
    <name>WordCard</name>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="15"/>
        <source>көптік: бірнеше</source>
        <translation>plural: several</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="16"/>
        <source>менің</source>
        <translation>my</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="17"/>
        <source>сенің</source>
        <translation>your (informal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="18"/>
        <source>сіздің</source>
        <translation>your (polite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="19"/>
        <source>біздің</source>
        <translation>our</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="20"/>
        <source>оның, олардың</source>
        <translation>his/her/its, their</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="21"/>
        <source>ілік септік: кімнің? ненің?</source>
        <translation>of (genitive: whose? of what?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="22"/>
        <source>табыс септік: кімді? нені?</source>
        <translation>the object (accusative: whom? what?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="23"/>
        <source>барыс септік: кімге? неге? қайда?</source>
        <translation>to, for (dative: to whom? where to?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="24"/>
        <source>жатыс септік: қайда? кімде?</source>
        <translation>in, at (locative: where?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="25"/>
        <source>шығыс септік: қайдан? кімнен?</source>
        <translation>from (ablative: where from?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="26"/>
        <source>көмектес септік: кіммен? немен?</source>
        <translation>with, by (instrumental)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="27"/>
        <source>сонда болған, сондағы</source>
        <translation>that is in, at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="28"/>
        <source>мезгілге, орынға қатысты</source>
        <translation>of a time or place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="29"/>
        <source>мен (жіктік жалғау)</source>
        <translation>I am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="30"/>
        <source>сен (жіктік жалғау)</source>
        <translation>you are (informal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="31"/>
        <source>сіз (жіктік жалғау)</source>
        <translation>you are (polite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="32"/>
        <source>біз (жіктік жалғау)</source>
        <translation>we are</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="33"/>
        <source>сендер (жіктік жалғау)</source>
        <translation>you are (plural)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="34"/>
        <source>ырықсыз етіс: істелді</source>
        <translation>is done (passive)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="35"/>
        <source>өздік етіс: өзі үшін</source>
        <translation>oneself (reflexive)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="36"/>
        <source>ортақ етіс: бірге, бір-біріне</source>
        <translation>together, each other (reciprocal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="37"/>
        <source>өзгелік етіс: істету</source>
        <translation>make someone do (causative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="38"/>
        <source>болымсыз: емес</source>
        <translation>not (negation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="39"/>
        <source>өткен шақ</source>
        <translation>did (past tense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="40"/>
        <source>мен</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="41"/>
        <source>сен</source>
        <translation>you (informal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="42"/>
        <source>сіз</source>
        <translation>you (polite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="43"/>
        <source>біз</source>
        <translation>we</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="44"/>
        <source>сендер</source>
        <translation>you (plural)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="45"/>
        <source>ауыспалы осы-келер шақ</source>
        <translation>does, will do (present-future)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="46"/>
        <source>ол, олар</source>
        <translation>he/she/it, they</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="47"/>
        <source>істемей</source>
        <translation>without doing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="48"/>
        <source>көсемше: істеп</source>
        <translation>having done, and (converb)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="49"/>
        <source>бұрынғы өткен шақ: істепті</source>
        <translation>has done, it seems (perfect)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="50"/>
        <source>өткен шақ есімше: істеген</source>
        <translation>who did, done (past participle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="51"/>
        <source>есімше: істейтін</source>
        <translation>who does (habitual participle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="52"/>
        <source>болжалды келер шақ: істер</source>
        <translation>would, may do (aorist)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="53"/>
        <source>істемес</source>
        <translation>would not do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="54"/>
        <source>мақсатты келер шақ: істемек</source>
        <translation>intends to do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="55"/>
        <source>қимыл атауы: істеу</source>
        <translation>to do, doing (verbal noun)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="56"/>
        <source>шартты рай: егер</source>
        <translation>if (conditional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="57"/>
        <source>бұйрық рай: істесін</source>
        <translation>let him/her do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="58"/>
        <source>бұйрық рай, сыпайы: істеңіз</source>
        <translation>please do (polite imperative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="59"/>
        <source>қалау рай: істейін</source>
        <translation>let me do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="60"/>
        <source>қалау рай: істейік</source>
        <translation>let us do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="61"/>
        <source>мақсат: істеу үшін</source>
        <translation>in order to do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="62"/>
        <source>қалау: істегісі келеді</source>
        <translation>wants to do (desiderative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="63"/>
        <source>дерексіз зат есім</source>
        <translation>-ness, -ship (abstract noun)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="64"/>
        <source>кәсіп иесі</source>
        <translation>-er, one whose work it is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="65"/>
        <source>істеуші</source>
        <translation>one who does it (-er)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="66"/>
        <source>онсыз</source>
        <translation>without, -less</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="67"/>
        <source>оған ие, онымен</source>
        <translation>with, having, -ful</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="68"/>
        <source>бірге, ортақ</source>
        <translation>fellow, co-</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="69"/>
        <source>салыстырмалы шырай: үлкенірек</source>
        <translation>comparative: more, -er (bigger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="70"/>
        <source>теңеу: қазақша, сонша</source>
        <translation>equative: in the manner of (in Kazakh, so much)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="71"/>
        <source>бұйрық рай, сендер: істеңдер</source>
        <translation>imperative, you (plural): do!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="72"/>
        <source>бұйрық рай, сіздер: істеңіздер</source>
        <translation>imperative, you (polite plural): please do!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="73"/>
        <source>ниет: істемекші</source>
        <translation>intention: is going to do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="74"/>
        <source>істемей тұрып: істеместен</source>
        <translation>without doing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="75"/>
        <source>болымсыз бұйрық: істеме</source>
        <translation>don&apos;t!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="76"/>
        <source>істегені: істегендік</source>
        <translation>the fact of having done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="77"/>
        <source>өтініш: істеші</source>
        <translation>please (softens a request)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="78"/>
        <source>мен (ауызекі): барам</source>
        <translation>I (spoken form)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="79"/>
        <source>сіздер (жіктік жалғау)</source>
        <translation>you (polite plural, personal ending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="80"/>
        <source>біреудікі: кімдікі?</source>
        <translation>the one belonging to: whose?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="81"/>
        <source>ұқсату: таудай</source>
        <translation>like, as (mountain-like)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="85"/>
        <source>есім сөз</source>
        <translation>noun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="86"/>
        <source>етістік</source>
        <translation>verb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="87"/>
        <source>есімдік</source>
        <translation>pronoun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/glosses.py" line="88"/>
        <source>сөз (жұрнақсыз)</source>
        <translation>word (no endings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="155"/>
        <source>Сөз туралы: %1</source>
        <translation>About the word: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="173"/>
        <source>Сөздің талдауы</source>
        <translation>How the word is read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="185"/>
        <source>Барлық түрін табу</source>
        <translation>Find all forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="186"/>
        <source>Дауыстап оқу</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="187"/>
        <source>Көшіру</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="198"/>
        <source>Талдау табылмады.</source>
        <translation>No reading was found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="207"/>
        <source>сөздік түрі: %1, %2</source>
        <translation>dictionary form: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="221"/>
        <source>тағы %1</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="222"/>
        <source>Басқаша оқылуы:</source>
        <translation>Other readings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="226"/>
        <source>Осы мақалада:</source>
        <translation>In this article:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="230"/>
        <source>Кітапханада: %1 рет, %2 мақалада</source>
        <translation>In the library: %1 times (articles: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="239"/>
        <source>Көшірілді.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="284"/>
        <location filename="../../desktop/ui/word_card.py" line="288"/>
        <source>Сөздің үстіне курсорды қойыңыз.</source>
        <translation>Put the cursor on a word.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/word_card.py" line="327"/>
        <source>Дауыстап оқу мүмкін емес: %1</source>
        <translation>Cannot read aloud: %1</translation>
    </message>
</context>
<context>
    <name>WordCompleter</name>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="45"/>
        <source>Мәтіндегі сөздер</source>
        <translation>Words in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="83"/>
        <source>%1, мәтінде %2 рет: %3</source>
        <translation>%1, %2 times in the text: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/completer.py" line="85"/>
        <source>%1, мәтінде %2 рет</source>
        <translation>%1, %2 times in the text</translation>
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
        <location filename="../../desktop/ui/library/view.py" line="128"/>
        <source>Оқу</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="129"/>
        <source>Кітапханадан алып тастау</source>
        <translation>Remove from library</translation>
    </message>
</context>
</TS>
