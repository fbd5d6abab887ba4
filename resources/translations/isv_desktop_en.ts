<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsSection</name>
    <message>
        <source>Vervolgacties van de leverancier</source>
        <translation>The supplier&apos;s follow-up actions</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>AnnexActions</name>
    <message>
        <source>Bijlage ISV</source>
        <translation>ISV annex</translation>
    </message>
    <message>
        <source>Bijlage ISV opslaan</source>
        <translation>Save the ISV annex</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De bijlage is opgeslagen als {path}.</source>
        <translation>The annex has been saved as {path}.</translation>
    </message>
    <message>
        <source>De bijlage staat op het klembord, opgemaakt en als platte tekst. Plak die in uw eigen document.</source>
        <translation>The annex is on the clipboard, formatted and as plain text. Paste it into your own document.</translation>
    </message>
    <message>
        <source>Criterium {id} staat niet meer in de criteriabibliotheek. Verwijder het uit de lijst en probeer het opnieuw.</source>
        <translation>Criterion {id} is no longer in the criteria library. Remove it from the list and try again.</translation>
    </message>
    <message>
        <source>De bijlage kon niet worden opgeslagen: {reason}</source>
        <translation>The annex could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Word-documenten (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>De bijlage is naar de printer gestuurd.</source>
        <translation>The annex has been sent to the printer.</translation>
    </message>
</context>
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
        <source>Rijksregel: ISV niet verplicht. U mag ISV wel toepassen als er ketenrisico&apos;s zijn.</source>
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
        <translation>excl. VAT, incl. options and extensions, for example 250,000 or €250,000.00</translation>
    </message>
    <message>
        <source>&amp;Datum oproep tot mededinging</source>
        <translation>&amp;Date of the call for competition</translation>
    </message>
    <message>
        <source>dd-mm-jjjj, gepland of werkelijk; de Europese drempel van die dag geldt</source>
        <translation>dd/mm/yyyy, planned or actual; the EU threshold of that day applies</translation>
    </message>
    <message>
        <source>Start &amp;contract</source>
        <translation>&amp;Contract start</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
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
        <source>&amp;Voorstel overnemen</source>
        <translation>&amp;Take over the suggestion</translation>
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
    <name>ApplicabilityTexts</name>
    <message>
        <source>Vul de geschatte waarde in om die met de Europese drempel te vergelijken.</source>
        <translation>Enter the estimated value to compare it with the EU threshold.</translation>
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
        <source>Bron: {source}.</source>
        <translation>Source: {source}.</translation>
    </message>
    <message>
        <source>Er is nog geen datum van de oproep tot mededinging ingevuld: de drempel is bepaald op vandaag ({day}).</source>
        <translation>No date of the call for competition has been filled in yet: the threshold was taken on today ({day}).</translation>
    </message>
    <message>
        <source>Beoordeeld op de datum van de oproep tot mededinging: {day}.</source>
        <translation>Judged on the date of the call for competition: {day}.</translation>
    </message>
    <message>
        <source>Voor {day} is geen Europese drempel bekend: de drempeltabel loopt tot en met {last}. Lees een nieuwe editie van de drempeltabel in of vul de geldende drempels in bij Instellingen (Ctrl+,).</source>
        <translation>No EU threshold is known for {day}: the threshold table runs to {last} inclusive. Import a new edition of the threshold table or enter the thresholds in force in Settings (Ctrl+,).</translation>
    </message>
    <message>
        <source>Let op: de bekende drempels lopen tot en met {last}. Kijk of er al nieuwe drempels zijn vastgesteld (PIANOo) en lees die in.</source>
        <translation>Note: the known thresholds run to {last} inclusive. Check whether new thresholds have been set (PIANOo) and import them.</translation>
    </message>
    <message>
        <source>De soort opdracht volgt uit de CPV-code; u kunt een andere kiezen.</source>
        <translation>The kind of contract follows from the CPV code; you can choose another.</translation>
    </message>
    <message>
        <source>Richtlijn 2014/24/EU, bijlage XIV, punt {number}: {heading}</source>
        <translation>Directive 2014/24/EU, Annex XIV, point {number}: {heading}</translation>
    </message>
    <message>
        <source>CPV-afdeling 45, bouwwerkzaamheden</source>
        <translation>CPV division 45, construction work</translation>
    </message>
    <message>
        <source>geen werk en niet in bijlage XIV van Richtlijn 2014/24/EU</source>
        <translation>not works and not in Annex XIV of Directive 2014/24/EU</translation>
    </message>
    <message>
        <source>Afgeleid van CPV-code {code} ({reason}).</source>
        <translation>Derived from CPV code {code} ({reason}).</translation>
    </message>
    <message>
        <source>De gekozen soort wijkt af van de CPV-code: {code} wijst op ‘{kind}’ ({reason}). Laat uw keuze staan als die klopt.</source>
        <translation>The chosen kind differs from the CPV code: {code} points to ‘{kind}’ ({reason}). Keep your choice if it is right.</translation>
    </message>
    <message>
        <source>Geen voorstel: CPV-code {code} valt onder geen van de tien categorieën in de tabel van het programma.</source>
        <translation>No suggestion: CPV code {code} falls under none of the ten categories in the program&apos;s table.</translation>
    </message>
    <message>
        <source>Voorstel op grond van CPV-code {code}: {category} — {reason}. Eigen indeling van het programma, geen officiële tabel; het besluit is aan u.</source>
        <translation>Suggested from CPV code {code}: {category} — {reason}. The program&apos;s own table, not an official one; the decision is yours.</translation>
    </message>
</context>
<context>
    <name>AuditsSection</name>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Corrigerende maatregelen</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Datum van de audit</source>
        <translation>Date of the audit</translation>
    </message>
    <message>
        <source>Leverancier van de audit</source>
        <translation>Supplier audited</translation>
    </message>
    <message>
        <source>{count}, waarvan {done} afgerond</source>
        <translation>{count}, {done} of them done</translation>
    </message>
    <message>
        <source>{count} te laat</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>te laat afgerond</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>Corrigerende maatregelen bij de audit van {day} ({kind})</source>
        <translation>Corrective actions of the audit of {day} ({kind})</translation>
    </message>
    <message>
        <source>Kies een maatregel in de lijst om de status bij te werken.</source>
        <translation>Choose an action in the list to update its status.</translation>
    </message>
    <message>
        <source>Status van: {action}</source>
        <translation>Status of: {action}</translation>
    </message>
    <message>
        <source>Leg een audit vast als die is gehouden; de datum ligt in de toekomst.</source>
        <translation>Record an audit once it has taken place; the date lies in the future.</translation>
    </message>
    <message>
        <source>Vat de bevindingen samen (of schrijf ‘geen bevindingen’).</source>
        <translation>Summarise the findings (or write ‘no findings’).</translation>
    </message>
    <message>
        <source>Beschrijf de maatregel.</source>
        <translation>Describe the action.</translation>
    </message>
    <message>
        <source>Vermeld het bewijs dat de maatregel is uitgevoerd, bijvoorbeeld een auditrapport, verklaringen of foto&apos;s.</source>
        <translation>State the evidence that the action was carried out, for example an audit report, statements or photos.</translation>
    </message>
</context>
<context>
    <name>ChosenCriteriaModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Weging</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Wettelijk kader: {items}</source>
        <translation>Legal context: {items}</translation>
    </message>
    <message>
        <source>{id} (staat niet meer in de bibliotheek)</source>
        <translation>{id} (no longer in the library)</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>aangepast ({languages})</source>
        <translation>reworded ({languages})</translation>
    </message>
    <message>
        <source>nieuwere versie in de bibliotheek</source>
        <translation>newer version in the library</translation>
    </message>
    <message>
        <source>Escalatie</source>
        <translation>Escalation</translation>
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
    <name>CredentialsSection</name>
    <message>
        <source>Lidmaatschappen en certificaten</source>
        <extracomment>Names a buyer meets often; offered while typing (proper names, the same in every language).</extracomment>
        <translation>Memberships and certificates</translation>
    </message>
    <message>
        <source>Naam van het lidmaatschap of certificaat</source>
        <translation>Name of the membership or certificate</translation>
    </message>
    <message>
        <source>Datum geldig vanaf</source>
        <translation>Valid from (date)</translation>
    </message>
    <message>
        <source>Datum geldig tot</source>
        <translation>Valid until (date)</translation>
    </message>
    <message>
        <source>Lidmaatschap of certificaat toevoegen</source>
        <translation>Add a membership or certificate</translation>
    </message>
    <message>
        <source>Lidmaatschappen en certificaten zijn bewijs en een hefboom. {days} dagen voordat er een verloopt, staat het bij ‘Let op’ en in de lijst met termijnen.</source>
        <translation>Memberships and certificates are evidence and leverage. {days} days before one expires, it is shown under ‘Attention’ and in the list of deadlines.</translation>
    </message>
    <message>
        <source>Lidmaatschappen en certificaten van {name}</source>
        <translation>Memberships and certificates of {name}</translation>
    </message>
    <message>
        <source>verlopen op {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <source>verloopt op {date}</source>
        <translation>expires on {date}</translation>
    </message>
</context>
<context>
    <name>CriteriaBrowser</name>
    <message>
        <source>Geselecteerde voorgestelde criteria toevoegen</source>
        <translation>Add the selected suggested criteria</translation>
    </message>
    <message>
        <source>algemeen, altijd voorgesteld</source>
        <translation>general, always suggested</translation>
    </message>
    <message>
        <source>Hoge prioriteit in de risicoscan: {themes}. Het voorstel neemt per onderwerp de variant op niveau ‘{level}’ of het hoogste niveau daaronder.</source>
        <translation>High priority in the risk scan: {themes}. For each subject the suggestion takes the variant at level ‘{level}’, or the highest level below it.</translation>
    </message>
    <message>
        <source>De risicoscan (stap 2) heeft nog geen thema&apos;s met hoge prioriteit; het voorstel bevat alleen de algemene ISV-voorwaarden, op niveau ‘{level}’ of lager.</source>
        <translation>The risk scan (step 2) has no themes of high priority yet; the suggestion holds only the general ISV conditions, at level ‘{level}’ or lower.</translation>
    </message>
</context>
<context>
    <name>CriteriaLibraryTab</name>
    <message>
        <source>&amp;Zoek</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Woord in titel of tekst</source>
        <translation>Word in title or text</translation>
    </message>
    <message>
        <source>Soort criterium</source>
        <translation>Type of criterion</translation>
    </message>
    <message>
        <source>Ambitieniveau</source>
        <translation>Ambition level</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Criteria in de bibliotheek</source>
        <translation>Criteria in the library</translation>
    </message>
    <message>
        <source>Geselecteerde &amp;toevoegen</source>
        <translation>Add selec&amp;ted</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>Toegevoegd uit het voorstel: {count}.</source>
        <translation>Added from the suggestions: {count}.</translation>
    </message>
    <message>
        <source>Alle voorgestelde onderwerpen staan al in de lijst.</source>
        <translation>Every suggested subject is already in the list.</translation>
    </message>
    <message>
        <source>Selecteer eerst een criterium om toe te voegen.</source>
        <translation>First select a criterion to add.</translation>
    </message>
    <message>
        <source>Toegevoegd: {titles}</source>
        <translation>Added: {titles}</translation>
    </message>
    <message>
        <source>Verwijderd: {title}. Ongedaan maken met Ctrl+Z of de knop ‘Ongedaan maken’.</source>
        <translation>Removed: {title}. Undo with Ctrl+Z or the ‘Undo’ button.</translation>
    </message>
    <message>
        <source>Teruggezet: {title}</source>
        <translation>Restored: {title}</translation>
    </message>
    <message>
        <source>ISV-weging {isv}</source>
        <translation>ISV weight {isv}</translation>
    </message>
    <message>
        <source>ISV-weging {isv} + overige {other} = {total}</source>
        <translation>ISV weight {isv} + other {other} = {total}</translation>
    </message>
    <message>
        <source>{sum}: er ontbreekt {missing}.</source>
        <translation>{sum}: {missing} is missing.</translation>
    </message>
    <message>
        <source>{sum}: dat is {excess} te veel.</source>
        <translation>{sum}: that is {excess} too much.</translation>
    </message>
    <message>
        <source>Vul bij ‘Overige gunningscriteria’ de weging van de andere gunningscriteria in om te controleren dat het totaal 100 % is.</source>
        <translation>Enter the weight of the other award criteria under ‘Other award criteria’ to check that the total is 100%.</translation>
    </message>
    <message>
        <source>In stap 1 is besloten ISV niet toe te passen; criteria kiezen is niet nodig.</source>
        <translation>Step 1 records the decision not to apply ISV; choosing criteria is not needed.</translation>
    </message>
    <message>
        <source>Nog geen criteria gekozen. Neem het voorstel over of kies uit de bibliotheek.</source>
        <translation>No criteria chosen yet. Take over the suggestions or choose from the library.</translation>
    </message>
    <message>
        <source>Uitgangspunten</source>
        <translation>Starting points</translation>
    </message>
    <message>
        <source>&amp;Ambitieniveau</source>
        <translation>&amp;Ambition level</translation>
    </message>
    <message>
        <source>Het voorstel uit de risicoscan neemt per onderwerp de variant op dit niveau, of het hoogste niveau daaronder.</source>
        <translation>For each subject the suggestion from the risk scan takes the variant at this level, or the highest level below it.</translation>
    </message>
    <message>
        <source>Aanvaarding</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>&amp;Uitdrukkelijk: de inschrijver tekent de verklaring in de bijlage</source>
        <translation>E&amp;xplicit: the tenderer signs the declaration in the annex</translation>
    </message>
    <message>
        <source>&amp;Stilzwijgend: wie inschrijft, aanvaardt de voorwaarden</source>
        <translation>&amp;Implicit: submitting a tender is accepting the conditions</translation>
    </message>
    <message>
        <source>&amp;Plan van aanpak</source>
        <translation>&amp;Plan of action</translation>
    </message>
    <message>
        <source> weken na de gunning</source>
        <translation> weeks after award</translation>
    </message>
    <message>
        <source>Zelf&amp;evaluatie</source>
        <translation>Self-ass&amp;essment</translation>
    </message>
    <message>
        <source> weken na het verzoek</source>
        <translation> weeks after the request</translation>
    </message>
    <message>
        <source>Voortgangs&amp;rapportage</source>
        <translation>P&amp;rogress report</translation>
    </message>
    <message>
        <source> weken na elk contractjaar</source>
        <translation> weeks after each contract year</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Overige gunnings&amp;criteria (%)</source>
        <translation>Ot&amp;her award criteria (%)</translation>
    </message>
    <message>
        <source>Samen, bijvoorbeeld 80 (leeg als nog niet bekend)</source>
        <translation>Together, for example 80 (empty if not known yet)</translation>
    </message>
    <message>
        <source>Criteria toevoegen</source>
        <translation>Add criteria</translation>
    </message>
    <message>
        <source>Voorstel uit de risicoscan</source>
        <translation>Suggested by the risk scan</translation>
    </message>
    <message>
        <source>Voorgestelde criteria</source>
        <translation>Suggested criteria</translation>
    </message>
    <message>
        <source>Alle suggesties over&amp;nemen</source>
        <translation>Take o&amp;ver all suggestions</translation>
    </message>
    <message>
        <source>Geselecteerde &amp;toevoegen</source>
        <translation>Add selec&amp;ted</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Gekozen criteria, per fase van de aanbesteding</source>
        <translation>Chosen criteria, by phase of the tender</translation>
    </message>
    <message>
        <source>Gekozen criteria</source>
        <translation>Chosen criteria</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Eén plaats omhoog binnen de fase (Ctrl+Pijl omhoog)</source>
        <translation>One place up within the phase (Ctrl+Up arrow)</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Eén plaats omlaag binnen de fase (Ctrl+Pijl omlaag)</source>
        <translation>One place down within the phase (Ctrl+Down arrow)</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Uit dit dossier verwijderen (Delete)</source>
        <translation>Remove from this dossier (Delete)</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <source>Het laatst verwijderde criterium terugzetten (Ctrl+Z)</source>
        <translation>Put back the criterion removed last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Controle van de weging</source>
        <translation>Weight check</translation>
    </message>
    <message>
        <source>Geselecteerd criterium</source>
        <translation>Selected criterion</translation>
    </message>
    <message>
        <source>Kies een criterium in de lijst hierboven.</source>
        <translation>Choose a criterion in the list above.</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Bibliotheektekst terugzetten</source>
        <translation>Back to the &amp;library text</translation>
    </message>
    <message>
        <source>De eigen tekst (Nederlands en Engels) vervangen door de huidige tekst uit de bibliotheek</source>
        <translation>Replace your own wording (Dutch and English) with the current library text</translation>
    </message>
    <message>
        <source>We&amp;ging (%)</source>
        <translation>Wei&amp;ght (%)</translation>
    </message>
    <message>
        <source>bijv. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Bijlage ISV bij de aanbesteding</source>
        <translation>ISV annex to the tender</translation>
    </message>
    <message>
        <source>Bijlage als P&amp;DF…</source>
        <translation>Annex as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Kopiëren als tekst</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>De bijlage als opgemaakte tekst op het klembord, om in uw eigen Word-sjabloon te plakken</source>
        <translation>The annex as formatted text on the clipboard, to paste into your own Word template</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Bijlage als W&amp;ord-document…</source>
        <translation>Annex as W&amp;ord document…</translation>
    </message>
    <message>
        <source>De bijlage als bewerkbaar Word-document (.docx), met koppen en tabellen, voor uw eigen aanbestedingsstukken</source>
        <translation>The annex as an editable Word document (.docx), with headings and tables, for your own tender documents</translation>
    </message>
    <message>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>De bijlage bekijken zoals die wordt afgedrukt (Ctrl+Shift+P)</source>
        <translation>See the annex as it will be printed (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>A&amp;fdrukken…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>De bijlage afdrukken (Ctrl+P)</source>
        <translation>Print the annex (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <source>Nederlandse tekst voor dit dossier</source>
        <translation>Dutch text for this dossier</translation>
    </message>
    <message>
        <source>Engelse tekst voor dit dossier</source>
        <translation>English text for this dossier</translation>
    </message>
    <message>
        <source>Kies een criterium in de lijst hierboven om de tekst te lezen of aan te passen.</source>
        <translation>Choose a criterion in the list above to read or reword its text.</translation>
    </message>
    <message>
        <source>{id} staat niet meer in de criteriabibliotheek; verwijder het of kies een ander criterium.</source>
        <translation>{id} is no longer in the criteria library; remove it or choose another criterion.</translation>
    </message>
    <message>
        <source>voorstel: {weight}</source>
        <translation>suggested: {weight}</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source> (aangepast)</source>
        <translation> (reworded)</translation>
    </message>
    <message>
        <source>Nederlandse en Engelse tekst aangepast voor dit dossier.</source>
        <translation>Dutch and English text reworded for this dossier.</translation>
    </message>
    <message>
        <source>Nederlandse tekst aangepast voor dit dossier; de Engelse tekst is die van de bibliotheek.</source>
        <translation>Dutch text reworded for this dossier; the English text is the library&apos;s.</translation>
    </message>
    <message>
        <source>Engelse tekst aangepast voor dit dossier; de Nederlandse tekst is die van de bibliotheek.</source>
        <translation>English text reworded for this dossier; the Dutch text is the library&apos;s.</translation>
    </message>
    <message>
        <source>Tekst uit de bibliotheek (versie {version}). Een aanpassing geldt alleen voor dit dossier.</source>
        <translation>Text from the library (version {version}). A change applies to this dossier only.</translation>
    </message>
    <message>
        <source>De bibliotheek heeft nu versie {version}; ‘Bibliotheektekst terugzetten’ neemt die over.</source>
        <translation>The library now has version {version}; ‘Back to the library text’ takes it over.</translation>
    </message>
    <message>
        <source>Woorden tussen accolades, zoals {plan_weeks}, vult het programma in bij het afdrukken.</source>
        <translation>Words between braces, such as {plan_weeks}, are filled in by the program when it prints.</translation>
    </message>
    <message>
        <source>Soort: {type} ({basis}) · niveau: {level}</source>
        <translation>Type: {type} ({basis}) · level: {level}</translation>
    </message>
    <message>
        <source>Thema&apos;s: {themes}</source>
        <translation>Themes: {themes}</translation>
    </message>
    <message>
        <source>Controle: {checks}</source>
        <translation>Verified by: {checks}</translation>
    </message>
    <message>
        <source>Geaccepteerd bewijs: {evidence}</source>
        <translation>Evidence accepted: {evidence}</translation>
    </message>
    <message>
        <source>Wettelijk kader: {items}</source>
        <translation>Legal context: {items}</translation>
    </message>
</context>
<context>
    <name>CriterionTableModel</name>
    <message>
        <source>Waarom voorgesteld</source>
        <translation>Why suggested</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>In dossier</source>
        <translation>In dossier</translation>
    </message>
    <message>
        <source>Wettelijk kader: {items}</source>
        <translation>Legal context: {items}</translation>
    </message>
    <message>
        <source>alle (algemeen)</source>
        <translation>all (general)</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>ander niveau gekozen</source>
        <translation>other level chosen</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
    <message>
        <source>Back-up maken naar map</source>
        <translation>Back up to folder</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Nieuwe map voor het dossierbestand</source>
        <translation>New folder for the dossier file</translation>
    </message>
    <message>
        <source>Dossierbestand openen</source>
        <translation>Open dossier file</translation>
    </message>
    <message>
        <source>In {folder} staat al een dossierbestand. Voortaan dat bestand openen? Het huidige bestand blijft ongewijzigd staan in {old}.</source>
        <translation>{folder} already holds a dossier file. Open that file from now on? The current file stays unchanged in {old}.</translation>
    </message>
    <message>
        <source>Dat bestand openen</source>
        <translation>Open that file</translation>
    </message>
    <message>
        <source>Dossierbestand verplaatsen</source>
        <translation>Move the dossier file</translation>
    </message>
    <message>
        <source>Het dossierbestand naar {folder} kopiëren en voortaan daar openen? Het huidige bestand blijft als reservekopie ongewijzigd staan in {old}.</source>
        <translation>Copy the dossier file to {folder} and open it there from now on? The current file stays unchanged in {old} as a spare copy.</translation>
    </message>
    <message>
        <source>Kopiëren en daar openen</source>
        <translation>Copy and open it there</translation>
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
    <message>
        <source>Dossierbestand op een netwerkschijf</source>
        <translation>Dossier file on a network share</translation>
    </message>
    <message>
        <source>{path} staat op een netwerkschijf. Daar kan ISV Desktop het bestand alleen lezen: bij schrijven over het netwerk kan werk van twee computers verloren gaan.</source>
        <translation>{path} is on a network share. There ISV Desktop can only read the file: writing over the network could lose the work of two computers.</translation>
    </message>
    <message>
        <source>Kopieer het naar deze computer om verder te werken. Deel dossiers met collega&apos;s via Exporteren.</source>
        <translation>Copy it to this computer to continue working. Share dossiers with colleagues through Export.</translation>
    </message>
    <message>
        <source>Kopiëren naar deze computer</source>
        <translation>Copy to this computer</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
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
        <source>Dossiers zoeken</source>
        <translation>Search dossiers</translation>
    </message>
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
    <name>DuePanel</name>
    <message>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Wat te laat is en wat binnenkort moet</source>
        <translation>What is overdue and what is due soon</translation>
    </message>
    <message>
        <source>Alles &amp;tonen</source>
        <translation>Sho&amp;w all</translation>
    </message>
    <message>
        <source>Ook wat later dan over {days} dagen moet</source>
        <translation>Also what is due later than {days} days from now</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open het dossier bij de stap waar dit wordt afgehandeld</source>
        <translation>Open the dossier at the step where this is handled</translation>
    </message>
    <message>
        <source>{late} te laat, {soon} in de komende {days} dagen.</source>
        <translation>{late} overdue, {soon} in the next {days} days.</translation>
    </message>
    <message>
        <source>{late} te laat; verder niets in de komende {days} dagen.</source>
        <translation>{late} overdue; nothing else in the next {days} days.</translation>
    </message>
    <message>
        <source>Niets te laat; {soon} in de komende {days} dagen.</source>
        <translation>Nothing overdue; {soon} in the next {days} days.</translation>
    </message>
    <message>
        <source>Niets te laat en niets in de komende {days} dagen.</source>
        <translation>Nothing overdue and nothing in the next {days} days.</translation>
    </message>
    <message>
        <source>{days} dagen te laat</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>over {days} dagen</source>
        <translation>in {days} days</translation>
    </message>
</context>
<context>
    <name>EscalationSection</name>
    <message>
        <source>Gezette escalatiestappen</source>
        <translation>Escalation steps taken</translation>
    </message>
    <message>
        <source>Datum van de escalatiestap</source>
        <translation>Date of the escalation step</translation>
    </message>
    <message>
        <source>gezet op {day}</source>
        <translation>taken on {day}</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>voorgestelde volgende stap</source>
        <translation>proposed next step</translation>
    </message>
    <message>
        <source>Het contract is ontbonden: er is geen volgende stap.</source>
        <translation>The contract has been terminated: there is no next step.</translation>
    </message>
    <message>
        <source>Nog geen escalatie. Begint de leverancier niet of te weinig aan de afspraken, dan is de eerste stap: {step}.</source>
        <translation>No escalation yet. If the supplier does not act on the agreements, or too little, the first step is: {step}.</translation>
    </message>
    <message>
        <source>Voorgestelde volgende stap: {step}.</source>
        <translation>Proposed next step: {step}.</translation>
    </message>
    <message>
        <source>Voorgestelde volgende stap: {step}, als de leverancier niet uiterlijk {day} heeft gereageerd.</source>
        <translation>Proposed next step: {step}, if the supplier has not responded by {day}.</translation>
    </message>
    <message>
        <source>⚠ Die termijn is verstreken.</source>
        <translation>⚠ That deadline has passed.</translation>
    </message>
    <message>
        <source>U slaat over: {steps}. &amp;Waarom is dat proportioneel?</source>
        <translation>You skip: {steps}. &amp;Why is that proportionate?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Weggelaten: {left_out}. Zonder vinkje komen ze mee, bijvoorbeeld voor het archief.</source>
        <translation>Left out: {left_out}. Unticked, they are included, for the archive for example.</translation>
    </message>
    <message>
        <source>Map voor de export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <source>Kies PDF, Excel of beide.</source>
        <translation>Choose PDF, Excel or both.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opgeslagen:
{files}</source>
        <translation>Saved:
{files}</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: {message}</source>
        <translation>Not exported: {message}</translation>
    </message>
    <message>
        <source>Geannuleerd; er is geen bestand geschreven.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Dossier bestaat al</source>
        <translation>Dossier already exists</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Dit dossier staat al in het bestand: ‘{title}’ (kenmerk: {reference}, dossier {number}).</source>
        <translation>This dossier is already in the file: ‘{title}’ (reference: {reference}, dossier {number}).</translation>
    </message>
    <message>
        <source>Importeer het als kopie: de titel krijgt ‘(kopie)’ en de kopie telt niet mee in de jaarrapportage. Of annuleer: dan wordt niets opgeslagen.</source>
        <translation>Import it as a copy: the title gets ‘(copy)’ and the copy does not count in the yearly report. Or cancel: then nothing is stored.</translation>
    </message>
    <message>
        <source>Als kopie importeren</source>
        <translation>Import as copy</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;PDF — om te archiveren en af te drukken</source>
        <translation>&amp;PDF — to archive and print</translation>
    </message>
    <message>
        <source>&amp;Excel-werkboek — om te delen met een collega, die het kan importeren</source>
        <translation>&amp;Excel workbook — to share with a colleague, who can import it</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Persoons&amp;gegevens weglaten (namen, notities en bijlagen) — voor delen</source>
        <translation>Leave out &amp;personal data (names, notes and attachments) — for sharing</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Map &amp;openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>E&amp;xporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FollowupsSection</name>
    <message>
        <source>Signalen in opvolging</source>
        <translation>Signals being followed up</translation>
    </message>
    <message>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Beschrijf wat er met het signaal is gedaan, bijvoorbeeld: gesprek met de leverancier, audit gepland, niet van toepassing omdat …</source>
        <translation>Describe what was done about the signal, for example: talked with the supplier, audit planned, not relevant because …</translation>
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
    <name>HelpWindow</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>{title} — ISV Desktop</source>
        <translation>{title} — ISV Desktop</translation>
    </message>
</context>
<context>
    <name>JudgementEditor</name>
    <message>
        <source>Ernst: {theme}</source>
        <translation>Severity: {theme}</translation>
    </message>
    <message>
        <source>Kans: {theme}</source>
        <translation>Likelihood: {theme}</translation>
    </message>
    <message>
        <source>Waarom? Wat weet u nog meer?</source>
        <translation>Why? What else do you know?</translation>
    </message>
    <message>
        <source>Toelichting: {theme}</source>
        <translation>Note: {theme}</translation>
    </message>
    <message>
        <source>Hoog volgens de bronnen: uw oordeel is nodig.</source>
        <translation>High according to the sources: your judgement is needed.</translation>
    </message>
    <message>
        <source>Hoog volgens de bronnen; uw oordeel is vastgelegd.</source>
        <translation>High according to the sources; your judgement is recorded.</translation>
    </message>
    <message>
        <source>Er is nog geen scan. Kies eerst een productgroep.</source>
        <translation>There is no scan yet. Choose a product group first.</translation>
    </message>
    <message>
        <source>{mark} Nog te beoordelen (hoog volgens de bronnen): {themes}.</source>
        <translation>{mark} Still to judge (high according to the sources): {themes}.</translation>
    </message>
    <message>
        <source>{mark} Elk thema dat de bronnen hoog inschatten, heeft uw oordeel.</source>
        <translation>{mark} Every theme the sources rate high has your judgement.</translation>
    </message>
    <message>
        <source>Geen thema is hoog volgens de bronnen. Uw oordeel is welkom, maar niet verplicht.</source>
        <translation>No theme is high according to the sources. Your judgement is welcome, but not required.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
    <name>LibraryTab</name>
    <message>
        <source>Bibliotheek filteren op ambitieniveau</source>
        <translation>Filter the library by ambition level</translation>
    </message>
    <message>
        <source>Geselecteerde criteria uit de bibliotheek toevoegen</source>
        <translation>Add the selected criteria from the library</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>{shown} van {total} criteria</source>
        <translation>{shown} of {total} criteria</translation>
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
        <source>&amp;Back-up maken naar…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>Dossierbestand &amp;verplaatsen…</source>
        <translation>&amp;Move the dossier file…</translation>
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
        <source>&amp;Uitleg bij deze stap</source>
        <translation>&amp;Help for this step</translation>
    </message>
    <message>
        <source>&amp;Over ISV Desktop</source>
        <translation>&amp;About ISV Desktop</translation>
    </message>
    <message>
        <source>&amp;Wettelijk kader</source>
        <translation>&amp;Legal context</translation>
    </message>
    <message>
        <source>&amp;Exporteren (PDF, Excel)…</source>
        <translation>&amp;Export (PDF, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Bijlage ISV af&amp;drukken…</source>
        <translation>&amp;Print ISV annex…</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld bij&amp;lage ISV…</source>
        <translation>Print pre&amp;view of ISV annex…</translation>
    </message>
    <message>
        <source>&amp;Jaarrapportage…</source>
        <translation>&amp;Yearly report…</translation>
    </message>
    <message>
        <source>&amp;Organisatie en doelen…</source>
        <translation>&amp;Organisation and targets…</translation>
    </message>
    <message>
        <source>&amp;Signalen…</source>
        <translation>&amp;Signals…</translation>
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
        <source>Alleen lezen</source>
        <translation>Read only</translation>
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
        <source>Kies eerst een dossier.</source>
        <translation>Choose a dossier first.</translation>
    </message>
    <message>
        <source>Gedeeld dossier importeren</source>
        <translation>Import a shared dossier</translation>
    </message>
    <message>
        <source>Excel-werkboek (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Geïmporteerd als nieuw dossier.</source>
        <translation>Imported as a new dossier.</translation>
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
    <name>MeetingsSection</name>
    <message>
        <source>Vastgelegd overleg</source>
        <translation>Recorded meetings</translation>
    </message>
    <message>
        <source>Datum van het overleg</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Leverancier van het overleg</source>
        <translation>Supplier met</translation>
    </message>
    <message>
        <source>Vul in wie er bij het overleg waren.</source>
        <translation>Fill in who took part in the meeting.</translation>
    </message>
    <message>
        <source>Leg overleg vast als het is gehouden; de datum ligt in de toekomst.</source>
        <translation>Record a meeting once it has taken place; the date lies in the future.</translation>
    </message>
</context>
<context>
    <name>MonitoringAuditsTab</name>
    <message>
        <source>Audit of verificatie vastleggen</source>
        <translation>Record an audit or verification</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>Uitgevoerd &amp;door</source>
        <translation>Carried out &amp;by</translation>
    </message>
    <message>
        <source>Auditbureau, organisatie of persoon</source>
        <translation>Audit firm, organisation or person</translation>
    </message>
    <message>
        <source>&amp;Leverancier</source>
        <translation>&amp;Supplier</translation>
    </message>
    <message>
        <source>&amp;Bevindingen</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <source>Audit &amp;vastleggen</source>
        <translation>&amp;Record audit</translation>
    </message>
    <message>
        <source>Corrigerende maatregelen</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>&amp;Maatregel</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Wie voert de maatregel uit</source>
        <translation>Who carries out the action</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk</source>
        <translation>Due b&amp;y</translation>
    </message>
    <message>
        <source>Maatregel &amp;toevoegen</source>
        <translation>Add acti&amp;on</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Be&amp;wijs</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>Waaruit blijkt dat de maatregel is uitgevoerd</source>
        <translation>What shows that the action was carried out</translation>
    </message>
    <message>
        <source>Status vast&amp;leggen</source>
        <translation>Record stat&amp;us</translation>
    </message>
</context>
<context>
    <name>MonitoringChart</name>
    <message>
        <source>Jaar {number} ({year})</source>
        <translation>Year {number} ({year})</translation>
    </message>
    <message>
        <source>Plan van aanpak en voortgangsrapportages</source>
        <translation>Plan of action and progress reports</translation>
    </message>
    <message>
        <source>Corrigerende maatregelen</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Grafiek: plan van aanpak en voortgangsrapportages per jaar</source>
        <translation>Chart: plan of action and progress reports per year</translation>
    </message>
    <message>
        <source>Grafiek: corrigerende maatregelen per jaar</source>
        <translation>Chart: corrective actions per year</translation>
    </message>
    <message>
        <source>Geen termijnen</source>
        <translation>No deadlines</translation>
    </message>
    <message>
        <source>Nog geen termijnen: de grafiek vult zich zodra er een opdrachtnemer is met een contractperiode, of corrigerende maatregelen.</source>
        <translation>No deadlines yet: the chart fills once there is a contractor with a contract period, or corrective actions.</translation>
    </message>
    <message>
        <source>{year}: {on_time} op tijd, {late} te laat, {open} open</source>
        <translation>{year}: {on_time} on time, {late} late, {open} open</translation>
    </message>
</context>
<context>
    <name>MonitoringChartTab</name>
    <message>
        <source>Per contractjaar: de rapportages en het plan van aanpak, en de corrigerende maatregelen — op tijd, te laat of nog open.</source>
        <translation>Per contract year: the reports and the plan of action, and the corrective actions — on time, late or still open.</translation>
    </message>
</context>
<context>
    <name>MonitoringEscalationTab</name>
    <message>
        <source>Escaleer proportioneel: dialoog, extern advies of onderzoek, ingebrekestelling, boete, ontbinding. Elke stap krijgt een datum en een reden.</source>
        <translation>Escalate proportionately: dialogue, external advice or investigation, notice of default, penalty, termination. Every step gets a date and a reason.</translation>
    </message>
    <message>
        <source>Escalatieladder</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Record a step</translation>
    </message>
    <message>
        <source>&amp;Stap</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Waarom slaat u een stap over?</source>
        <translation>&amp;Why do you skip a step?</translation>
    </message>
    <message>
        <source>Stap &amp;vastleggen</source>
        <translation>Record s&amp;tep</translation>
    </message>
</context>
<context>
    <name>MonitoringLabels</name>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>leverancier genoemd</source>
        <translation>supplier named</translation>
    </message>
    <message>
        <source>merk van een geleverd product</source>
        <translation>brand of a delivered product</translation>
    </message>
    <message>
        <source>productielocatie van een geleverd product</source>
        <translation>production site of a delivered product</translation>
    </message>
    <message>
        <source>land van productie</source>
        <translation>country of production</translation>
    </message>
    <message>
        <source>productgroep en land van productie</source>
        <translation>product group and country of production</translation>
    </message>
</context>
<context>
    <name>MonitoringMeetingsTab</name>
    <message>
        <source>Leg elk gesprek met de leverancier vast: wanneer, met wie en wat is afgesproken.</source>
        <translation>Record every conversation with the supplier: when, with whom and what was agreed.</translation>
    </message>
    <message>
        <source>Overleg vastleggen</source>
        <translation>Record a meeting</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Leverancier</source>
        <translation>&amp;Supplier</translation>
    </message>
    <message>
        <source>D&amp;eelnemers</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Namen en organisaties</source>
        <translation>Names and organisations</translation>
    </message>
    <message>
        <source>&amp;Afspraken</source>
        <translation>A&amp;greements</translation>
    </message>
    <message>
        <source>Overleg &amp;vastleggen</source>
        <translation>&amp;Record meeting</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Contractperiode nog niet bekend.</source>
        <translation>Contract period not known yet.</translation>
    </message>
    <message>
        <source>Contract van {start} tot en met {end}.</source>
        <translation>Contract from {start} to {end}.</translation>
    </message>
    <message>
        <source>Vul in stap 1 de startdatum en de looptijd van het contract in; dan plant het programma een voortgangsrapportage op elke verjaardag van het contract.</source>
        <translation>Fill in the contract&apos;s start date and duration in step 1; the program then plans a progress report on every anniversary of the contract.</translation>
    </message>
    <message>
        <source>Nog geen opdrachtnemer: wijs in stap 4 de winnende inschrijver aan. Dan verschijnen het plan van aanpak en de voortgangsrapportages hier.</source>
        <translation>No contractor yet: mark the winning bidder in step 4. The plan of action and the progress reports then appear here.</translation>
    </message>
    <message>
        <source>De eerste voortgangsrapportage is uiterlijk {day} nodig.</source>
        <translation>The first progress report is due by {day}.</translation>
    </message>
    <message>
        <source>jaar {year} {mark} compleet</source>
        <translation>year {year} {mark} complete</translation>
    </message>
    <message>
        <source>jaar {year} {mark} nog niet compleet</source>
        <translation>year {year} {mark} not complete yet</translation>
    </message>
    <message>
        <source>Contractjaren: {years}. Een jaar is compleet als de rapportage is beoordeeld en geen corrigerende maatregel te laat is.</source>
        <translation>Contract years: {years}. A year is complete when its report is assessed and no corrective action is overdue.</translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Overleg</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>&amp;Audits en maatregelen</source>
        <translation>&amp;Audits and actions</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>&amp;Escalatie</source>
        <translation>&amp;Escalation</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reden om een stap over te slaan</source>
        <translation>Reason for skipping a step</translation>
    </message>
    <message>
        <source>&amp;Herleidbaarheid</source>
        <translation>T&amp;raceability</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Productielocatie</source>
        <translation>Production site</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Componenten en herkomst</source>
        <translation>Components and origin</translation>
    </message>
    <message>
        <source>Open Supply Hub-id</source>
        <translation>Open Supply Hub ID</translation>
    </message>
    <message>
        <source>Si&amp;gnalen</source>
        <translation>Si&amp;gnals</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Signaaldatum</source>
        <translation>Signal date</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Over&amp;zicht</source>
        <translation>O&amp;verview</translation>
    </message>
</context>
<context>
    <name>MonitoringSignalsTab</name>
    <message>
        <source>Signalen (persberichten, rapporten, uitspraken) legt u vast in het venster Signalen. Daar opent u een opvolging in elk dossier dat het signaal raakt.</source>
        <translation>Signals (press articles, reports, rulings) are logged in the Signals window. There you open a follow-up in every dossier the signal touches.</translation>
    </message>
    <message>
        <source>Opvolging afsluiten</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <source>&amp;Wat is er gedaan?</source>
        <translation>&amp;What was done?</translation>
    </message>
    <message>
        <source>Opvolging &amp;afsluiten</source>
        <translation>&amp;Close follow-up</translation>
    </message>
</context>
<context>
    <name>MonitoringTimelineTab</name>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation>Received &amp;on</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>Ontvangst &amp;vastleggen</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>Stand van de &amp;maatregelen uit het plan</source>
        <translation>Status of the &amp;plan&apos;s measures</translation>
    </message>
    <message>
        <source>&amp;Nieuwe of gewijzigde risico&apos;s</source>
        <translation>&amp;New or changed risks</translation>
    </message>
    <message>
        <source>&amp;Incidenten en hoe die zijn afgehandeld</source>
        <translation>&amp;Incidents and how they were handled</translation>
    </message>
    <message>
        <source>Resultaten van monitoring en au&amp;dits</source>
        <translation>Monitoring and au&amp;dit results</translation>
    </message>
    <message>
        <source>Betrekken van &amp;belanghebbenden</source>
        <translation>Stake&amp;holder engagement</translation>
    </message>
    <message>
        <source>Volgende s&amp;tappen</source>
        <translation>Next &amp;steps</translation>
    </message>
    <message>
        <source>Bijlage:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>Bijlage &amp;kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Bijlage op&amp;slaan als…</source>
        <translation>Save attachment a&amp;s…</translation>
    </message>
    <message>
        <source>Beoordeel de redelijke inspanning op dezelfde punten als het plan van aanpak. Wat u kiest, wordt meteen bewaard.</source>
        <translation>Assess the reasonable effort on the same points as the plan of action. What you choose is stored at once.</translation>
    </message>
    <message>
        <source>Punt</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>&amp;Eindoordeel</source>
        <translation>Overall &amp;verdict</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>E&amp;xplanation</translation>
    </message>
</context>
<context>
    <name>MonitoringTraceTab</name>
    <message>
        <source>Leg per geleverd product vast welk merk en model het is, waar het is gemaakt en waar de kritieke grondstoffen vandaan komen. Een signaal over een merk of fabriek vindt deze gegevens terug.</source>
        <translation>Record for every delivered product its brand and model, where it was made and where the critical raw materials come from. A signal about a brand or factory finds these details.</translation>
    </message>
    <message>
        <source>Product &amp;verwijderen</source>
        <translation>Re&amp;move product</translation>
    </message>
    <message>
        <source>Geleverd product toevoegen</source>
        <translation>Add a delivered product</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>Bijvoorbeeld zonnepaneel 400 Wp</source>
        <translation>For example solar panel 400 Wp</translation>
    </message>
    <message>
        <source>&amp;Leverancier</source>
        <translation>&amp;Supplier</translation>
    </message>
    <message>
        <source>&amp;Merk</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <source>Productie&amp;locatie</source>
        <translation>Production &amp;site</translation>
    </message>
    <message>
        <source>Naam van de fabriek</source>
        <translation>Name of the factory</translation>
    </message>
    <message>
        <source>La&amp;nd (ISO-code)</source>
        <translation>Cou&amp;ntry (ISO code)</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Ad&amp;res</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Open Supply &amp;Hub-id</source>
        <translation>Open Supply &amp;Hub ID</translation>
    </message>
    <message>
        <source>bijvoorbeeld CN2019123ABC45</source>
        <translation>for example CN2019123ABC45</translation>
    </message>
    <message>
        <source>&amp;Kritieke componenten</source>
        <translation>&amp;Critical components</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Land van herkomst (ISO-code)</source>
        <translation>Country of origin (ISO code)</translation>
    </message>
    <message>
        <source>Rij toe&amp;voegen</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Product &amp;toevoegen</source>
        <translation>Add produc&amp;t</translation>
    </message>
</context>
<context>
    <name>MonitoringWidgets</name>
    <message>
        <source>— geen in het bijzonder —</source>
        <translation>— none in particular —</translation>
    </message>
    <message>
        <source>Geen bestand</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Doeljaar</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Tussendoelen</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>PNG of JPEG, hoogstens {limit} MB.</source>
        <translation>PNG or JPEG, at most {limit} MB.</translation>
    </message>
    <message>
        <source>(geen voorbeeld)</source>
        <translation>(no preview)</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo niet opgeslagen</source>
        <translation>Logo not saved</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Logo opgeslagen: {name}.</source>
        <translation>Logo saved: {name}.</translation>
    </message>
    <message>
        <source>Aanbestedingen gestart in het jaar</source>
        <translation>Tenders started in the year</translation>
    </message>
    <message>
        <source>Opvolging van leveranciers in het jaar</source>
        <translation>Supplier follow-up in the year</translation>
    </message>
    <message>
        <source>Contractmonitoring in het jaar</source>
        <translation>Contract monitoring in the year</translation>
    </message>
    <message>
        <source>Doel opgeslagen: {figure}, {goal} in {year}.</source>
        <translation>Target saved: {figure}, {goal} in {year}.</translation>
    </message>
    <message>
        <source>Doel ‘{figure}: {goal} in {year}’ verwijderen?</source>
        <translation>Remove the target ‘{figure}: {goal} in {year}’?</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>Doel verwijderd.</source>
        <translation>Target removed.</translation>
    </message>
    <message>
        <source>Organisatie en doelen</source>
        <translation>Organisation and targets</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Deze gegevens staan op de jaarrapportage. Alles wordt direct opgeslagen.</source>
        <translation>These details appear on the yearly report. Everything is saved at once.</translation>
    </message>
    <message>
        <source>&amp;Naam van de organisatie</source>
        <translation>&amp;Name of the organisation</translation>
    </message>
    <message>
        <source>bijvoorbeeld Gemeente Utrecht</source>
        <translation>for example Gemeente Utrecht</translation>
    </message>
    <message>
        <source>Logo voor de PDF</source>
        <translation>Logo for the PDF</translation>
    </message>
    <message>
        <source>Voorbeeld van het logo</source>
        <translation>Preview of the logo</translation>
    </message>
    <message>
        <source>Logo &amp;kiezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>Logo ver&amp;wijderen</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
    <message>
        <source>Standaard&amp;taal van de rapportage</source>
        <translation>Default report &amp;language</translation>
    </message>
    <message>
        <source>Standaardtermijnen</source>
        <translation>Default deadlines</translation>
    </message>
    <message>
        <source>&amp;Plan van aanpak, na de gunning</source>
        <translation>&amp;Plan of action, after the award</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst terug, na het verzoek</source>
        <translation>&amp;Questionnaire back, after the request</translation>
    </message>
    <message>
        <source>Voort&amp;gangsrapportage, na elk contractjaar</source>
        <translation>P&amp;rogress report, after each contract year</translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <source>Een doel zegt welk aandeel uit de jaarrapportage in welk jaar bereikt moet zijn, met tussendoelen per jaar. De jaarrapportage zet elk doel af tegen de cijfers uit de dossiers.</source>
        <translation>A target says which share of the yearly report must be reached in which year, with milestones per year. The yearly report sets each target against the figures from the dossiers.</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Doel &amp;verwijderen…</source>
        <translation>&amp;Remove target…</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>&amp;Cijfer</source>
        <translation>&amp;Figure</translation>
    </message>
    <message>
        <source>Doel&amp;percentage</source>
        <translation>&amp;Goal percentage</translation>
    </message>
    <message>
        <source>bijvoorbeeld 100</source>
        <translation>for example 100</translation>
    </message>
    <message>
        <source>in doel&amp;jaar</source>
        <translation>in target &amp;year</translation>
    </message>
    <message>
        <source>&amp;Tussendoel in jaar</source>
        <translation>&amp;Milestone in year</translation>
    </message>
    <message>
        <source>Jaar van het tussendoel</source>
        <translation>Year of the milestone</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>Percentage van het tussendoel</source>
        <translation>Percentage of the milestone</translation>
    </message>
    <message>
        <source>Tussendoel toevoe&amp;gen</source>
        <translation>A&amp;dd milestone</translation>
    </message>
    <message>
        <source>Tussendoelen van het nieuwe doel</source>
        <translation>Milestones of the new target</translation>
    </message>
    <message>
        <source>Tussendoel weg&amp;halen</source>
        <translation>Remove m&amp;ilestone</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Doel op&amp;slaan</source>
        <translation>&amp;Save target</translation>
    </message>
</context>
<context>
    <name>OwnRiskEditor</name>
    <message>
        <source>Eigen risico&apos;s</source>
        <translation>Own risks</translation>
    </message>
    <message>
        <source>Bijlage kiezen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Geen bestand gekozen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Beschrijf het risico.</source>
        <translation>Describe the risk.</translation>
    </message>
    <message>
        <source>Vermeld de bron: een rapport, een website, een gesprek.</source>
        <translation>Give the source: a report, a website, a conversation.</translation>
    </message>
    <message>
        <source>Eigen risico verwijderen</source>
        <translation>Remove own risk</translation>
    </message>
    <message>
        <source>Eigen risico ‘{description}’ verwijderen, met de bijlage als die er is?</source>
        <translation>Remove own risk ‘{description}’, with its attachment if it has one?</translation>
    </message>
    <message>
        <source>Bijlage opslaan</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Voorbeeld: {name}</source>
        <extracomment>The preview&apos;s size when the screen has room for it; a smaller screen gets its available area less a margin.</extracomment>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>Pagina {number} van {count}</source>
        <translation>Page {number} of {count}</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>De printer kreeg het document niet: {reason}</source>
        <translation>The printer did not receive the document: {reason}</translation>
    </message>
    <message>
        <source>De printer kon niet worden geopend.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Onderbouwing</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Onderbouwing: {point}</source>
        <translation>Reasoning: {point}</translation>
    </message>
    <message>
        <source>— nog niet beoordeeld —</source>
        <translation>— not assessed yet —</translation>
    </message>
    <message>
        <source>Het plan van aanpak hoort bij een gegunde leverancier. Kies die in de lijst, of gun een inschrijver bij ‘Gegevens’.</source>
        <translation>The plan of action belongs to an awarded supplier. Choose it in the list, or award a bidder under ‘Details’.</translation>
    </message>
    <message>
        <source>Plan van aanpak van {name}</source>
        <translation>Plan of action of {name}</translation>
    </message>
    <message>
        <source>Ontvangst vast&amp;leggen</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>Ontvangstdatum wij&amp;zigen</source>
        <translation>Change the &amp;receipt date</translation>
    </message>
    <message>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} kB)</translation>
    </message>
    <message>
        <source>Nog geen bestand bijgevoegd.</source>
        <translation>No file attached yet.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{date} · beoordeeld op {assessed}</source>
        <translation>{date} · assessed on {assessed}</translation>
    </message>
    <message>
        <source>te laat: nog niet ontvangen</source>
        <translation>late: not received yet</translation>
    </message>
    <message>
        <source>te laat: ontvangen, nog niet beoordeeld</source>
        <translation>late: received, not assessed yet</translation>
    </message>
    <message>
        <source> · ontvangen op {date}</source>
        <translation> · received on {date}</translation>
    </message>
    <message>
        <source>Beoordeeld op {date}: {verdict}. {judged} van {total} stappen beoordeeld.</source>
        <translation>Assessed on {date}: {verdict}. {judged} of {total} steps assessed.</translation>
    </message>
    <message>
        <source>{judged} van {total} stappen beoordeeld. Het plan telt als beoordeeld zodra u een totaaloordeel kiest.</source>
        <translation>{judged} of {total} steps assessed. The plan counts as assessed once you choose an overall verdict.</translation>
    </message>
    <message>
        <source>Plan van aanpak bijvoegen</source>
        <translation>Attach the plan of action</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.docx *.doc *.odt *.xlsx);;Alle bestanden (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Plan van aanpak opslaan</source>
        <translation>Save the plan of action</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSection</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Verstuurde en ontvangen vragenlijsten</source>
        <translation>Questionnaires sent and received</translation>
    </message>
    <message>
        <source>Kies een leverancier in de lijst.</source>
        <translation>Choose a supplier in the list.</translation>
    </message>
    <message>
        <source>Zelfevaluatie van {name}: vragen over de thema&apos;s die de risicoscan hoog of middelhoog vond, en over wat de gekozen criteria vragen op te leveren.</source>
        <translation>Self-assessment of {name}: questions on the themes the risk scan rated high or medium, and on what the chosen criteria ask to be delivered.</translation>
    </message>
    <message>
        <source>te laat: niet terug</source>
        <translation>late: not returned</translation>
    </message>
    <message>
        <source>nog niet terug</source>
        <translation>not returned yet</translation>
    </message>
    <message>
        <source>Vragenlijst ISV</source>
        <translation>ISV questionnaire</translation>
    </message>
    <message>
        <source>Vragenlijst opslaan</source>
        <translation>Save the questionnaire</translation>
    </message>
    <message>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Er zijn nog geen vragen voor deze vragenlijst: de risicoscan (stap 2) heeft geen thema met een hoog of middelhoog risico en in stap 3 is geen criterium gekozen dat iets laat opleveren.</source>
        <translation>This questionnaire has no questions yet: the risk scan (step 2) has no theme with a high or medium risk, and no criterion that asks for a deliverable was chosen in step 3.</translation>
    </message>
    <message>
        <source>De vragenlijst kon niet worden opgeslagen: {reason}</source>
        <translation>The questionnaire could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Versie {version} verstuurd op {sent}; uiterlijk terug op {due}. Opgeslagen als {path}. Stuur dit bestand naar de leverancier.</source>
        <translation>Version {version} sent on {sent}; due back by {due}. Saved as {path}. Send this file to the supplier.</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijst inlezen</source>
        <translation>Read in a completed questionnaire</translation>
    </message>
    <message>
        <source>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Deze vragenlijst hoort bij een ander dossier (nummer {found}). Open dat dossier om hem in te lezen.</source>
        <translation>This questionnaire belongs to another dossier (number {found}). Open that dossier to read it in.</translation>
    </message>
    <message>
        <source>Niet ingelezen; er is niets veranderd.</source>
        <translation>Not read in; nothing was changed.</translation>
    </message>
    <message>
        <source>Ingelezen: vragenlijst van {name} (versie {version}), ontvangen op {date}.</source>
        <translation>Read in: questionnaire of {name} (version {version}), received on {date}.</translation>
    </message>
    <message>
        <source>Vragenlijst inlezen</source>
        <translation>Read in the questionnaire</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <source>Niet inlezen</source>
        <translation>Do not read in</translation>
    </message>
    <message>
        <source>Eerdere antwoorden houden</source>
        <translation>Keep the earlier answers</translation>
    </message>
    <message>
        <source>Vragenlijst niet ingelezen</source>
        <translation>Questionnaire not read in</translation>
    </message>
    <message>
        <source>‘{name}’ is niet ingelezen; er is niets veranderd.</source>
        <translation>‘{name}’ was not read in; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>De taal van de PDF en de Excel-werkmap; het scherm volgt de taal van het programma.</source>
        <translation>The language of the PDF and the Excel workbook; the screen follows the language of the program.</translation>
    </message>
    <message>
        <source>Bezig: de cijfers van {year} worden berekend…</source>
        <translation>Busy: the figures of {year} are being calculated…</translation>
    </message>
    <message>
        <source>Jaarrapportage ISV {year}</source>
        <translation>Yearly ISV report {year}</translation>
    </message>
    <message>
        <source>Op dit cijfer kunt u een doel zetten (Organisatie en doelen).</source>
        <translation>You can set a target on this figure (Organisation and targets).</translation>
    </message>
    <message>
        <source>&amp;Doelen ({count})</source>
        <translation>&amp;Targets ({count})</translation>
    </message>
    <message>
        <source>D&amp;ossiers ({count})</source>
        <translation>D&amp;ossiers ({count})</translation>
    </message>
    <message>
        <source>{organisation} — {year}: {started} aanbestedingen gestart, waarvan {applied} met ISV. Dossiers buiten de rapportage: {left_out}.</source>
        <translation>{organisation} — {year}: {started} tenders started, {applied} of them with ISV. Dossiers left out of the report: {left_out}.</translation>
    </message>
    <message>
        <source>Doelen: {count}, waarvan {behind} achter op schema.</source>
        <translation>Targets: {count}, {behind} of them behind.</translation>
    </message>
    <message>
        <source>ISV-jaarrapportage-{year}</source>
        <translation>ISV-yearly-report-{year}</translation>
    </message>
    <message>
        <source>Jaarrapportage als PDF opslaan</source>
        <translation>Save the yearly report as a PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Jaarrapportage als Excel-werkmap opslaan</source>
        <translation>Save the yearly report as an Excel workbook</translation>
    </message>
    <message>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>De Excel-werkmap wordt gemaakt…</source>
        <translation>Making the Excel workbook…</translation>
    </message>
    <message>
        <source>Opgeslagen als {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Jaarrapportage ISV</source>
        <translation>Yearly ISV report</translation>
    </message>
    <message>
        <source>&amp;Verslagjaar</source>
        <translation>Reporting &amp;year</translation>
    </message>
    <message>
        <source>Verslagjaar</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <source>&amp;Taal van de bestanden</source>
        <translation>&amp;Language of the files</translation>
    </message>
    <message>
        <source>&amp;PDF opslaan…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>De jaarrapportage als PDF om te publiceren</source>
        <translation>The yearly report as a PDF to publish</translation>
    </message>
    <message>
        <source>&amp;Excel opslaan…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>De cijfers en de lijst met dossiers als Excel-werkmap</source>
        <translation>The figures and the list of dossiers as an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Cijfers</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>Cijfers van de jaarrapportage</source>
        <translation>Figures of the yearly report</translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <source>D&amp;ossiers</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>Dossiers achter de cijfers</source>
        <translation>Dossiers behind the figures</translation>
    </message>
    <message>
        <source>&amp;Buiten de rapportage laten…</source>
        <translation>Lea&amp;ve out of the report…</translation>
    </message>
    <message>
        <source>Het gekozen dossier telt dan in geen enkel cijfer mee; de reden komt in de toelichting</source>
        <translation>The chosen dossier then counts in no figure; the reason goes into the notes</translation>
    </message>
    <message>
        <source>Buiten de rapportage gelaten</source>
        <translation>Left out of the report</translation>
    </message>
    <message>
        <source>Dossiers buiten de rapportage</source>
        <translation>Dossiers left out of the report</translation>
    </message>
    <message>
        <source>Weer laten &amp;meetellen</source>
        <translation>Count it &amp;again</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Toelichting bij de jaarrapportage</source>
        <translation>Notes on the yearly report</translation>
    </message>
</context>
<context>
    <name>ReportDossiers</name>
    <message>
        <source>Ambitie en varianten</source>
        <translation>Ambition and variants</translation>
    </message>
    <message>
        <source>{count} aanbestedingen gestart in {year} tellen mee in de cijfers. Kies er een en klik op ‘Buiten de rapportage laten…’ als hij niet mee moet tellen, bijvoorbeeld een oefendossier.</source>
        <translation>{count} tenders started in {year} count in the figures. Choose one and click ‘Leave out of the report…’ if it should not count, for example a practice dossier.</translation>
    </message>
    <message>
        <source>Buiten de rapportage laten</source>
        <translation>Leave out of the report</translation>
    </message>
    <message>
        <source>Waarom telt ‘{title}’ niet mee in de jaarrapportage? De reden staat in de toelichting van het rapport.</source>
        <translation>Why does ‘{title}’ not count in the yearly report? The reason appears in the report&apos;s notes.</translation>
    </message>
    <message>
        <source>Niet buiten de rapportage gelaten</source>
        <translation>Not left out of the report</translation>
    </message>
    <message>
        <source>‘{title}’ telt niet meer mee; het staat met de reden in de toelichting.</source>
        <translation>‘{title}’ no longer counts; it is listed with the reason in the notes.</translation>
    </message>
    <message>
        <source>‘{title}’ telt weer mee in de cijfers.</source>
        <translation>‘{title}’ counts in the figures again.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>— nog geen eindoordeel —</source>
        <translation>— no overall verdict yet —</translation>
    </message>
    <message>
        <source>Beoordeling per onderdeel van de gepaste zorgvuldigheid</source>
        <translation>Assessment per due diligence step</translation>
    </message>
    <message>
        <source>Oordeel: {point}</source>
        <translation>Verdict: {point}</translation>
    </message>
    <message>
        <source>Dubbelklik of F2 om een toelichting te typen</source>
        <translation>Double-click or press F2 to type an explanation</translation>
    </message>
    <message>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Voortgangsrapportage jaar {year} — {supplier}</source>
        <translation>Progress report year {year} — {supplier}</translation>
    </message>
    <message>
        <source>Kies in de tijdlijn een voortgangsrapportage om die vast te leggen en te beoordelen.</source>
        <translation>Choose a progress report in the timeline to record and assess it.</translation>
    </message>
    <message>
        <source>Uiterlijk {due}; ontvangen op {received}. Wat u in de velden typt, wordt meteen bewaard.</source>
        <translation>Due by {due}; received on {received}. What you type in the fields is stored at once.</translation>
    </message>
    <message>
        <source>Uiterlijk {due}; nog niet ontvangen. Vul de ontvangstdatum en de inhoud in en kies ‘Ontvangst vastleggen’.</source>
        <translation>Due by {due}; not received yet. Fill in the date of receipt and the contents and choose ‘Record receipt’.</translation>
    </message>
    <message>
        <source>Ontvangstdatum &amp;wijzigen</source>
        <translation>Change date of &amp;receipt</translation>
    </message>
    <message>
        <source>Ontvangst &amp;vastleggen</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>{file} — wordt bewaard bij ‘Ontvangst vastleggen’</source>
        <translation>{file} — stored with ‘Record receipt’</translation>
    </message>
    <message>
        <source>Beoordelen kan zodra de rapportage is ontvangen.</source>
        <translation>You can assess the report once it has been received.</translation>
    </message>
    <message>
        <source>✓ Beoordeeld op {day}.</source>
        <translation>✓ Assessed on {day}.</translation>
    </message>
    <message>
        <source>Nog niet beoordeeld: kies een eindoordeel.</source>
        <translation>Not assessed yet: choose an overall verdict.</translation>
    </message>
    <message>
        <source>De ontvangstdatum ligt in de toekomst.</source>
        <translation>The date of receipt lies in the future.</translation>
    </message>
    <message>
        <source>Rapportage kiezen</source>
        <translation>Choose the report</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Bijlage opslaan</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>ReportTargetsView</name>
    <message>
        <source>Doelen stelt u in bij ‘Organisatie en doelen…’; kies daar een aandeel uit de jaarrapportage, het doel en de tussendoelen per jaar.</source>
        <translation>Targets are set in ‘Organisation and targets…’: choose a share of the yearly report there, the goal and the milestones per year.</translation>
    </message>
    <message>
        <source>Overzicht van de doelen</source>
        <translation>Overview of the targets</translation>
    </message>
    <message>
        <source>{share} ({count} van {of})</source>
        <translation>{share} ({count} of {of})</translation>
    </message>
    <message>
        <source>Tussendoelen: {figure}</source>
        <translation>Milestones: {figure}</translation>
    </message>
    <message>
        <source>In {year} is er voor dit cijfer nog niets te tellen.</source>
        <translation>In {year} there is nothing to count for this figure yet.</translation>
    </message>
    <message>
        <source>Het doel van {goal} is in {year} bereikt.</source>
        <translation>The goal of {goal} was reached in {year}.</translation>
    </message>
    <message>
        <source>Nog {points} procentpunt tot het doel van {goal} in {year}.</source>
        <translation>{points} percentage points still to go to the goal of {goal} in {year}.</translation>
    </message>
</context>
<context>
    <name>RiskScanLabels</name>
    <message>
        <source>1 – beperkt</source>
        <translation>1 – limited</translation>
    </message>
    <message>
        <source>2 – ernstig</source>
        <translation>2 – serious</translation>
    </message>
    <message>
        <source>3 – zeer ernstig</source>
        <translation>3 – very serious</translation>
    </message>
    <message>
        <source>1 – klein</source>
        <translation>1 – small</translation>
    </message>
    <message>
        <source>2 – reëel</source>
        <translation>2 – real</translation>
    </message>
    <message>
        <source>3 – groot</source>
        <translation>3 – large</translation>
    </message>
    <message>
        <source>Herkomst onbekend</source>
        <translation>Origin unknown</translation>
    </message>
</context>
<context>
    <name>RiskScanPage</name>
    <message>
        <source>Nog geen scan: kies een productgroep.</source>
        <translation>No scan yet: choose a product group.</translation>
    </message>
    <message>
        <source>Klik op een cel van de tabel: hier staat dan waarom het niveau zo is, met bron en editie.</source>
        <translation>Click a cell of the table to see here why it has its level, with source and edition.</translation>
    </message>
    <message>
        <source>Voor elke productgroep zijn landen van productie opgegeven.</source>
        <translation>Every product group has countries of production.</translation>
    </message>
    <message>
        <source>{levels} · {mark} hangt af van herkomst. Onbekend: geen bron noemt dit risico; geen vermelding is geen afwezigheid van risico.</source>
        <translation>{levels} · {mark} depends on origin. Unknown: no source names this risk; no listing is not no risk.</translation>
    </message>
    <message>
        <source>Opnieuw &amp;scannen</source>
        <translation>&amp;Scan again</translation>
    </message>
    <message>
        <source>Scan opnieuw met de nieuwste gegevens en laat zien wat er veranderde</source>
        <translation>Scan again with the latest data and show what changed</translation>
    </message>
    <message>
        <source>Over de brongegevens…</source>
        <translation>About the reference data…</translation>
    </message>
    <message>
        <source>Alle bronnen van de risicoscan met editie, datum en licentie</source>
        <translation>Every source of the risk scan with its edition, date and licence</translation>
    </message>
    <message>
        <source>Productgroepen en landen</source>
        <translation>Product groups and countries</translation>
    </message>
    <message>
        <source>Productgroepen</source>
        <translation>Product groups</translation>
    </message>
    <message>
        <source>&amp;Zoek een productgroep</source>
        <translation>Find a product &amp;group</translation>
    </message>
    <message>
        <source>Deel van de naam (Nederlands of Engels) of een CPV-code</source>
        <translation>Part of the name (Dutch or English) or a CPV code</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Voeg de gekozen productgroep toe (Enter)</source>
        <translation>Add the chosen product group (Enter)</translation>
    </message>
    <message>
        <source>Gevonden productgroepen</source>
        <translation>Product groups found</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Gekozen productgroepen</source>
        <translation>Chosen product groups</translation>
    </message>
    <message>
        <source>Productgroep ve&amp;rwijderen</source>
        <translation>&amp;Remove product group</translation>
    </message>
    <message>
        <source>Landen van productie</source>
        <translation>Countries of production</translation>
    </message>
    <message>
        <source>Voor &amp;productgroep</source>
        <translation>For &amp;product group</translation>
    </message>
    <message>
        <source>&amp;Fase</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>Zoek een &amp;land</source>
        <translation>Find a &amp;country</translation>
    </message>
    <message>
        <source>Naam in het Nederlands of Engels, of ISO-code (bijvoorbeeld MY)</source>
        <translation>Name in Dutch or English, or ISO code (for example MY)</translation>
    </message>
    <message>
        <source>Land toevoe&amp;gen</source>
        <translation>Add countr&amp;y</translation>
    </message>
    <message>
        <source>Voeg het gekozen land toe (Enter)</source>
        <translation>Add the chosen country (Enter)</translation>
    </message>
    <message>
        <source>Gevonden landen</source>
        <translation>Countries found</translation>
    </message>
    <message>
        <source>Productgroep</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Land ver&amp;wijderen</source>
        <translation>Re&amp;move country</translation>
    </message>
    <message>
        <source>Weet u niet waar het product vandaan komt? Laat de landen leeg: de scan noemt dan de landen waarnaar u inschrijvers kunt vragen (herkomst onbekend).</source>
        <translation>Don&apos;t know where the product comes from? Leave the countries empty: the scan then names the countries to ask bidders about (origin unknown).</translation>
    </message>
    <message>
        <source>Risico&apos;s</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Kies eerst een productgroep op het tabblad ‘Productgroepen en landen’.</source>
        <translation>Choose a product group first on the tab ‘Product groups and countries’.</translation>
    </message>
    <message>
        <source>Risicotabel</source>
        <translation>Risk table</translation>
    </message>
    <message>
        <source>Waarom dit niveau</source>
        <translation>Why this level</translation>
    </message>
    <message>
        <source>Herkomst onbekend</source>
        <translation>Origin unknown</translation>
    </message>
    <message>
        <source>Uw oordeel</source>
        <translation>Your judgement</translation>
    </message>
    <message>
        <source>Ernst: hoe ernstig is de schending, hoeveel mensen treft ze en is ze te herstellen? Kans: hoe waarschijnlijk is ze in deze keten? Samen geven ze de prioriteit. Wat u kiest, wordt direct bewaard.</source>
        <translation>Severity: how grave is the abuse, how many people does it affect, and can it be remedied? Likelihood: how likely is it in this supply chain? Together they give the priority. What you choose is stored at once.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Volgens de bronnen</source>
        <translation>According to the sources</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Kans</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Eigen risico&apos;s</source>
        <translation>Own risks</translation>
    </message>
    <message>
        <source>Nieuw eigen risico</source>
        <translation>New own risk</translation>
    </message>
    <message>
        <source>&amp;Thema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Omschr&amp;ijving</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Welk risico ziet u, en waar in de keten?</source>
        <translation>Which risk do you see, and where in the supply chain?</translation>
    </message>
    <message>
        <source>Bro&amp;n</source>
        <translation>Sour&amp;ce</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: MVO Risicochecker, 12-03-2025; nieuwsbericht; rapport van een vakbond</source>
        <translation>For example: CSR Risk Check, 12-03-2025; news article; trade union report</translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Geen bestand gekozen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>Ch&amp;oose file…</translation>
    </message>
    <message>
        <source>Een bestand van hoogstens 20 MB, bewaard in het dossier</source>
        <translation>A file of at most 20 MB, kept in the dossier</translation>
    </message>
    <message>
        <source>Bijlage &amp;weghalen</source>
        <translation>Re&amp;move attachment</translation>
    </message>
    <message>
        <source>Eigen risico to&amp;evoegen</source>
        <translation>Add own ris&amp;k</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bijlage o&amp;pslaan…</source>
        <translation>Save &amp;attachment…</translation>
    </message>
    <message>
        <source>Eigen risico ve&amp;rwijderen…</source>
        <translation>&amp;Remove own risk…</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Leg vast wie u hebt geraadpleegd over de risico&apos;s in deze keten: maatschappelijke organisaties, vakbonden en anderen met kennis van de praktijk.</source>
        <translation>Record whom you consulted about the risks in this supply chain: civil society organisations, trade unions and others who know the practice.</translation>
    </message>
    <message>
        <source>Nieuwe raadpleging</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Soor&amp;t</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Or&amp;ganisatie</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: FNV, Arisa, Fair Wear</source>
        <translation>For example: FNV, Arisa, Fair Wear</translation>
    </message>
    <message>
        <source>Dat&amp;um</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Th&amp;ema&apos;s</source>
        <translation>The&amp;mes</translation>
    </message>
    <message>
        <source>Besproken thema&apos;s</source>
        <translation>Themes discussed</translation>
    </message>
    <message>
        <source>Uit&amp;komst</source>
        <translation>Out&amp;come</translation>
    </message>
    <message>
        <source>Wat kwam eruit? Wat doet u ermee?</source>
        <translation>What came out of it? What will you do with it?</translation>
    </message>
    <message>
        <source>&amp;Raadpleging toevoegen</source>
        <translation>&amp;Add consultation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Raadpleging verwi&amp;jderen…</source>
        <translation>&amp;Remove consultation…</translation>
    </message>
</context>
<context>
    <name>RiskScanSourcesDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Uitgever: {publisher}</source>
        <translation>Publisher: {publisher}</translation>
    </message>
    <message>
        <source>Editie: {edition}</source>
        <translation>Edition: {edition}</translation>
    </message>
    <message>
        <source>Verschenen: {date}</source>
        <translation>Published: {date}</translation>
    </message>
    <message>
        <source>Ingelezen uit {file} op {date}</source>
        <translation>Imported from {file} on {date}</translation>
    </message>
    <message>
        <source>Over de brongegevens</source>
        <translation>About the reference data</translation>
    </message>
    <message>
        <source>De risicoscan werkt met deze bronnen. Een scan bewaart de editie van elke bron die hij gebruikte, zodat u later kunt laten zien wat er bekend was toen de aanbesteding de deur uit ging.</source>
        <translation>The risk scan works from these sources. A scan keeps the edition of every source it used, so you can show later what was known when the tender went out.</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>RiskScanTexts</name>
    <message>
        <source>{theme} — {country}: {level}</source>
        <translation>{theme} — {country}: {level}</translation>
    </message>
    <message>
        <source>Waarom:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Voor de goederen van deze productgroepen noemt de lijst geen landen. Geen vermelding is geen afwezigheid van risico: vraag inschrijvers waar de goederen vandaan komen.</source>
        <translation>The list names no countries for the goods of these product groups. No listing is not no risk: ask bidders where the goods come from.</translation>
    </message>
    <message>
        <source>kinderarbeid</source>
        <translation>child labour</translation>
    </message>
    <message>
        <source>dwangarbeid</source>
        <translation>forced labour</translation>
    </message>
    <message>
        <source>Vraag inschrijvers naar deze landen:</source>
        <translation>Ask bidders about these countries:</translation>
    </message>
    <message>
        <source>Scan gemaakt op {when} met: {editions}.</source>
        <translation>Scan made on {when} with: {editions}.</translation>
    </message>
    <message>
        <source>Er is een nieuwere editie van {source}: {now} (deze scan gebruikte {used}).</source>
        <translation>There is a newer edition of {source}: {now} (this scan used {used}).</translation>
    </message>
    <message>
        <source>De scan hieronder is bewaard zoals hij is gemaakt. Scan opnieuw om de nieuwe gegevens te gebruiken.</source>
        <translation>The scan below is kept as it was made. Scan again to use the new data.</translation>
    </message>
    <message>
        <source>Opnieuw gescand.</source>
        <translation>Scanned again.</translation>
    </message>
    <message>
        <source>{source}: editie {before} → {after}</source>
        <translation>{source}: edition {before} → {after}</translation>
    </message>
    <message>
        <source>Opnieuw gescand: geen veranderingen in niveaus, redenen of herkomstlanden.</source>
        <translation>Scanned again: no changes in levels, reasons or origin countries.</translation>
    </message>
    <message>
        <source>Opnieuw gescand. Wat er veranderde:</source>
        <translation>Scanned again. What changed:</translation>
    </message>
    <message>
        <source>Nieuwe herkomstlanden: {countries}</source>
        <translation>New origin countries: {countries}</translation>
    </message>
    <message>
        <source>Niet meer genoemde herkomstlanden: {countries}</source>
        <translation>Origin countries no longer named: {countries}</translation>
    </message>
    <message>
        <source>andere redenen, niveau {level}</source>
        <translation>other reasons, level {level}</translation>
    </message>
</context>
<context>
    <name>RiskScanWidgets</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation>Do not remove</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Productgroepen en landen van productie</source>
        <translation>Product groups and countries of production</translation>
    </message>
    <message>
        <source>Geen productgroep gevonden bij ‘{text}’. Typ een deel van de naam of de eerste cijfers van een CPV-code.</source>
        <translation>No product group found for ‘{text}’. Type part of the name or the first digits of a CPV code.</translation>
    </message>
    <message>
        <source>Geen land gevonden bij ‘{text}’. Typ een deel van de Nederlandse of Engelse naam, of de ISO-code (bijvoorbeeld MY).</source>
        <translation>No country found for ‘{text}’. Type part of the Dutch or English name, or the ISO code (for example MY).</translation>
    </message>
    <message>
        <source>‘{group}’ is al gekozen.</source>
        <translation>‘{group}’ is already chosen.</translation>
    </message>
    <message>
        <source>Productgroep verwijderen</source>
        <translation>Remove product group</translation>
    </message>
    <message>
        <source>‘{group}’ en de landen van productie die erbij horen verwijderen?</source>
        <translation>Remove ‘{group}’ and its countries of production?</translation>
    </message>
    <message>
        <source>Dit land staat er al bij deze productgroep en fase.</source>
        <translation>This country is already listed for this product group and stage.</translation>
    </message>
</context>
<context>
    <name>ScoreView</name>
    <message>
        <source>Nog geen antwoorden ontvangen.</source>
        <translation>No answers received yet.</translation>
    </message>
    <message>
        <source>Geen rode vlaggen.</source>
        <translation>No red flags.</translation>
    </message>
    <message>
        <source>geen score (alles niet van toepassing)</source>
        <translation>no score (all not applicable)</translation>
    </message>
    <message>
        <source>{score} van 100</source>
        <translation>{score} of 100</translation>
    </message>
    <message>
        <source>{counted} vragen geteld, {unanswered} niet beantwoord, {not_applicable} niet van toepassing</source>
        <translation>{counted} questions counted, {unanswered} not answered, {not_applicable} not applicable</translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Vraag {label} ({theme})</source>
        <translation>Question {label} ({theme})</translation>
    </message>
    <message>
        <source>Antwoord: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Toelichting: {text}</source>
        <translation>Explanation: {text}</translation>
    </message>
    <message>
        <source>Bewijs: {text}</source>
        <translation>Evidence: {text}</translation>
    </message>
    <message>
        <source>Kies een vraag om het antwoord en de toelichting helemaal te lezen.</source>
        <translation>Choose a question to read the answer and the explanation in full.</translation>
    </message>
    <message>
        <source>Geen totaalscore: alle vragen zijn niet van toepassing.</source>
        <translation>No overall score: all questions are not applicable.</translation>
    </message>
    <message>
        <source>Totaalscore {score} van 100.</source>
        <translation>Overall score {score} of 100.</translation>
    </message>
    <message>
        <source>{answered} van {total} vragen beantwoord.</source>
        <translation>{answered} of {total} questions answered.</translation>
    </message>
    <message>
        <source>Ontvangen op {date}.</source>
        <translation>Received on {date}.</translation>
    </message>
    <message>
        <source>Een score is een begin voor uw oordeel: lees de toelichtingen ernaast.</source>
        <translation>A score is a starting point for your judgement: read the explanations beside it.</translation>
    </message>
    <message>
        <source>Versie {version} van de vragenlijst van {name} is al ingelezen op {date}. De eerdere antwoorden vervangen door die uit dit bestand?</source>
        <translation>Version {version} of the questionnaire of {name} was already read in on {date}. Replace the earlier answers with those from this file?</translation>
    </message>
    <message>
        <source>Vragenlijst van {name} (versie {version}) inlezen?</source>
        <translation>Read in the questionnaire of {name} (version {version})?</translation>
    </message>
    <message>
        <source>Leverancier: {name}</source>
        <translation>Supplier: {name}</translation>
    </message>
    <message>
        <source>Antwoorden: {answered} van {total} vragen.</source>
        <translation>Answers: {answered} of {total} questions.</translation>
    </message>
    <message>
        <source>Totaalscore: {score} van 100.</source>
        <translation>Overall score: {score} of 100.</translation>
    </message>
    <message>
        <source>Scores per thema:</source>
        <translation>Scores per theme:</translation>
    </message>
    <message>
        <source>Rode vlaggen: {count}</source>
        <translation>Red flags: {count}</translation>
    </message>
    <message>
        <source>… en nog {count} (zie details)</source>
        <translation>… and {count} more (see details)</translation>
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
        <translation>dd/mm/yyyy</translation>
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
        <translation>for example 221,000</translation>
    </message>
    <message>
        <source>&amp;Werken</source>
        <translation>&amp;Works</translation>
    </message>
    <message>
        <source>bijvoorbeeld 5.538.000</source>
        <translation>for example 5,538,000</translation>
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
<context>
    <name>SignalsDialog</name>
    <message>
        <source>Dossiers die het signaal raakt</source>
        <translation>Dossiers the signal touches</translation>
    </message>
    <message>
        <source>Eerdere signalen</source>
        <translation>Earlier signals</translation>
    </message>
    <message>
        <source>— niet van belang —</source>
        <translation>— not relevant —</translation>
    </message>
    <message>
        <source>Bestand bij het signaal kiezen</source>
        <translation>Choose a file for the signal</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Beschrijf wat er is gemeld.</source>
        <translation>Describe what was reported.</translation>
    </message>
    <message>
        <source>De datum van het signaal ligt in de toekomst.</source>
        <translation>The date of the signal lies in the future.</translation>
    </message>
    <message>
        <source>Geraakte dossiers</source>
        <translation>Dossiers touched</translation>
    </message>
    <message>
        <source>Leg een signaal vast of kies een eerder signaal: hier ziet u welke dossiers het raakt.</source>
        <translation>Log a signal or choose an earlier one: here you see which dossiers it touches.</translation>
    </message>
    <message>
        <source>Geraakte dossiers — signaal van {day}</source>
        <translation>Dossiers touched — signal of {day}</translation>
    </message>
    <message>
        <source>Dit signaal raakt {count} dossier(s). Open in elk een opvolging.</source>
        <translation>This signal touches {count} dossier(s). Open a follow-up in each.</translation>
    </message>
    <message>
        <source>Dit signaal raakt geen dossier: geen dossier heeft dit land, deze leverancier of dit merk.</source>
        <translation>This signal touches no dossier: no dossier has this country, this supplier or this brand.</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Opvolging openen</source>
        <translation>Open follow-up</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Wat is er gemeld?</source>
        <translation>&amp;What was reported?</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Geen bestand</source>
        <translation>N&amp;o file</translation>
    </message>
    <message>
        <source>Waar gaat het over? Vul in wat bekend is: het programma zoekt de dossiers met dat land (en die productgroep), die leverancier of dat merk.</source>
        <translation>What is it about? Fill in what is known: the program looks for the dossiers with that country (and product group), that supplier or that brand.</translation>
    </message>
    <message>
        <source>&amp;Productgroep</source>
        <translation>&amp;Product group</translation>
    </message>
    <message>
        <source>L&amp;and</source>
        <translation>Cou&amp;ntry</translation>
    </message>
    <message>
        <source>Le&amp;verancier</source>
        <translation>Su&amp;pplier</translation>
    </message>
    <message>
        <source>&amp;Merk of fabriek</source>
        <translation>&amp;Brand or factory</translation>
    </message>
    <message>
        <source>Signaal &amp;vastleggen</source>
        <translation>&amp;Log signal</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Productgroep</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Leverancier of merk</source>
        <translation>Supplier or brand</translation>
    </message>
    <message>
        <source>Vastgelegd op</source>
        <translation>Logged on</translation>
    </message>
    <message>
        <source>Kies een eerder signaal om opnieuw te zien welke dossiers het raakt.</source>
        <translation>Choose an earlier signal to see again which dossiers it touches.</translation>
    </message>
    <message>
        <source>Opvolging geopend</source>
        <translation>Follow-up opened</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Geraadpleegde belanghebbenden</source>
        <translation>Stakeholders consulted</translation>
    </message>
    <message>
        <source>Vul de organisatie in.</source>
        <translation>Enter the organisation.</translation>
    </message>
    <message>
        <source>Vul de datum van de raadpleging in (dd-mm-jjjj).</source>
        <translation>Enter the date of the consultation (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Raadpleging verwijderen</source>
        <translation>Remove consultation</translation>
    </message>
    <message>
        <source>De raadpleging van {organisation} op {date} verwijderen?</source>
        <translation>Remove the consultation of {organisation} on {date}?</translation>
    </message>
</context>
<context>
    <name>SupplierDetails</name>
    <message>
        <source>Persoonsgegeven: leg alleen vast wat u voor dit contract nodig hebt, en haal het weg als het niet meer nodig is.</source>
        <translation>Personal data: record only what you need for this contract, and remove it when it is no longer needed.</translation>
    </message>
    <message>
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <source>Leverancier toevoegen</source>
        <translation>Add supplier</translation>
    </message>
    <message>
        <source>Naam van de leverancier</source>
        <translation>Name of the supplier</translation>
    </message>
    <message>
        <source>Nieuwe leverancier: vul de gegevens in en kies ‘Toevoegen’.</source>
        <translation>New supplier: fill in the details and choose ‘Add’.</translation>
    </message>
    <message>
        <source>De leverancier is gegund; de rol ligt daarmee vast.</source>
        <translation>The contract was awarded to this supplier; that fixes its role.</translation>
    </message>
    <message>
        <source>— niemand in het bijzonder —</source>
        <translation>— nobody in particular —</translation>
    </message>
    <message>
        <source>Voor wie een onderaannemer of fabriek werkt, ligt vast bij het toevoegen.</source>
        <translation>Whom a subcontractor or factory works for is fixed when it is added.</translation>
    </message>
    <message>
        <source>Gunningsdatum wij&amp;zigen</source>
        <translation>Change the a&amp;ward date</translation>
    </message>
    <message>
        <source>Gunn&amp;en</source>
        <translation>A&amp;ward</translation>
    </message>
    <message>
        <source>Gegund op {date}.</source>
        <translation>Awarded on {date}.</translation>
    </message>
    <message>
        <source>Plan van aanpak uiterlijk {date}.</source>
        <translation>Plan of action due by {date}.</translation>
    </message>
    <message>
        <source>Kies de datum van het gunningsbesluit.</source>
        <translation>Choose the date of the award decision.</translation>
    </message>
    <message>
        <source>Leverancier verwijderen</source>
        <translation>Remove supplier</translation>
    </message>
    <message>
        <source>Leverancier ‘{name}’ verwijderen?</source>
        <translation>Remove supplier ‘{name}’?</translation>
    </message>
    <message>
        <source>De lidmaatschappen en certificaten, vragenlijsten, het plan van aanpak en de vervolgafspraken van deze leverancier gaan mee. Onderaannemers en fabrieken die erbij horen blijven staan. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>The memberships and certificates, questionnaires, plan of action and follow-up actions of this supplier go with it. Subcontractors and factories that belong to it stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation>Do not remove</translation>
    </message>
</context>
<context>
    <name>SupplierLabels</name>
    <message>
        <source>Heeft de leverancier een beleid voor maatschappelijk verantwoord ondernemen, door de directie vastgesteld en bekendgemaakt aan de keten?</source>
        <translation>Does the supplier have a responsible business conduct policy, adopted by its management and communicated to the supply chain?</translation>
    </message>
    <message>
        <source>Zijn de risico&apos;s van deze opdracht in kaart gebracht, per product en per land van productie, tot in de keten?</source>
        <translation>Have the risks of this contract been identified, per product and per country of production, down the supply chain?</translation>
    </message>
    <message>
        <source>Zijn de ernstigste risico&apos;s benoemd en is uitgelegd waarom die eerst worden aangepakt?</source>
        <translation>Are the most severe risks named, with an explanation of why they are addressed first?</translation>
    </message>
    <message>
        <source>Zijn er maatregelen per risico, elk met een eigenaar en een datum?</source>
        <translation>Are there measures per risk, each with an owner and a date?</translation>
    </message>
    <message>
        <source>Hoe volgt de leverancier of de maatregelen werken (audits, gesprekken, cijfers)?</source>
        <translation>How does the supplier track whether the measures work (audits, interviews, figures)?</translation>
    </message>
    <message>
        <source>Kunnen werknemers in de keten veilig klagen, en hoe wordt schade hersteld?</source>
        <translation>Can workers in the supply chain complain safely, and how is harm remedied?</translation>
    </message>
    <message>
        <source>Worden werknemers, vakbonden en lokale organisaties betrokken?</source>
        <translation>Are workers, trade unions and local organisations involved?</translation>
    </message>
</context>
<context>
    <name>SuppliersCredentialsTab</name>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Certificaat verwijde&amp;ren</source>
        <translation>&amp;Remove certificate</translation>
    </message>
    <message>
        <source>Lidmaatschap of certificaat toevoegen</source>
        <translation>Add a membership or certificate</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Bijvoorbeeld Fair Wear, amfori BSCI, SA8000, Fairtrade, FSC</source>
        <translation>For example Fair Wear, amfori BSCI, SA8000, Fairtrade, FSC</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Geldig v&amp;anaf</source>
        <translation>Valid fr&amp;om</translation>
    </message>
    <message>
        <source>Geldig t&amp;ot</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Leveranciers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <source>Leveranciers van dit dossier</source>
        <translation>Suppliers of this dossier</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>KvK of registratie</source>
        <translation>KvK or registration</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Gegund op</source>
        <translation>Awarded on</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>&amp;Nieuwe leverancier</source>
        <translation>&amp;New supplier</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijst ontvangen? Sleep het Excel-bestand op deze pagina.</source>
        <translation>Received a completed questionnaire? Drag the Excel file onto this page.</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Statutaire of handelsnaam</source>
        <translation>Registered or trading name</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Hoort bij</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>&amp;Buitenlandse registratie</source>
        <translation>&amp;Foreign registration</translation>
    </message>
    <message>
        <source>Registratienummer in het land van vestiging, voor een bedrijf zonder KvK-nummer</source>
        <translation>Registration number in the country of establishment, for a company without a KvK number</translation>
    </message>
    <message>
        <source>&amp;Land</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>Naam, functie, e-mailadres</source>
        <translation>Name, position, email address</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Leverancier verwij&amp;deren…</source>
        <translation>Remo&amp;ve supplier…</translation>
    </message>
    <message>
        <source>C&amp;ontactpersoon</source>
        <translation>C&amp;ontact person</translation>
    </message>
    <message>
        <source>G&amp;unning</source>
        <translation>Award da&amp;te</translation>
    </message>
    <message>
        <source>Gunn&amp;en</source>
        <translation>A&amp;ward</translation>
    </message>
    <message>
        <source>Lidmaatschappen en certi&amp;ficaten</source>
        <translation>Memberships and certi&amp;ficates</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Plan van aanpak</source>
        <translation>&amp;Plan of action</translation>
    </message>
    <message>
        <source>Del verwijdert de gekozen leverancier (na een vraag).</source>
        <translation>Del removes the chosen supplier (after asking).</translation>
    </message>
    <message>
        <source>vragenlijst te laat</source>
        <translation>questionnaire late</translation>
    </message>
    <message>
        <source>plan van aanpak te laat</source>
        <translation>plan of action late</translation>
    </message>
    <message>
        <source>vervolgafspraak te laat</source>
        <translation>follow-up action late</translation>
    </message>
    <message>
        <source>{name} verloopt {date}</source>
        <translation>{name} expires {date}</translation>
    </message>
    <message>
        <source>Verwijderd: {name}</source>
        <translation>Removed: {name}</translation>
    </message>
</context>
<context>
    <name>SuppliersPlanTab</name>
    <message>
        <source>Uiterlijk in te leveren</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation>Received &amp;on</translation>
    </message>
    <message>
        <source>Ontvangst vast&amp;leggen</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bestand &amp;bijvoegen…</source>
        <translation>A&amp;ttach file…</translation>
    </message>
    <message>
        <source>Bestand op&amp;slaan als…</source>
        <translation>&amp;Save file as…</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Beoordeling van de redelijke inspanning, per stap van de OECD-richtlijnen</source>
        <translation>Assessment of reasonable effort, per step of the OECD guidelines</translation>
    </message>
    <message>
        <source>To&amp;taaloordeel</source>
        <translation>Overa&amp;ll verdict</translation>
    </message>
    <message>
        <source>Onde&amp;rbouwing</source>
        <translation>Reasonin&amp;g</translation>
    </message>
    <message>
        <source>Waarom dit oordeel; wat de leverancier nog moet doen</source>
        <translation>Why this verdict; what the supplier still has to do</translation>
    </message>
    <message>
        <source>Vervolgafspraken</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Wat is afgesproken, met wie</source>
        <translation>What was agreed, with whom</translation>
    </message>
    <message>
        <source>&amp;uiterlijk</source>
        <translation>d&amp;ue by</translation>
    </message>
    <message>
        <source>&amp;Afspraak toevoegen</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <source>Als afgerond &amp;markeren</source>
        <translation>&amp;Mark as done</translation>
    </message>
</context>
<context>
    <name>SuppliersQuestionnaireTab</name>
    <message>
        <source>&amp;Taal van de vragenlijst</source>
        <translation>&amp;Language of the questionnaire</translation>
    </message>
    <message>
        <source>Vragenlijst &amp;exporteren…</source>
        <translation>&amp;Export questionnaire…</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijst &amp;inlezen…</source>
        <translation>&amp;Read in completed questionnaire…</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Uiterlijk terug</source>
        <translation>Due back by</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Totaalscore</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Scores per thema</source>
        <translation>Scores per theme</translation>
    </message>
    <message>
        <source>Thema en vraag</source>
        <translation>Theme and question</translation>
    </message>
    <message>
        <source>Score of antwoord</source>
        <translation>Score or answer</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Rode vlaggen: vraag hiernaar bij de leverancier</source>
        <translation>Red flags: ask the supplier about these</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>Grafiek: {figure} per jaar tegen de tussendoelen</source>
        <translation>Chart: {figure} per year against the milestones</translation>
    </message>
    <message>
        <source>Gerealiseerd — {actual}. Tussendoelen en doel — {goals}.</source>
        <translation>Achieved — {actual}. Milestones and goal — {goals}.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Tijdlijn van het contract</source>
        <translation>Timeline of the contract</translation>
    </message>
    <message>
        <source>{name} — opdrachtnemer, gegund op {day}</source>
        <translation>{name} — contractor, awarded on {day}</translation>
    </message>
    <message>
        <source>{name} — opdrachtnemer</source>
        <translation>{name} — contractor</translation>
    </message>
    <message>
        <source>nog te beoordelen (stap 4)</source>
        <translation>to be assessed (step 4)</translation>
    </message>
    <message>
        <source>geen termijn</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan of action</translation>
    </message>
    <message>
        <source>Het plan van aanpak legt u vast en beoordeelt u in stap 4, Leveranciers.</source>
        <translation>You record and assess the plan of action in step 4, Suppliers.</translation>
    </message>
    <message>
        <source>nog te beoordelen</source>
        <translation>to be assessed</translation>
    </message>
    <message>
        <source>Voortgangsrapportage jaar {year}</source>
        <translation>Progress report year {year}</translation>
    </message>
    <message>
        <source>op tijd ontvangen</source>
        <translation>received on time</translation>
    </message>
    <message>
        <source>te laat ontvangen ({days} dagen)</source>
        <translation>received late ({days} days)</translation>
    </message>
    <message>
        <source>te laat: nog niet ontvangen ({days} dagen)</source>
        <translation>late: not received yet ({days} days)</translation>
    </message>
    <message>
        <source>open: vandaag uiterlijk</source>
        <translation>open: due today</translation>
    </message>
    <message>
        <source>open: nog {days} dagen</source>
        <translation>open: {days} days left</translation>
    </message>
</context>
<context>
    <name>TraceabilitySection</name>
    <message>
        <source>Geleverde producten</source>
        <translation>Delivered products</translation>
    </message>
    <message>
        <source>Leverancier van het product</source>
        <translation>Supplier of the product</translation>
    </message>
    <message>
        <source>Rij {row}: vul de component in bij het land.</source>
        <translation>Row {row}: fill in the component for the country.</translation>
    </message>
    <message>
        <source>Rij {row}: ‘{code}’ is geen landcode. Gebruik twee letters, bijvoorbeeld CN.</source>
        <translation>Row {row}: ‘{code}’ is not a country code. Use two letters, for example CN.</translation>
    </message>
    <message>
        <source>Vul in welk product is geleverd.</source>
        <translation>Fill in which product was delivered.</translation>
    </message>
    <message>
        <source>Het land van de productielocatie is een code van twee letters, bijvoorbeeld MY.</source>
        <translation>The country of the production site is a two-letter code, for example MY.</translation>
    </message>
    <message>
        <source>Product verwijderen</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <source>‘{product}’ verwijderen uit de herleidbaarheid?</source>
        <translation>Remove ‘{product}’ from the traceability list?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
