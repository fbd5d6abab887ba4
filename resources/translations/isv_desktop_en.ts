<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>ApplicabilityPage</name>
        <message>
            <source>— kies een procedure —</source>
            <translation>— choose a procedure —</translation>
        </message>
        <message>
            <source>— nog niet bepaald —</source>
            <translation>— not determined yet —</translation>
        </message>
        <message>
            <source>Geen van de tien risicocategorieën</source>
            <translation>None of the ten risk categories</translation>
        </message>
        <message>
            <source>— kies een reden —</source>
            <translation>— choose a reason —</translation>
        </message>
        <message>
            <source>Gemeenten mogen ISV ook buiten deze categorieën toepassen. Het programma laat zien wat de rijksregel zou zijn; het besluit is aan u.</source>
            <translation>Municipalities may also apply ISV outside these categories. The program shows what the central-government rule would be; the decision is yours.</translation>
        </message>
        <message>
            <source>Nog geen besluit vastgelegd.</source>
            <translation>No decision recorded yet.</translation>
        </message>
        <message>
            <source>Kies de reden om ISV niet toe te passen.</source>
            <translation>Choose the reason for not applying ISV.</translation>
        </message>
        <message>
            <source>Licht de reden toe.</source>
            <translation>Explain the reason.</translation>
        </message>
        <message>
            <source>Het besluit is vastgelegd.</source>
            <translation>The decision is recorded.</translation>
        </message>
        <message>
            <source>Vul de geschatte waarde in om die met de Europese drempel te vergelijken.</source>
            <translation>Enter the estimated value to compare it with the EU threshold.</translation>
        </message>
        <message>
            <source>De Europese drempel voor vandaag is niet bekend: de meegeleverde tabel loopt tot en met 2025. Vul de geldende drempels in bij Instellingen (Ctrl+,).</source>
            <translation>The EU threshold for today is not known: the table shipped with the program runs to the end of 2025. Enter the current thresholds in Settings (Ctrl+,).</translation>
        </message>
        <message>
            <source>Boven de Europese drempel van {amount} ({period}).</source>
            <translation>Above the EU threshold of {amount} ({period}).</translation>
        </message>
        <message>
            <source>Onder de Europese drempel van {amount} ({period}).</source>
            <translation>Below the EU threshold of {amount} ({period}).</translation>
        </message>
        <message>
            <source>Kies of de inkoop in een van de tien ISV-risicocategorieën valt.</source>
            <translation>Choose whether the purchase falls in one of the ten ISV risk categories.</translation>
        </message>
        <message>
            <source>De inkoop valt in een ISV-risicocategorie.</source>
            <translation>The purchase falls in an ISV risk category.</translation>
        </message>
        <message>
            <source>De inkoop valt niet in een van de tien ISV-risicocategorieën.</source>
            <translation>The purchase does not fall in any of the ten ISV risk categories.</translation>
        </message>
        <message>
            <source>Rijksregel: ISV toepassen.</source>
            <translation>Central-government rule: apply ISV.</translation>
        </message>
        <message>
            <source>Rijksregel: ISV niet verplicht. U mag ISV wel toepassen als er ketenrisico's zijn.</source>
            <translation>Central-government rule: ISV not required. You may still apply ISV where there are supply-chain risks.</translation>
        </message>
        <message>
            <source>Rijksregel: nog niet te bepalen.</source>
            <translation>Central-government rule: cannot be determined yet.</translation>
        </message>
        <message>
            <source>Aanbesteding</source>
            <translation>Tender</translation>
        </message>
        <message>
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>Bijvoorbeeld: Bedrijfskleding buitendienst 2026–2030</source>
            <translation>For example: Workwear for field staff 2026–2030</translation>
        </message>
        <message>
            <source>Foutmelding</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>&amp;Aanbestedende dienst</source>
            <translation>&amp;Contracting authority</translation>
        </message>
        <message>
            <source>Gemeente …</source>
            <translation>Municipality of …</translation>
        </message>
        <message>
            <source>&amp;Kenmerk</source>
            <translation>&amp;Reference</translation>
        </message>
        <message>
            <source>Intern kenmerk</source>
            <translation>Internal reference</translation>
        </message>
        <message>
            <source>&amp;Wat wordt ingekocht</source>
            <translation>&amp;What is bought</translation>
        </message>
        <message>
            <source>Korte omschrijving van de producten of diensten</source>
            <translation>Short description of the products or services</translation>
        </message>
        <message>
            <source>&amp;CPV-code</source>
            <translation>&amp;CPV code</translation>
        </message>
        <message>
            <source>12345678-9</source>
            <translation>12345678-9</translation>
        </message>
        <message>
            <source>&amp;Procedure</source>
            <translation>&amp;Procedure</translation>
        </message>
        <message>
            <source>&amp;Soort opdracht</source>
            <translation>&amp;Kind of contract</translation>
        </message>
        <message>
            <source>Geschatte &amp;waarde</source>
            <translation>Estimated &amp;value</translation>
        </message>
        <message>
            <source>excl. btw, incl. opties en verlengingen, bijvoorbeeld 250.000 of € 250.000,00</source>
            <translation>excl. VAT, incl. options and extensions, for example 250.000 or € 250.000,00</translation>
        </message>
        <message>
            <source>Start &amp;contract</source>
            <translation>&amp;Contract start</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>&amp;Looptijd</source>
            <translation>&amp;Duration</translation>
        </message>
        <message>
            <source> maanden</source>
            <translation> months</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Contract&amp;manager</source>
            <translation>Contract &amp;manager</translation>
        </message>
        <message>
            <source>Naam of functie</source>
            <translation>Name or role</translation>
        </message>
        <message>
            <source>Toepasbaarheid</source>
            <translation>Applicability</translation>
        </message>
        <message>
            <source>ISV-&amp;risicocategorie</source>
            <translation>ISV &amp;risk category</translation>
        </message>
        <message>
            <source>Besluit: pas toe of leg uit</source>
            <translation>Decision: comply or explain</translation>
        </message>
        <message>
            <source>&amp;ISV toepassen</source>
            <translation>&amp;Apply ISV</translation>
        </message>
        <message>
            <source>ISV &amp;niet toepassen</source>
            <translation>Do &amp;not apply ISV</translation>
        </message>
        <message>
            <source>&amp;Reden</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>T&amp;oelichting</source>
            <translation>E&amp;xplanation</translation>
        </message>
        <message>
            <source>Leg uit waarom ISV niet worden toegepast</source>
            <translation>Explain why ISV are not applied</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Er is een onverwachte fout opgetreden. Alles wat u had ingevoerd is al opgeslagen.</source>
            <translation>An unexpected error occurred. Everything you had entered has already been stored.</translation>
        </message>
        <message>
            <source>De details staan in het logbestand:
{path}</source>
            <translation>The details are in the log file:
{path}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseProblemDialog</name>
        <message>
            <source>Dossierbestand kan niet worden geopend</source>
            <translation>The dossier file cannot be opened</translation>
        </message>
        <message>
            <source>Ander bestand kiezen…</source>
            <translation>Choose another file…</translation>
        </message>
        <message>
            <source>Laatste reservekopie terugzetten</source>
            <translation>Restore the latest backup</translation>
        </message>
        <message>
            <source>Bij terugzetten blijft het beschadigde bestand bewaard onder een andere naam.</source>
            <translation>When restoring, the damaged file is kept under another name.</translation>
        </message>
        <message>
            <source>Afsluiten</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Dossierbestand kiezen of aanmaken</source>
            <translation>Choose or create a dossier file</translation>
        </message>
        <message>
            <source>ISV-dossierbestand (*.sqlite *.db);;Alle bestanden (*)</source>
            <translation>ISV dossier file (*.sqlite *.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>DossierListModel</name>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Product / CPV</source>
            <translation>Product / CPV</translation>
        </message>
        <message>
            <source>Geschatte waarde</source>
            <translation>Estimated value</translation>
        </message>
        <message>
            <source>Stap</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Volgende termijn</source>
            <translation>Next due date</translation>
        </message>
    </context>
    <context>
        <name>DossierListPage</name>
        <message>
            <source>Zoek op titel, kenmerk, omschrijving, CPV-code of organisatie (Ctrl+F)</source>
            <translation>Search by title, reference, description, CPV code or organisation (Ctrl+F)</translation>
        </message>
        <message>
            <source>Ook &amp;gearchiveerde dossiers</source>
            <translation>&amp;Archived dossiers too</translation>
        </message>
        <message>
            <source>&amp;Nieuw dossier</source>
            <translation>&amp;New dossier</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Dossiers: {count}</source>
            <translation>Dossiers: {count}</translation>
        </message>
        <message>
            <source>Geen dossiers gevonden voor ‘{search}’.</source>
            <translation>No dossiers found for ‘{search}’.</translation>
        </message>
        <message>
            <source>Nog geen dossiers. Kies ‘Nieuw dossier’ (Ctrl+N) om te beginnen.</source>
            <translation>No dossiers yet. Choose ‘New dossier’ (Ctrl+N) to start.</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>← Alle dossiers</source>
            <translation>← All dossiers</translation>
        </message>
        <message>
            <source>Terug naar het overzicht (Alt+Home)</source>
            <translation>Back to the overview (Alt+Home)</translation>
        </message>
        <message>
            <source>Stappen van het dossier</source>
            <translation>Steps of the dossier</translation>
        </message>
        <message>
            <source>&lt; &amp;Vorige</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>V&amp;olgende &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>compleet</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>nog niet compleet</source>
            <translation>not complete yet</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <source>Uitleg bij deze stap</source>
            <translation>About this step</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Dossier en toepasbaarheid</source>
            <translation>Dossier and applicability</translation>
        </message>
        <message>
            <source>Risicoscan</source>
            <translation>Risk scan</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Leveranciers</source>
            <translation>Suppliers</translation>
        </message>
        <message>
            <source>Contractmonitoring</source>
            <translation>Contract monitoring</translation>
        </message>
        <message>
            <source>Openbaar</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Niet-openbaar</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <source>Concurrentiegerichte dialoog</source>
            <translation>Competitive dialogue</translation>
        </message>
        <message>
            <source>Onderhandelingsprocedure</source>
            <translation>Negotiated procedure</translation>
        </message>
        <message>
            <source>Meervoudig onderhands</source>
            <translation>Multiple private (meervoudig onderhands)</translation>
        </message>
        <message>
            <source>Enkelvoudig onderhands</source>
            <translation>Single private (enkelvoudig onderhands)</translation>
        </message>
        <message>
            <source>Leveringen of diensten</source>
            <translation>Supplies or services</translation>
        </message>
        <message>
            <source>Werken</source>
            <translation>Works</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Gearchiveerd</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Nog niet besloten</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>ISV toepassen</source>
            <translation>Apply ISV</translation>
        </message>
        <message>
            <source>ISV niet toepassen</source>
            <translation>Do not apply ISV</translation>
        </message>
        <message>
            <source>Onder de drempel en niet proportioneel</source>
            <translation>Below the threshold and not proportionate</translation>
        </message>
        <message>
            <source>Geen relevant ketenrisico</source>
            <translation>No relevant supply-chain risk</translation>
        </message>
        <message>
            <source>Anders, namelijk …</source>
            <translation>Other, namely …</translation>
        </message>
        <message>
            <source>Bedrijfskleding</source>
            <translation>Workwear</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Catering</translation>
        </message>
        <message>
            <source>Grondstoffenmanagement en afvalzorg</source>
            <translation>Raw materials management and waste</translation>
        </message>
        <message>
            <source>Energie</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>Kantoorartikelen en computersupplies</source>
            <translation>Office supplies and computer supplies</translation>
        </message>
        <message>
            <source>Papier, afvoer vertrouwelijke informatiedragers en print- en drukwerk</source>
            <translation>Paper, disposal of confidential data carriers, printing</translation>
        </message>
        <message>
            <source>Laboratorium</source>
            <translation>Laboratory</translation>
        </message>
        <message>
            <source>ICT-werkomgeving</source>
            <translation>ICT workplace</translation>
        </message>
        <message>
            <source>Datacenters</source>
            <translation>Data centres</translation>
        </message>
        <message>
            <source>Dataverbindingen</source>
            <translation>Data connections</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ISV Desktop — Internationale Sociale Voorwaarden</source>
            <translation>ISV Desktop — International Social Conditions</translation>
        </message>
        <message>
            <source>&amp;Nieuw dossier</source>
            <translation>&amp;New dossier</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Hernoemen…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <source>&amp;Dupliceren</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <source>&amp;Archiveren / terugzetten</source>
            <translation>&amp;Archive / restore</translation>
        </message>
        <message>
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Verwijderen &amp;ongedaan maken</source>
            <translation>&amp;Undo delete</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Alle dossiers</source>
            <translation>&amp;All dossiers</translation>
        </message>
        <message>
            <source>&amp;Over ISV Desktop</source>
            <translation>&amp;About ISV Desktop</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Dossier</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Nieuw dossier</source>
            <translation>New dossier</translation>
        </message>
        <message>
            <source>Dossier hernoemen</source>
            <translation>Rename dossier</translation>
        </message>
        <message>
            <source>Nieuwe titel:</source>
            <translation>New title:</translation>
        </message>
        <message>
            <source> (kopie)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Kopie gemaakt: {title}</source>
            <translation>Copy made: {title}</translation>
        </message>
        <message>
            <source>Gearchiveerd: {title}. Zet ‘Ook gearchiveerde dossiers’ aan om het terug te zien.</source>
            <translation>Archived: {title}. Tick ‘Archived dossiers too’ to see it again.</translation>
        </message>
        <message>
            <source>Teruggezet: {title}</source>
            <translation>Restored: {title}</translation>
        </message>
        <message>
            <source>Dossier verwijderen</source>
            <translation>Delete dossier</translation>
        </message>
        <message>
            <source>Dossier ‘{title}’ verwijderen?</source>
            <translation>Delete dossier ‘{title}’?</translation>
        </message>
        <message>
            <source>U kunt het direct daarna nog terugzetten met Ctrl+Z.</source>
            <translation>You can restore it right afterwards with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Niet verwijderen</source>
            <translation>Do not delete</translation>
        </message>
        <message>
            <source>Verwijderd: {title}. Ongedaan maken met Ctrl+Z.</source>
            <translation>Deleted: {title}. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Over ISV Desktop</source>
            <translation>About ISV Desktop</translation>
        </message>
        <message>
            <source>ISV Desktop helpt inkopers de Internationale Sociale Voorwaarden toe te passen in aanbestedingen. Alle gegevens blijven op deze computer.

Dossierbestand: {path}</source>
            <translation>ISV Desktop helps buyers apply the International Social Conditions (ISV) in tenders. All data stays on this computer.

Dossier file: {path}</translation>
        </message>
        <message>
            <source>Niet opgeslagen</source>
            <translation>Not stored</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Voor vandaag is geen drempel bekend. Vul hieronder de drempels in die nu gelden (te vinden bij PIANOo); ze worden met datum bewaard en vanaf nu gebruikt.</source>
            <translation>No threshold is known for today. Enter the thresholds that apply now below (published by PIANOo); they are stored with their dates and used from now on.</translation>
        </message>
        <message>
            <source>Nu geldig ({start} t/m {end}): leveringen en diensten {supplies}, werken {works}.</source>
            <translation>Valid now ({start} to {end}): supplies and services {supplies}, works {works}.</translation>
        </message>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Algemeen</source>
            <translation>General</translation>
        </message>
        <message>
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Uitleg bij elke stap standaard tonen</source>
            <translation>&amp;Show the explanation of each step by default</translation>
        </message>
        <message>
            <source>Een andere taal gaat in bij de volgende start.</source>
            <translation>Another language takes effect the next time the program starts.</translation>
        </message>
        <message>
            <source>Europese drempels voor gemeenten</source>
            <translation>EU thresholds for municipalities</translation>
        </message>
        <message>
            <source>Geldig &amp;vanaf</source>
            <translation>Valid &amp;from</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <source>Geldig t&amp;ot en met</source>
            <translation>Valid &amp;until (inclusive)</translation>
        </message>
        <message>
            <source>&amp;Leveringen en diensten</source>
            <translation>&amp;Supplies and services</translation>
        </message>
        <message>
            <source>bijvoorbeeld 221.000</source>
            <translation>for example 221.000</translation>
        </message>
        <message>
            <source>&amp;Werken</source>
            <translation>&amp;Works</translation>
        </message>
        <message>
            <source>bijvoorbeeld 5.538.000</source>
            <translation>for example 5.538.000</translation>
        </message>
        <message>
            <source>Drempels &amp;opslaan</source>
            <translation>&amp;Save thresholds</translation>
        </message>
        <message>
            <source>Foutmelding</source>
            <translation>Error message</translation>
        </message>
    </context>
</TS>
