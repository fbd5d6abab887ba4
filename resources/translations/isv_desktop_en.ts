<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ApplicabilityPage</name>
    <message>
        <source>— kies een procedure —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nog niet bepaald —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen van de tien risicocategorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies een reden —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten mogen ISV ook buiten deze categorieën toepassen. Het programma laat zien wat de rijksregel zou zijn; het besluit is aan u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen besluit vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de reden om ISV niet toe te passen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licht de reden toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het besluit is vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de geschatte waarde in om die met de Europese drempel te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De Europese drempel voor vandaag is niet bekend: de meegeleverde tabel loopt tot en met 2025. Vul de geldende drempels in bij Instellingen (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boven de Europese drempel van {amount} ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder de Europese drempel van {amount} ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies of de inkoop in een van de tien ISV-risicocategorieën valt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inkoop valt in een ISV-risicocategorie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inkoop valt niet in een van de tien ISV-risicocategorieën.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijksregel: ISV toepassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijksregel: ISV niet verplicht. U mag ISV wel toepassen als er ketenrisico&apos;s zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijksregel: nog niet te bepalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbesteding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Bedrijfskleding buitendienst 2026–2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aanbestedende dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat wordt ingekocht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte omschrijving van de producten of diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPV-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345678-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschatte &amp;waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excl. btw, incl. opties en verlengingen, bijvoorbeeld 250.000 of € 250.000,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Looptijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract&amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam of functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toepasbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV-&amp;risicocategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit: pas toe of leg uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISV toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV &amp;niet toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg uit waarom ISV niet worden toegepast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een onverwachte fout opgetreden. Alles wat u had ingevoerd is al opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De details staan in het logbestand:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Dossierbestand kan niet worden geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij terugzetten blijft het beschadigde bestand bewaard onder een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierbestand kiezen of aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV-dossierbestand (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschatte waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <source>Zoek op titel, kenmerk, omschrijving, CPV-code of organisatie (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook &amp;gearchiveerde dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>← Alle dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar het overzicht (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet compleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Uitleg bij deze stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Dossier en toepasbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risicoscan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leveranciers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractmonitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-openbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrentiegerichte dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderhandelingsprocedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meervoudig onderhands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkelvoudig onderhands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leveringen of diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet besloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV niet toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder de drempel en niet proportioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen relevant ketenrisico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders, namelijk …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrijfskleding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondstoffenmanagement en afvalzorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantoorartikelen en computersupplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papier, afvoer vertrouwelijke informatiedragers en print- en drukwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT-werkomgeving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataverbindingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ISV Desktop — Internationale Sociale Voorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hernoemen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archiveren / terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen &amp;ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alle dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over ISV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier hernoemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie gemaakt: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearchiveerd: {title}. Zet ‘Ook gearchiveerde dossiers’ aan om het terug te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggezet: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier ‘{title}’ verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt het direct daarna nog terugzetten met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd: {title}. Ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over ISV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV Desktop helpt inkopers de Internationale Sociale Voorwaarden toe te passen in aanbestedingen. Alle gegevens blijven op deze computer.

Dossierbestand: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Voor vandaag is geen drempel bekend. Vul hieronder de drempels in die nu gelden (te vinden bij PIANOo); ze worden met datum bewaard en vanaf nu gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu geldig ({start} t/m {end}): leveringen en diensten {supplies}, werken {works}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitleg bij elke stap standaard tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een andere taal gaat in bij de volgende start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europese drempels voor gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig &amp;vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig t&amp;ot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leveringen en diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld 221.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld 5.538.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempels &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
