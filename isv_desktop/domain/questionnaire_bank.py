"""The self-assessment questions per ISV theme, in Dutch and English.

Each theme has three or four due-diligence questions along the OECD steps:
policy, risk identification in the chain (down to production locations),
measures, and monitoring with a grievance mechanism. They ask for facts a
supplier can show, not for promises.

A question's id is ``"<theme>.<number>"`` and is stored with every returned
answer, so an id is never renumbered or reused: a new question gets the next
free number, a retired one keeps its number unused.
"""
from __future__ import annotations

from isv_desktop.domain.themes import Theme

#: theme -> ((number, Dutch text, English text), ...) in the order asked.
THEME_QUESTIONS: dict[Theme, tuple[tuple[int, str, str], ...]] = {
    Theme.CHILD_LABOUR: (
        (1, "Heeft uw organisatie een schriftelijk beleid dat kinderarbeid (ILO-conventies 138 en 182) in de "
            "eigen organisatie én bij toeleveranciers verbiedt, en is dat beleid aan uw toeleveranciers "
            "gecommuniceerd?",
            "Does your organisation have a written policy prohibiting child labour (ILO Conventions 138 and 182) "
            "in its own operations and at its suppliers, and has that policy been communicated to your suppliers?"),
        (2, "Weet u op welke productielocaties (fabrieken, werkplaatsen, mijnen, boerderijen) de producten voor "
            "deze opdracht worden gemaakt of de grondstoffen worden gewonnen, en heeft u per locatie het risico "
            "op kinderarbeid beoordeeld, ook voor thuiswerk en onderaanneming?",
            "Do you know at which production locations (factories, workshops, mines, farms) the products for this "
            "contract are made or their raw materials extracted, and have you assessed the risk of child labour "
            "at each location, including homework and subcontracting?"),
        (3, "Controleren uw toeleveranciers bij werving de leeftijd van werknemers aan de hand van betrouwbare "
            "identiteitsdocumenten, en gelden voor jonge werknemers (15–18 jaar) beperkingen op gevaarlijk werk "
            "en nachtwerk?",
            "Do your suppliers verify workers' ages against reliable identity documents at recruitment, and do "
            "young workers (aged 15–18) have restrictions on hazardous work and night work?"),
        (4, "Heeft u een procedure voor herstel als kinderarbeid wordt aangetroffen, waarbij het belang van het "
            "kind voorop staat (begeleiding naar school, compensatie van inkomen voor het gezin) in plaats van "
            "alleen ontslag?",
            "Do you have a remediation procedure for when child labour is found that puts the child's interests "
            "first (return to school, compensation of income for the family) rather than only dismissal?"),
    ),
    Theme.FORCED_LABOUR: (
        (1, "Verbiedt uw beleid dwangarbeid in al zijn vormen, waaronder schuldslavernij, mensenhandel en "
            "door de staat opgelegde arbeid, en geldt dat ook voor de toeleveranciers van uw toeleveranciers?",
            "Does your policy prohibit forced labour in all its forms, including debt bondage, human trafficking "
            "and state-imposed labour, and does it also apply to your suppliers' suppliers?"),
        (2, "Betalen werknemers in uw keten (ook migranten en uitzendkrachten) géén wervingskosten of "
            "bemiddelingsvergoedingen, en worden zulke kosten die toch betaald zijn terugbetaald "
            "(het ‘employer pays’-principe)?",
            "Do workers in your supply chain (including migrant and agency workers) pay no recruitment fees or "
            "related costs, and are such fees repaid where they were charged (the 'employer pays' principle)?"),
        (3, "Houden werkgevers in uw keten paspoorten, identiteitsbewijzen of verblijfsdocumenten van "
            "werknemers níet in, houden zij geen loon of borg in, en kunnen werknemers vrij ontslag nemen en "
            "het terrein en de huisvesting vrij verlaten?",
            "Do employers in your supply chain refrain from retaining workers' passports, identity or residence "
            "documents, withhold no wages or deposits, and are workers free to resign and to leave the premises "
            "and housing?"),
        (4, "Heeft u onderzocht of grondstoffen of onderdelen afkomstig zijn uit regio's met door de staat "
            "opgelegde dwangarbeid (bijvoorbeeld Xinjiang voor katoen en polysilicium), en kunt u de herkomst "
            "met documenten onderbouwen?",
            "Have you investigated whether raw materials or components originate from regions with state-imposed "
            "forced labour (for example Xinjiang for cotton and polysilicon), and can you document their origin?"),
    ),
    Theme.DISCRIMINATION: (
        (1, "Heeft u een beleid tegen discriminatie bij werving, beloning, promotie en ontslag, onder meer op "
            "grond van geslacht, zwangerschap, etniciteit, religie, migratieachtergrond en vakbondslidmaatschap?",
            "Do you have a policy against discrimination in recruitment, pay, promotion and dismissal, including "
            "on grounds of sex, pregnancy, ethnicity, religion, migrant status and trade union membership?"),
        (2, "Weet u bij welke productielocaties in uw keten een verhoogd risico bestaat op discriminatie of "
            "intimidatie, bijvoorbeeld waar vooral vrouwen of migranten werken?",
            "Do you know at which production locations in your supply chain there is an elevated risk of "
            "discrimination or harassment, for example where mainly women or migrant workers are employed?"),
        (3, "Worden zwangerschapstests en vragen naar zwangerschap of gezinsplanning bij werving en in dienst "
            "verboden, en krijgen vrouwen en mannen gelijk loon voor gelijkwaardig werk?",
            "Are pregnancy tests and questions about pregnancy or family planning prohibited at recruitment and "
            "during employment, and do women and men receive equal pay for work of equal value?"),
        (4, "Kunnen werknemers discriminatie en seksuele intimidatie vertrouwelijk melden zonder angst voor "
            "represailles, en hoe worden meldingen onderzocht en opgevolgd?",
            "Can workers report discrimination and sexual harassment confidentially without fear of reprisal, "
            "and how are reports investigated and followed up?"),
    ),
    Theme.FREEDOM_OF_ASSOCIATION: (
        (1, "Erkent uw beleid het recht van werknemers om een vakbond op te richten of zich erbij aan te "
            "sluiten en collectief te onderhandelen (ILO-conventies 87 en 98), ook bij uw toeleveranciers?",
            "Does your policy recognise workers' right to form or join a trade union and to bargain collectively "
            "(ILO Conventions 87 and 98), also at your suppliers?"),
        (2, "Weet u welke productielocaties in landen liggen waar vakbondsvrijheid wettelijk beperkt is, en hoe "
            "zorgt u daar voor vrij gekozen werknemersvertegenwoordiging (parallelle middelen)?",
            "Do you know which production locations are in countries where freedom of association is restricted "
            "by law, and how do you ensure freely elected worker representation there (parallel means)?"),
        (3, "Zijn er op de productielocaties van deze opdracht cao's of vrij gekozen werknemerscomités, en "
            "worden vakbondsvertegenwoordigers beschermd tegen ontslag, zwarte lijsten en intimidatie?",
            "Are there collective agreements or freely elected worker committees at the production locations for "
            "this contract, and are worker representatives protected against dismissal, blacklisting and "
            "intimidation?"),
    ),
    Theme.HEALTH_SAFETY: (
        (1, "Heeft u een beleid en een beheersysteem voor gezondheid en veiligheid op de werkplek (bijvoorbeeld "
            "ISO 45001) dat ook eisen stelt aan uw toeleveranciers?",
            "Do you have a workplace health and safety policy and management system (for example ISO 45001) that "
            "also sets requirements for your suppliers?"),
        (2, "Heeft u per productielocatie de belangrijkste risico's in kaart gebracht, zoals brandveiligheid, "
            "bouwkundige veiligheid, gevaarlijke stoffen, stof en lawaai, en de veiligheid van huisvesting die "
            "de werkgever regelt?",
            "Have you mapped the main risks at each production location, such as fire safety, building safety, "
            "hazardous substances, dust and noise, and the safety of employer-provided housing?"),
        (3, "Krijgen werknemers gratis beschermingsmiddelen en veiligheidstraining in een taal die zij begrijpen, "
            "en zijn nooduitgangen vrij en niet afgesloten?",
            "Do workers receive free protective equipment and safety training in a language they understand, and "
            "are emergency exits unobstructed and unlocked?"),
        (4, "Worden ongevallen en bijna-ongevallen geregistreerd en onderzocht, en kunnen werknemers gevaarlijk "
            "werk weigeren of onveilige situaties melden zonder gevolgen?",
            "Are accidents and near misses recorded and investigated, and can workers refuse dangerous work or "
            "report unsafe conditions without consequences?"),
    ),
    Theme.LIVING_WAGE: (
        (1, "Heeft u een beleid om in uw keten een leefbaar loon te bereiken, dus meer dan het wettelijk minimum "
            "als dat niet genoeg is voor de basisbehoeften van een gezin?",
            "Do you have a policy to achieve a living wage in your supply chain, that is, more than the legal "
            "minimum where that does not cover a family's basic needs?"),
        (2, "Weet u per productielocatie wat werknemers voor een normale werkweek (zonder overuren) verdienen, "
            "en heeft u dat vergeleken met een erkende leefbaarloonbenchmark (bijvoorbeeld Anker of Global "
            "Living Wage Coalition)?",
            "Do you know, per production location, what workers earn for a normal working week (without "
            "overtime), and have you compared that with a recognised living wage benchmark (for example Anker or "
            "the Global Living Wage Coalition)?"),
        (3, "Houden uw inkoopprijzen en levertijden rekening met de loonkosten van toeleveranciers (bijvoorbeeld "
            "door loonkosten in de prijs te oormerken), zodat zij leefbaar loon kunnen betalen?",
            "Do your purchasing prices and lead times take suppliers' labour costs into account (for example by "
            "ring-fencing labour costs in the price) so that they can pay a living wage?"),
        (4, "Krijgen werknemers een begrijpelijke loonstrook, wordt het loon op tijd en volledig betaald, en zijn "
            "inhoudingen als straf verboden?",
            "Do workers receive an understandable payslip, are wages paid on time and in full, and are "
            "deductions as a disciplinary measure prohibited?"),
    ),
    Theme.WORKING_HOURS: (
        (1, "Geldt in uw keten een grens van 48 reguliere uren per week, vrijwillig overwerk van hoogstens "
            "12 uur per week, en ten minste één vrije dag per zeven dagen?",
            "Does your supply chain keep to a limit of 48 regular hours per week, voluntary overtime of at most "
            "12 hours per week, and at least one day off in every seven?"),
        (2, "Weet u op welke productielocaties en in welke seizoenen of piekperiodes overmatig overwerk "
            "voorkomt, en worden werktijden betrouwbaar geregistreerd (bijvoorbeeld met een tijdregistratiesysteem)?",
            "Do you know at which production locations and in which seasons or peak periods excessive overtime "
            "occurs, and are working hours reliably recorded (for example with a time-recording system)?"),
        (3, "Plant u orders en levertijden zo dat toeleveranciers geen overmatig overwerk nodig hebben, en "
            "wordt overwerk met een toeslag betaald?",
            "Do you plan orders and lead times so that suppliers do not need excessive overtime, and is overtime "
            "paid at a premium rate?"),
    ),
    Theme.ENVIRONMENT: (
        (1, "Heeft u een milieubeleid voor uw keten dat gaat over uitstoot, afvalwater, gevaarlijke stoffen en "
            "afval, met concrete doelen?",
            "Do you have an environmental policy for your supply chain covering emissions, wastewater, hazardous "
            "substances and waste, with concrete targets?"),
        (2, "Weet u welke productielocaties (bijvoorbeeld ververijen, looierijen, smelterijen, mijnen) de "
            "grootste milieu-impact hebben, en beschikken zij over de vereiste vergunningen?",
            "Do you know which production locations (for example dye houses, tanneries, smelters, mines) have the "
            "greatest environmental impact, and do they hold the required permits?"),
        (3, "Worden afvalwater en gevaarlijke stoffen gemeten en behandeld volgens de wet of een erkende norm "
            "(bijvoorbeeld ZDHC), en zijn de meetresultaten beschikbaar?",
            "Are wastewater and hazardous substances measured and treated according to the law or a recognised "
            "standard (for example ZDHC), and are the test results available?"),
        (4, "Kunnen omwonenden en werknemers klachten over vervuiling indienen, en hoe worden die opgevolgd?",
            "Can local residents and workers file complaints about pollution, and how are they followed up?"),
    ),
    Theme.LAND_RIGHTS: (
        (1, "Heeft u een beleid dat landroof verbiedt en dat vrije, voorafgaande en geïnformeerde toestemming "
            "(FPIC) van gemeenschappen en inheemse volken vereist bij het gebruik van land?",
            "Do you have a policy that prohibits land grabbing and requires the free, prior and informed consent "
            "(FPIC) of communities and indigenous peoples for the use of land?"),
        (2, "Weet u van welke plantages, bossen of mijnen de grondstoffen voor deze opdracht komen, en heeft u "
            "daar conflicten over land- of gebruiksrechten onderzocht?",
            "Do you know from which plantations, forests or mines the raw materials for this contract come, and "
            "have you investigated conflicts over land or tenure rights there?"),
        (3, "Is er voor getroffen gemeenschappen een toegankelijk klachtenmechanisme, en zijn gevallen van "
            "gedwongen verhuizing of verlies van land hersteld of gecompenseerd?",
            "Is there an accessible grievance mechanism for affected communities, and have cases of forced "
            "eviction or loss of land been remedied or compensated?"),
    ),
}

#: The question asked for each chosen criterion that asks the supplier for a document.
DELIVERABLE_QUESTION = (
    "Kunt u het volgende stuk aanleveren: ‘{title}’ ({due})? Noem bij bewijs het document of de datum "
    "waarop u het aanlevert.",
    "Can you provide the following document: '{title}' ({due})? Under evidence, name the document or the date "
    "on which you will provide it.",
)
