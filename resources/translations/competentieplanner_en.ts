<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Over Competentieplanner</source>
            <extracomment>(distribution name, shown name, licence). The versions are read from the installation.</extracomment>
            <translation>About Competentieplanner</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Versie {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Competenties, toekomstprofielen en opleidingspaden voor het sociaal domein van gemeenten.</source>
            <translation>Competencies, future profiles and training paths for the social domain of municipalities.</translation>
        </message>
        <message>
            <source>Informatie</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Bibliotheken</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <source>Lettertypen</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Licentie van Competentieplanner: EUPL-1.2. De referentiegegevens (competentiekaders, profielen, opleidingscatalogus) zijn startwaarden die HR in de toepassing aanpast.</source>
            <translation>Licence of Competentieplanner: EUPL-1.2. The reference data (competency frameworks, profiles, training catalogue) are starting values that HR adapts in the application.</translation>
        </message>
        <message>
            <source>Gegevensmap: {path}</source>
            <translation>Data folder: {path}</translation>
        </message>
        <message>
            <source>Competentieplanner gebruikt deze open-sourcebibliotheken:</source>
            <translation>Competentieplanner uses these open-source libraries:</translation>
        </message>
        <message>
            <source>Bibliotheek</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licentie</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Qt en PySide6 worden onder de LGPLv3 gebruikt als losse, vervangbare bibliotheken; de broncode is te vinden op qt.io.</source>
            <translation>Qt and PySide6 are used under the LGPLv3 as separate, replaceable libraries; the source code is available at qt.io.</translation>
        </message>
        <message>
            <source>Deze uitgave bevat geen meegeleverde lettertypen.</source>
            <translation>This edition contains no bundled fonts.</translation>
        </message>
        <message>
            <source>De PDF-rapporten gebruiken het meegeleverde lettertype DejaVu Sans:</source>
            <translation>The PDF reports use the bundled DejaVu Sans font:</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <source>Kwartaal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Financiering</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Studiekostenbeding</source>
            <translation>Repayment clause</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opleiding</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Meeloopstage</source>
            <translation>Job shadowing</translation>
        </message>
        <message>
            <source>Projectrol</source>
            <translation>Project role</translation>
        </message>
        <message>
            <source>Intervisie</source>
            <translation>Peer consultation</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Eigen actie</source>
            <translation>Own action</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Voorgesteld door de planner</source>
            <translation>Proposed by the planner</translation>
        </message>
        <message>
            <source>Uit het vorige plan</source>
            <translation>From the previous plan</translation>
        </message>
    </context>
    <context>
        <name>ActionsStep</name>
        <message>
            <source>Afspraken</source>
            <extracomment>How far ahead the quarter list reaches.</extracomment>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Kies eerst bij Voorbereiden een medewerker.</source>
            <translation>First choose an employee under Prepare.</translation>
        </message>
        <message>
            <source>Afgesproken activiteiten</source>
            <translation>Agreed activities</translation>
        </message>
        <message>
            <source>&amp;Voorstel van de planner toevoegen</source>
            <translation>Add the planner's &amp;proposal</translation>
        </message>
        <message>
            <source>Opleiding uit de catalogus</source>
            <translation>Training from the catalogue</translation>
        </message>
        <message>
            <source>Opleiding &amp;toevoegen</source>
            <translation>&amp;Add training</translation>
        </message>
        <message>
            <source>&amp;Eigen actie toevoegen</source>
            <translation>Add own &amp;action</translation>
        </message>
        <message>
            <source>Andere eigen actie</source>
            <translation>Other own action</translation>
        </message>
        <message>
            <source>Ve&amp;rwijderen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Geselecteerde activiteit</source>
            <translation>Selected activity</translation>
        </message>
        <message>
            <source>&amp;Activiteit</source>
            <translation>&amp;Activity</translation>
        </message>
        <message>
            <source>bijv. leerdoel of met wie</source>
            <translation>e.g. learning goal or with whom</translation>
        </message>
        <message>
            <source>T&amp;oelichting</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Kwartaal</source>
            <translation>&amp;Quarter</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>&amp;Uren</source>
            <translation>&amp;Hours</translation>
        </message>
        <message>
            <source>K&amp;osten</source>
            <translation>C&amp;ost</translation>
        </message>
        <message>
            <source>&amp;Financiering</source>
            <translation>&amp;Funding</translation>
        </message>
        <message>
            <source>Studiekostenbeding (terugbetalen bij vertrek)</source>
            <translation>Repayment clause (repay when leaving)</translation>
        </message>
        <message>
            <source>Studiekostenbeding</source>
            <translation>Repayment clause</translation>
        </message>
        <message>
            <source>Voorgesteld bij opleidingen vanaf {amount}; het is altijd een eigen keuze.</source>
            <translation>Suggested for training from {amount}; it is always a choice of your own.</translation>
        </message>
        <message>
            <source>Kies een opleiding uit de catalogus…</source>
            <translation>Choose a training from the catalogue…</translation>
        </message>
        <message>
            <source>Voortgangsgesprek: hieronder staat het hele huidige plan. Zet afgeronde activiteiten op ‘afgerond’, verschuif of laat vervallen wat niet doorgaat.</source>
            <translation>Progress interview: the whole current plan is below. Set completed activities to ‘completed’, move or cancel what will not go ahead.</translation>
        </message>
        <message>
            <source>Open afspraken uit het huidige plan blijven staan; de planner vult aan met de opleidingen die de kloven naar het gekozen profiel het best dichten.</source>
            <translation>Open agreements from the current plan stay; the planner adds the training offers that best close the gaps towards the chosen profile.</translation>
        </message>
        <message>
            <source>Kies bij Richting een profiel om een voorstel van de planner te krijgen.</source>
            <translation>Choose a profile under Direction to get a proposal from the planner.</translation>
        </message>
        <message>
            <source>Totaal: {count} activiteiten, {hours} uur, {total}</source>
            <translation>Total: {count} activities, {hours} hours, {total}</translation>
        </message>
        <message>
            <source>Voorstel van de planner</source>
            <translation>The planner's proposal</translation>
        </message>
        <message>
            <source>De planner heeft niets toe te voegen: de kloven zijn gedekt of de catalogus biedt niets passends.</source>
            <translation>The planner has nothing to add: the gaps are covered or the catalogue offers nothing suitable.</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Elke wijziging en elke export van persoonsgegevens: wie, wanneer, wat, met de oude en nieuwe waarde. Vrije tekst staat er zonder inhoud in. Het inzien van het log wordt zelf ook vastgelegd.</source>
            <translation>Every change and every export of personal data: who, when, what, with the old and new value. Free text is listed without its content. Reading the log is itself recorded.</translation>
        </message>
        <message>
            <source>Va&amp;naf</source>
            <translation>Fro&amp;m</translation>
        </message>
        <message>
            <source>Vanaf datum</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>Personeelsnummer</source>
            <translation>Personnel number</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Auditlog zoeken</source>
            <translation>Search the audit log</translation>
        </message>
        <message>
            <source>Geen vermeldingen die aan deze filters voldoen.</source>
            <translation>No entries match these filters.</translation>
        </message>
        <message>
            <source>Alleen de rol beheerder mag het auditlog inzien.</source>
            <translation>Only the beheerder (administrator) role may read the audit log.</translation>
        </message>
        <message>
            <source>Auditlog lezen</source>
            <translation>Reading the audit log</translation>
        </message>
    </context>
    <context>
        <name>AuthorityEditor</name>
        <message>
            <source>Verantwoordelijkheden en bevoegdheden</source>
            <translation>Responsibilities and authorities</translation>
        </message>
        <message>
            <source>Bevoegdheid &amp;verwijderen</source>
            <translation>&amp;Remove authority</translation>
        </message>
        <message>
            <source>Geselecteerde bevoegdheid verwijderen</source>
            <translation>Remove selected authority</translation>
        </message>
        <message>
            <source>geen eis</source>
            <translation>no requirement</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Om&amp;schrijving:</source>
            <translation>Descr&amp;iption:</translation>
        </message>
        <message>
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Kader:</source>
            <translation>Frame&amp;work:</translation>
        </message>
        <message>
            <source>Kader</source>
            <translation>Framework</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Vanaf niveau</source>
            <translation>From level</translation>
        </message>
        <message>
            <source>Nie&amp;uwe bevoegdheid</source>
            <translation>New a&amp;uthority</translation>
        </message>
        <message>
            <source>Co&amp;de:</source>
            <translation>Co&amp;de:</translation>
        </message>
        <message>
            <source>Co&amp;mpetentie:</source>
            <translation>Co&amp;mpetency:</translation>
        </message>
        <message>
            <source>Vanaf n&amp;iveau:</source>
            <translation>From &amp;level:</translation>
        </message>
        <message>
            <source>Vereiste opleiding</source>
            <translation>Required training</translation>
        </message>
        <message>
            <source>Vereiste opl&amp;eiding:</source>
            <translation>Re&amp;quired training:</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Bevoegdheid opslaan</source>
            <translation>Save authority</translation>
        </message>
        <message>
            <source>Kies links een bevoegdheid, of maak een nieuwe.</source>
            <translation>Choose an authority on the left, or create a new one.</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nieuwe verantwoordelijkheid of bevoegdheid</source>
            <translation>New responsibility or authority</translation>
        </message>
        <message>
            <source>Bevoegdheid %1 toevoegen</source>
            <translation>Add authority %1</translation>
        </message>
        <message>
            <source>Bevoegdheid %1 wijzigen</source>
            <translation>Change authority %1</translation>
        </message>
        <message>
            <source>Een nieuwe bevoegdheid</source>
            <translation>A new authority</translation>
        </message>
        <message>
            <source>Bevoegdheid %1</source>
            <translation>Authority %1</translation>
        </message>
        <message>
            <source>Bevoegdheid %1 verwijderen</source>
            <translation>Remove authority %1</translation>
        </message>
    </context>
    <context>
        <name>BudgetPeriodsDialog</name>
        <message>
            <source>Opleidingsbudget {unit} {year}</source>
            <translation>Training budget {unit} {year}</translation>
        </message>
        <message>
            <source>Eén bedrag voor het &amp;hele jaar</source>
            <translation>One amount for the &amp;whole year</translation>
        </message>
        <message>
            <source>Per &amp;kwartaal</source>
            <translation>Per &amp;quarter</translation>
        </message>
        <message>
            <source>Jaarbudget</source>
            <translation>Year budget</translation>
        </message>
        <message>
            <source>Budget K{quarter}</source>
            <translation>Budget Q{quarter}</translation>
        </message>
        <message>
            <source>K{quarter}</source>
            <translation>Q{quarter}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueView</name>
        <message>
            <source>Opleidingen</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>De opleidingscatalogus waaruit de planner kiest. Een opleiding die in plannen staat, zet u op niet-actief: ze blijft in bestaande plannen staan, maar wordt niet meer voorgesteld. Ctrl+Z maakt een wijziging ongedaan.</source>
            <translation>The training catalogue the planner chooses from. Set a training that appears in plans to inactive: it stays in existing plans but is no longer proposed. Ctrl+Z undoes a change.</translation>
        </message>
        <message>
            <source>Zoek op code, naam, aanbieder of competentie</source>
            <translation>Search by code, name, provider or competency</translation>
        </message>
        <message>
            <source>Opleidingen zoeken</source>
            <translation>Search training offers</translation>
        </message>
        <message>
            <source>Ook niet-actieve opleidingen tonen</source>
            <translation>Also show inactive training offers</translation>
        </message>
        <message>
            <source>Opleidingscatalogus</source>
            <translation>Training catalogue</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Aanbieder:</source>
            <translation>&amp;Provider:</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>&amp;Vorm:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Vorm</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>&amp;Uren:</source>
            <translation>Ho&amp;urs:</translation>
        </message>
        <message>
            <source>Contacturen</source>
            <translation>Contact hours</translation>
        </message>
        <message>
            <source>&amp;Kosten:</source>
            <translation>&amp;Cost:</translation>
        </message>
        <message>
            <source>Kosten per deelnemer</source>
            <translation>Cost per participant</translation>
        </message>
        <message>
            <source>Op niet-actief zetten</source>
            <translation>Set to inactive</translation>
        </message>
        <message>
            <source>Ook n&amp;iet-actieve tonen</source>
            <translation>Also show &amp;inactive</translation>
        </message>
        <message>
            <source>Effecten: alle bronnen</source>
            <translation>Effects: all sources</translation>
        </message>
        <message>
            <source>Effecten uit een bron</source>
            <translation>Effects from a published source</translation>
        </message>
        <message>
            <source>Effecten als voorstel Competentieplanner</source>
            <translation>Effects proposed by Competentieplanner</translation>
        </message>
        <message>
            <source>Effecten uit eigen invoer</source>
            <translation>Effects entered in the app</translation>
        </message>
        <message>
            <source>Opleidingen filteren op bron van een effect</source>
            <translation>Filter offers by the source of an effect</translation>
        </message>
        <message>
            <source>Nieuwe o&amp;pleiding</source>
            <translation>Ne&amp;w training</translation>
        </message>
        <message>
            <source>Co&amp;de:</source>
            <translation>Co&amp;de:</translation>
        </message>
        <message>
            <source>Wijzigingen ve&amp;rwerpen</source>
            <translation>Discard chan&amp;ges</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Opleiding opslaan</source>
            <translation>Save training</translation>
        </message>
        <message>
            <source>Ontwikkelt</source>
            <translation>Develops</translation>
        </message>
        <message>
            <source>Per competentie: vanaf welk niveau iemand kan instromen (geen eis = 0) en naar welk niveau de opleiding brengt. Wijzig met F2 of een dubbelklik.</source>
            <translation>Per competency: from which level someone can join (no requirement = 0) and to which level the training brings them. Change with F2 or a double-click.</translation>
        </message>
        <message>
            <source>Effecten van de opleiding</source>
            <translation>Effects of the training</translation>
        </message>
        <message>
            <source>geen eis</source>
            <translation>no requirement</translation>
        </message>
        <message>
            <source>Vanaf niveau</source>
            <translation>From level</translation>
        </message>
        <message>
            <source>Brengt naar niveau</source>
            <translation>Raises to level</translation>
        </message>
        <message>
            <source>Effect &amp;toevoegen</source>
            <translation>&amp;Add effect</translation>
        </message>
        <message>
            <source>Effect v&amp;erwijderen</source>
            <translation>Re&amp;move effect</translation>
        </message>
        <message>
            <source>Geselecteerd effect verwijderen</source>
            <translation>Remove selected effect</translation>
        </message>
        <message>
            <source>&amp;Competentie:</source>
            <translation>Competenc&amp;y:</translation>
        </message>
        <message>
            <source>Competentie voor een nieuw effect</source>
            <translation>Competency for a new effect</translation>
        </message>
        <message>
            <source>vanaf</source>
            <translation>from</translation>
        </message>
        <message>
            <source>naar</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Niveau:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Kies links een opleiding om haar te bekijken en te bewerken.</source>
            <translation>Choose a training on the left to view and edit it.</translation>
        </message>
        <message>
            <source> (niet actief)</source>
            <translation> (inactive)</translation>
        </message>
        <message>
            <source>Weer actief maken</source>
            <translation>Make active again</translation>
        </message>
        <message>
            <source>Nieuwe opleiding</source>
            <translation>New training</translation>
        </message>
        <message>
            <source>Een nieuwe opleiding</source>
            <translation>A new training</translation>
        </message>
        <message>
            <source>Opleiding %1</source>
            <translation>Training %1</translation>
        </message>
        <message>
            <source>Opleidingen laden</source>
            <translation>Loading training courses</translation>
        </message>
        <message>
            <source>Opleiding %1 op niet-actief zetten</source>
            <translation>Set training %1 to inactive</translation>
        </message>
        <message>
            <source>Opleiding %1 weer actief maken</source>
            <translation>Make training %1 active again</translation>
        </message>
        <message>
            <source>Opleiding %1 toevoegen</source>
            <translation>Add training %1</translation>
        </message>
        <message>
            <source>Opleiding %1 wijzigen</source>
            <translation>Change training %1</translation>
        </message>
        <message>
            <source>Effect %1 van %2 wijzigen</source>
            <translation>Change effect %1 of %2</translation>
        </message>
        <message>
            <source>Effect %1 toevoegen aan %2</source>
            <translation>Add effect %1 to %2</translation>
        </message>
        <message>
            <source>Effect %1 verwijderen uit %2</source>
            <translation>Remove effect %1 from %2</translation>
        </message>
    </context>
    <context>
        <name>CloseStep</name>
        <message>
            <source>Afronden</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Kies eerst bij Voorbereiden een medewerker.</source>
            <translation>First choose an employee under Prepare.</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Afspraken vastleggen</source>
            <translation>Record agreements</translation>
        </message>
        <message>
            <source>&amp;Afspraken en toelichting (komt op het ontwikkelplan)</source>
            <translation>&amp;Agreements and notes (printed on the development plan)</translation>
        </message>
        <message>
            <source>Afspraken en toelichting</source>
            <translation>Agreements and notes</translation>
        </message>
        <message>
            <source>bijv. wat we evalueren in het voortgangsgesprek, en wanneer</source>
            <translation>e.g. what we evaluate in the progress interview, and when</translation>
        </message>
        <message>
            <source>&amp;Opslaan en afronden</source>
            <translation>&amp;Save and finish</translation>
        </message>
        <message>
            <source>Ontwikkelplan afdrukken (&amp;PDF)…</source>
            <translation>Print development plan (&amp;PDF)…</translation>
        </message>
        <message>
            <source>PDF o&amp;penen</source>
            <translation>O&amp;pen PDF</translation>
        </message>
        <message>
            <source>Getekend op</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Datum van ondertekening</source>
            <translation>Date of signing</translation>
        </message>
        <message>
            <source>&amp;Markeren als getekend</source>
            <translation>&amp;Mark as signed</translation>
        </message>
        <message>
            <source>Na het opslaan drukt u het ontwikkelplan af om samen te tekenen; markeer het daarna als getekend.</source>
            <translation>After saving, print the development plan to sign it together; then mark it as signed.</translation>
        </message>
        <message>
            <source>Eerdere gesprekken en planversies</source>
            <translation>Earlier conversations and plan versions</translation>
        </message>
        <message>
            <source>Details van de gekozen versie</source>
            <translation>Details of the chosen version</translation>
        </message>
        <message>
            <source>Nog niet compleet:</source>
            <translation>Not complete yet:</translation>
        </message>
        <message>
            <source>Alles is ingevuld. Opslaan legt het gesprek, de afgesproken niveaus en het nieuwe ontwikkelplan in één keer vast.</source>
            <translation>Everything is filled in. Saving records the conversation, the agreed levels and the new development plan in one go.</translation>
        </message>
        <message>
            <source>Opgeslagen als ontwikkelplan versie {version}. Druk het af voor ondertekening en markeer het daarna als getekend.</source>
            <translation>Saved as development plan version {version}. Print it for signing, then mark it as signed.</translation>
        </message>
        <message>
            <source>De medewerker heeft {count} vragen vooraf voorbereid.</source>
            <translation>The employee prepared {count} questions beforehand.</translation>
        </message>
        <message>
            <source>nog niet SMART</source>
            <translation>not SMART yet</translation>
        </message>
        <message>
            <source>Voorbereiding: {text}</source>
            <translation>Preparation: {text}</translation>
        </message>
        <message>
            <source>Het gesprek is opgeslagen; ontwikkelplan versie {version} is vastgesteld.</source>
            <translation>The conversation is saved; development plan version {version} is agreed.</translation>
        </message>
        <message>
            <source>{kind} op {date}</source>
            <translation>{kind} on {date}</translation>
        </message>
        <message>
            <source>, teamleider {name}</source>
            <translation>, team lead {name}</translation>
        </message>
        <message>
            <source>match {fit} % ({readiness})</source>
            <translation>match {fit} % ({readiness})</translation>
        </message>
        <message>
            <source>vóór dit gesprek {fit} %</source>
            <translation>before this conversation {fit} %</translation>
        </message>
        <message>
            <source> (teamleider {level})</source>
            <translation> (team lead {level})</translation>
        </message>
        <message>
            <source>{count} van {total} vragen beantwoord.</source>
            <translation>{count} of {total} questions answered.</translation>
        </message>
        <message>
            <source>{hours} uur</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>studiekostenbeding</source>
            <translation>repayment clause</translation>
        </message>
        <message>
            <source>{date} · {kind}</source>
            <translation>{date} · {kind}</translation>
        </message>
        <message>
            <source>Teamleider: {name}</source>
            <translation>Team lead: {name}</translation>
        </message>
        <message>
            <source>Richting: {name}</source>
            <translation>Direction: {name}</translation>
        </message>
        <message>
            <source>Afspraken: {text}</source>
            <translation>Agreements: {text}</translation>
        </message>
        <message>
            <source>, vervangen door versie {n}</source>
            <translation>, superseded by version {n}</translation>
        </message>
        <message>
            <source>{date} · Ontwikkelplan versie {n} ({state})</source>
            <translation>{date} · Development plan version {n} ({state})</translation>
        </message>
        <message>
            <source>(geen activiteiten)</source>
            <translation>(no activities)</translation>
        </message>
        <message>
            <source>Nog geen eerdere gesprekken of plannen.</source>
            <translation>No earlier conversations or plans yet.</translation>
        </message>
        <message>
            <source>Ontwikkelplan opslaan als PDF</source>
            <translation>Save development plan as PDF</translation>
        </message>
        <message>
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>Ontwikkelplan opgeslagen in {path}</source>
            <translation>Development plan saved in {path}</translation>
        </message>
        <message>
            <source>Ontwikkelplan afdrukken</source>
            <translation>Print development plan</translation>
        </message>
        <message>
            <source>Markeren als getekend</source>
            <translation>Mark as signed</translation>
        </message>
        <message>
            <source>Ontwikkelplan gemarkeerd als getekend op {date}.</source>
            <translation>Development plan marked as signed on {date}.</translation>
        </message>
    </context>
    <context>
        <name>CompetenceRecord</name>
        <message>
            <source>teamleider onbekend</source>
            <extracomment>The RecordLine of a row. The trend of a row: a tuple of (date, level), oldest first (painted by TrendDelegate).</extracomment>
            <translation>team lead unknown</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Verloop</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Onderbouwing</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Vastgesteld in gesprek</source>
            <translation>Agreed in conversation</translation>
        </message>
        <message>
            <source>nog niet beoordeeld</source>
            <translation>not assessed yet</translation>
        </message>
    </context>
    <context>
        <name>CompetenceRecordSection</name>
        <message>
            <source>Onderbouwing en verloop per competentie</source>
            <translation>Evidence and trend per competency</translation>
        </message>
        <message>
            <source>Onderbouwing van de gekozen competentie</source>
            <translation>Evidence of the chosen competency</translation>
        </message>
        <message>
            <source>Gesprek openen</source>
            <translation>Open conversation</translation>
        </message>
        <message>
            <source>Het gesprek openen waarin dit niveau is vastgesteld</source>
            <translation>Open the conversation in which this level was agreed</translation>
        </message>
        <message>
            <source>Verloop: de niveaus van de teamleider en de vastgestelde niveaus door de tijd; de grote stip is het huidige niveau.</source>
            <translation>Trend: the team lead's and the agreed levels over time; the large dot is the current level.</translation>
        </message>
        <message>
            <source>Nog niet beoordeeld door de teamleider.</source>
            <translation>Not yet assessed by the team lead.</translation>
        </message>
        <message>
            <source>Niveau {level} vastgesteld in het gesprek van {date} met {lead}.</source>
            <translation>Level {level} agreed in the conversation of {date} with {lead}.</translation>
        </message>
        <message>
            <source>een onbekende teamleider</source>
            <translation>an unknown team lead</translation>
        </message>
        <message>
            <source>Niveau {level} gegeven door de teamleider op {date}.</source>
            <translation>Level {level} given by the team lead on {date}.</translation>
        </message>
        <message>
            <source>Onderbouwing ({date}): {text}</source>
            <translation>Evidence ({date}): {text}</translation>
        </message>
        <message>
            <source>Geen onderbouwing vastgelegd.</source>
            <translation>No evidence recorded.</translation>
        </message>
    </context>
    <context>
        <name>CompetencyEditor</name>
        <message>
            <source>&amp;Kader:</source>
            <translation>Frame&amp;work:</translation>
        </message>
        <message>
            <source>Competentiekader</source>
            <translation>Competency framework</translation>
        </message>
        <message>
            <source>Naam en omschrijving van het kader bewerken</source>
            <translation>Edit the name and description of the framework</translation>
        </message>
        <message>
            <source>Competenties van het kader</source>
            <translation>Competencies of the framework</translation>
        </message>
        <message>
            <source>Geselecteerde competentie verwijderen</source>
            <translation>Remove selected competency</translation>
        </message>
        <message>
            <source>Kies links een competentie om haar te bekijken en te bewerken.</source>
            <translation>Choose a competency on the left to view and edit it.</translation>
        </message>
        <message>
            <source>bijv. BCP 2017; Movisie CMO 2013 of voorstel</source>
            <translation>e.g. BCP 2017; Movisie CMO 2013 or proposal</translation>
        </message>
        <message>
            <source>labels, gescheiden door komma's</source>
            <translation>labels, separated by commas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Kad&amp;er bewerken…</source>
            <translation>Edit framewor&amp;k…</translation>
        </message>
        <message>
            <source>Nieuwe co&amp;mpetentie</source>
            <translation>New co&amp;mpetency</translation>
        </message>
        <message>
            <source>Competentie verw&amp;ijderen</source>
            <translation>Remove competenc&amp;y</translation>
        </message>
        <message>
            <source>Co&amp;de:</source>
            <translation>Co&amp;de:</translation>
        </message>
        <message>
            <source>Cl&amp;uster:</source>
            <translation>Cl&amp;uster:</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>B&amp;ron:</source>
            <translation>Sou&amp;rce:</translation>
        </message>
        <message>
            <source>L&amp;abels:</source>
            <translation>L&amp;abels:</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Om&amp;schrijving:</source>
            <translation>Descr&amp;iption:</translation>
        </message>
        <message>
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Lessen bij de labels</source>
            <translation>Lessons behind the labels</translation>
        </message>
        <message>
            <source>Gedragsindicatoren per niveau</source>
            <translation>Behavioural indicators per level</translation>
        </message>
        <message>
            <source>Bron van de indicatoren</source>
            <translation>Source of the indicators</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Competentie opslaan</source>
            <translation>Save competency</translation>
        </message>
        <message>
            <source>Wijzigingen &amp;verwerpen</source>
            <translation>Discard chan&amp;ges</translation>
        </message>
        <message>
            <source>Wijzigingen verwerpen</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Gedragsindicator niveau %1</source>
            <translation>Behavioural indicator level %1</translation>
        </message>
        <message>
            <source>Bron van de indicatoren: %1</source>
            <translation>Source of the indicators: %1</translation>
        </message>
        <message>
            <source>Nieuwe competentie in %1</source>
            <translation>New competency in %1</translation>
        </message>
        <message>
            <source>voorstel</source>
            <translation>proposal</translation>
        </message>
        <message>
            <source>Competentie %1 toevoegen</source>
            <translation>Add competency %1</translation>
        </message>
        <message>
            <source>Competentie %1 wijzigen</source>
            <translation>Change competency %1</translation>
        </message>
        <message>
            <source>Een nieuwe competentie</source>
            <translation>A new competency</translation>
        </message>
        <message>
            <source>Competentie %1</source>
            <translation>Competency %1</translation>
        </message>
        <message>
            <source>Competentie %1 verwijderen</source>
            <translation>Remove competency %1</translation>
        </message>
        <message>
            <source>Kader %1 wijzigen</source>
            <translation>Change framework %1</translation>
        </message>
    </context>
    <context>
        <name>ConversationsDue</name>
        <message>
            <source>nog nooit</source>
            <extracomment>The states as ``domain.conversation_cycle.DueState`` holds them, here so lupdate offers them.</extracomment>
            <translation>never</translation>
        </message>
        <message>
            <source>te laat</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>binnenkort</source>
            <translation>due soon</translation>
        </message>
        <message>
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>Aan de beurt (te laat, binnenkort, nog nooit)</source>
            <extracomment>The choices of the state filter: label and the states it shows.</extracomment>
            <translation>Due (overdue, due soon, never)</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Binnenkort</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Nog nooit een gesprek</source>
            <translation>Never had a conversation</translation>
        </message>
        <message>
            <source>Iedereen (ook gepland)</source>
            <translation>Everyone (also planned)</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Laatste gesprek</source>
            <translation>Last conversation</translation>
        </message>
        <message>
            <source>Volgend gesprek</source>
            <translation>Next conversation</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>ConversationsDueDialog</name>
        <message>
            <source>Gesprekscyclus: wie is aan de beurt</source>
            <translation>Conversation cycle: who is due</translation>
        </message>
        <message>
            <source>Wordt geladen…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>&amp;Eenheid</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>&amp;Stand</source>
            <translation>&amp;State</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Wie is aan de beurt voor een gesprek</source>
            <translation>Who is due for a conversation</translation>
        </message>
        <message>
            <source>E&amp;xporteren…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Het overzicht als Excel-werkmap opslaan</source>
            <translation>Save the overview as an Excel workbook</translation>
        </message>
        <message>
            <source>Gesprekscyclus</source>
            <translation>Conversation cycle</translation>
        </message>
        <message>
            <source>Alle eenheden</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Peildatum {date}: {overdue} te laat, {due} binnenkort (binnen {days} dagen), {never} nog nooit een gesprek gehad. Dubbelklik op een naam om het gesprek voor te bereiden.</source>
            <translation>Reference date {date}: {overdue} overdue, {due} due soon (within {days} days), {never} never had a conversation. Double-click a name to prepare the conversation.</translation>
        </message>
        <message>
            <source>{shown} van {total} medewerkers getoond.</source>
            <translation>{shown} of {total} employees shown.</translation>
        </message>
        <message>
            <source>Gesprekscyclus {unit}.xlsx</source>
            <translation>Conversation cycle {unit}.xlsx</translation>
        </message>
        <message>
            <source>hele organisatie</source>
            <translation>whole organisation</translation>
        </message>
        <message>
            <source>Gesprekscyclus exporteren</source>
            <translation>Export the conversation cycle</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Opgeslagen: {name}</source>
            <translation>Saved: {name}</translation>
        </message>
    </context>
    <context>
        <name>DirectionStep</name>
        <message>
            <source>Richting</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Kies eerst bij Voorbereiden een medewerker.</source>
            <translation>First choose an employee under Prepare.</translation>
        </message>
        <message>
            <source>Naar welk profiel wil de medewerker groeien?</source>
            <translation>Which profile does the employee want to grow towards?</translation>
        </message>
        <message>
            <source>Kies links een profiel om de match en de kloven te zien.</source>
            <translation>Choose a profile on the left to see the match and the gaps.</translation>
        </message>
        <message>
            <source>Ontwikkelpunten (kloven) na dit gesprek</source>
            <translation>Development points (gaps) after this conversation</translation>
        </message>
        <message>
            <source>Kloven naar het gekozen profiel</source>
            <translation>Gaps towards the chosen profile</translation>
        </message>
        <message>
            <source>Kies samen één richting. De match rechts rekent met de niveaus die u bij Scoren hebt afgesproken.</source>
            <translation>Choose one direction together. The match on the right uses the levels you agreed under Score.</translation>
        </message>
        <message>
            <source>Voor deze functie is er één profiel; de match rechts rekent met de zojuist afgesproken niveaus.</source>
            <translation>There is one profile for this job; the match on the right uses the levels just agreed.</translation>
        </message>
        <message>
            <source>Nog geen richting gekozen</source>
            <translation>No direction chosen yet</translation>
        </message>
        <message>
            <source>Match met {name}</source>
            <translation>Match with {name}</translation>
        </message>
        <message>
            <source>Match na dit gesprek: {fit} procent</source>
            <translation>Match after this conversation: {fit} percent</translation>
        </message>
        <message>
            <source>voor dit gesprek: {fit} %</source>
            <translation>before this conversation: {fit} %</translation>
        </message>
        <message>
            <source>bekend voor {cov} % van de competenties</source>
            <translation>known for {cov} % of the competencies</translation>
        </message>
        <message>
            <source>Geen kloven: alle niveaus halen het doel.</source>
            <translation>No gaps: every level reaches the target.</translation>
        </message>
        <message>
            <source>Kritische competenties eerst, dan de grootste kloof. Deze punten neemt de planner mee bij Afspraken.</source>
            <translation>Critical competencies first, then the largest gap. The planner takes these points along under Agreements.</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>inzetbaar</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>ontwikkelbaar</source>
            <translation>developable</translation>
        </message>
        <message>
            <source>ver weg</source>
            <translation>far off</translation>
        </message>
        <message>
            <source>onvoldoende gegevens</source>
            <translation>insufficient data</translation>
        </message>
        <message>
            <source>zelfbeoordeling</source>
            <translation>self-assessment</translation>
        </message>
        <message>
            <source>teamleider</source>
            <translation>team lead</translation>
        </message>
        <message>
            <source>vastgesteld</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>bezig</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>vervallen</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>concept</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>getekend</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>Werkgever</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>IKB</source>
            <translation>IKB</translation>
        </message>
        <message>
            <source>A&amp;O fonds</source>
            <translation>A&amp;O fund</translation>
        </message>
        <message>
            <source>{year}-K{number}</source>
            <translation>{year}-Q{number}</translation>
        </message>
    </context>
    <context>
        <name>EditableSetting</name>
        <message>
            <source>Minimale match voor inzetbaar (%)</source>
            <translation>Minimum match for ready (%)</translation>
        </message>
        <message>
            <source>Iemand is inzetbaar in een profiel als alle niveaus bekend zijn, geen kritische competentie onder het doel zit en de match minstens dit percentage is.</source>
            <translation>Someone is ready for a profile when all levels are known, no critical competency is below target and the match is at least this percentage.</translation>
        </message>
        <message>
            <source>Minimale dekking voor een oordeel (%)</source>
            <translation>Minimum coverage for a verdict (%)</translation>
        </message>
        <message>
            <source>Is minder dan dit percentage van het (gewogen) profiel gescoord, dan is het oordeel onvoldoende gegevens.</source>
            <translation>When less than this percentage of the (weighted) profile has been scored, the verdict is insufficient data.</translation>
        </message>
        <message>
            <source>Grootste kloof voor ontwikkelbaar (niveaus)</source>
            <translation>Largest gap for developable (levels)</translation>
        </message>
        <message>
            <source>Iemand is ontwikkelbaar als de grootste kloof (doel min huidig niveau) op één competentie hooguit zoveel niveaus is; bij een grotere kloof is het profiel ver weg.</source>
            <translation>Someone is developable when the largest gap (target minus current level) on one competency is at most this many levels; with a larger gap the profile is far off.</translation>
        </message>
        <message>
            <source>Opleidingsuren per kwartaal</source>
            <translation>Training hours per quarter</translation>
        </message>
        <message>
            <source>Bij het verdelen van een opleidingspad over kwartalen starten per medewerker ten hoogste zoveel opleidingsuren in één kwartaal (40 uur is ongeveer een werkweek).</source>
            <translation>When a training path is spread over quarters, at most this many training hours start per employee in one quarter (40 hours is about one working week).</translation>
        </message>
        <message>
            <source>Kleinste groep in rapporten (medewerkers)</source>
            <translation>Smallest group in reports (employees)</translation>
        </message>
        <message>
            <source>Rapporten over een team of afdeling tonen geen cijfers voor groepen kleiner dan dit aantal medewerkers, zodat niemand herleidbaar is.</source>
            <translation>Reports on a team or department show no figures for groups smaller than this number of employees, so that nobody can be identified.</translation>
        </message>
        <message>
            <source>Naam van de organisatie</source>
            <translation>Name of the organisation</translation>
        </message>
        <message>
            <source>Staat in de kop van elk rapport. Leeg: de naam van de bovenste eenheid.</source>
            <translation>Shown in the header of every report. Empty: the name of the top unit.</translation>
        </message>
        <message>
            <source>Uren van een volledige werkweek</source>
            <translation>Hours of a full working week</translation>
        </message>
        <message>
            <source>Bij het importeren van medewerkers worden uren per week hiermee omgerekend naar fte (Cao Gemeenten: 36 uur).</source>
            <translation>When employees are imported, hours per week are converted to FTE with this number (Cao Gemeenten: 36 hours).</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDetail</name>
        <message>
            <source>Profiel</source>
            <extracomment>The ProfileFit of a line in the fit table.</extracomment>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Geschiktheid</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Dekking</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Gereedheid</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source> (gekozen)</source>
            <translation> (chosen)</translation>
        </message>
        <message>
            <source>Zelfbeoordelingen tellen niet mee voor het huidige niveau.</source>
            <translation>Self-assessments do not count towards the current level.</translation>
        </message>
        <message>
            <source>Kwartaal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Financiering</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>EmployeeDetailPanel</name>
        <message>
            <source>Kies links een medewerker om de details te zien.</source>
            <extracomment>How many gaps are listed before "en nog N". From this width of the pane the bars and the radar stand side by side.</extracomment>
            <translation>Choose an employee on the left to see the details.</translation>
        </message>
        <message>
            <source>Gesprek voorbereiden</source>
            <translation>Prepare conversation</translation>
        </message>
        <message>
            <source>Ontwikkelgesprek met deze medewerker voorbereiden</source>
            <translation>Prepare a development interview with this employee</translation>
        </message>
        <message>
            <source>Inzage en bewaarplicht (AVG)</source>
            <translation>Access and legal hold (GDPR)</translation>
        </message>
        <message>
            <source>Alles wat over deze medewerker is opgeslagen, voor een inzageverzoek: PDF, Excel of JSON.</source>
            <translation>Everything stored about this employee, for a subject access request: PDF, Excel or JSON.</translation>
        </message>
        <message>
            <source>Inzage-export…</source>
            <translation>Access export…</translation>
        </message>
        <message>
            <source>Inzage-export: alles wat over deze medewerker is opgeslagen</source>
            <translation>Access export: everything stored about this employee</translation>
        </message>
        <message>
            <source>Geschiktheid per profiel</source>
            <translation>Fit per profile</translation>
        </message>
        <message>
            <source>Ontwikkelpunten</source>
            <translation>Development points</translation>
        </message>
        <message>
            <source>Beoordelingen door de tijd</source>
            <translation>Assessments over time</translation>
        </message>
        <message>
            <source>Het huidige niveau is de meest recente beoordeling door de teamleider of het vastgestelde niveau; zelfbeoordelingen tellen niet mee.</source>
            <translation>The current level is the most recent assessment by the team lead or the agreed level; self-assessments do not count.</translation>
        </message>
        <message>
            <source>Bevoegdheden</source>
            <translation>Authorities</translation>
        </message>
        <message>
            <source>Registraties en certificaten</source>
            <translation>Registrations and certificates</translation>
        </message>
        <message>
            <source>Ontwikkelplan</source>
            <translation>Development plan</translation>
        </message>
        <message>
            <source>Plan openen</source>
            <translation>Open plan</translation>
        </message>
        <message>
            <source>Ontwikkelplan openen in Plannen</source>
            <translation>Open the development plan in Plans</translation>
        </message>
        <message>
            <source>Activiteiten in het ontwikkelplan</source>
            <translation>Activities in the development plan</translation>
        </message>
        <message>
            <source>Bewaarplicht (juridische procedure)</source>
            <translation>Legal hold (legal proceedings)</translation>
        </message>
        <message>
            <source>Reden, bijvoorbeeld een bezwaarprocedure</source>
            <translation>Reason, for example an objection procedure</translation>
        </message>
        <message>
            <source>Reden van de bewaarplicht</source>
            <translation>Reason for the legal hold</translation>
        </message>
        <message>
            <source>Bewaarplicht vastleggen</source>
            <translation>Save legal hold</translation>
        </message>
        <message>
            <source>Zolang de bewaarplicht geldt, worden de gegevens van deze medewerker niet gewist en ook na de bewaartermijn niet verwijderd.</source>
            <translation>While the legal hold applies, this employee's data is not erased and not removed after the retention period either.</translation>
        </message>
        <message>
            <source>personeelsnr {n}</source>
            <translation>personnel no. {n}</translation>
        </message>
        <message>
            <source>in dienst sinds {date}</source>
            <translation>employed since {date}</translation>
        </message>
        <message>
            <source>Nog geen toekomstprofiel gekozen; de profielen staan op geschiktheid.</source>
            <translation>No future profile chosen yet; the profiles are sorted by fit.</translation>
        </message>
        <message>
            <source>Nog geen beoordeling door de teamleider en geen gekozen profiel: er is nog niets om de geschiktheid aan af te meten.</source>
            <translation>No assessment by the team lead and no chosen profile yet: there is nothing to measure the fit against.</translation>
        </message>
        <message>
            <source>Nog geen beoordelingen vastgelegd.</source>
            <translation>No assessments recorded yet.</translation>
        </message>
        <message>
            <source>Huidig: {level}</source>
            <translation>Current: {level}</translation>
        </message>
        <message>
            <source>Doel: {level}</source>
            <translation>Target: {level}</translation>
        </message>
        <message>
            <source>Kritisch voor dit profiel</source>
            <translation>Critical for this profile</translation>
        </message>
        <message>
            <source>Nu: {text}</source>
            <translation>Now: {text}</translation>
        </message>
        <message>
            <source>Geen ontwikkelpunten: alle doelniveaus van dit profiel zijn gehaald.</source>
            <translation>No development points: every target level of this profile is reached.</translation>
        </message>
        <message>
            <source>niveau onbekend</source>
            <translation>level unknown</translation>
        </message>
        <message>
            <source>niveau {level}</source>
            <translation>level {level}</translation>
        </message>
        <message>
            <source>doel {target}</source>
            <translation>target {target}</translation>
        </message>
        <message>
            <source>kritisch</source>
            <translation>critical</translation>
        </message>
        <message>
            <source>Volgende stap ({label}): {text}</source>
            <translation>Next step ({label}): {text}</translation>
        </message>
        <message>
            <source>en nog {count} kleinere ontwikkelpunten</source>
            <translation>and {count} smaller development points</translation>
        </message>
        <message>
            <source>Voor dit competentiekader zijn geen bevoegdheden vastgelegd.</source>
            <translation>No authorities are recorded for this competency framework.</translation>
        </message>
        <message>
            <source>heeft</source>
            <translation>holds</translation>
        </message>
        <message>
            <source>nog niet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>{held} van {total} bevoegdheden</source>
            <translation>{held} of {total} authorities</translation>
        </message>
        <message>
            <source>Geen registraties of certificaten vastgelegd.</source>
            <translation>No registrations or certificates recorded.</translation>
        </message>
        <message>
            <source>geen einddatum</source>
            <translation>no end date</translation>
        </message>
        <message>
            <source>geldig tot %1</source>
            <translation>valid until %1</translation>
        </message>
        <message>
            <source>verlopen op %1</source>
            <translation>expired on %1</translation>
        </message>
        <message>
            <source>Nog geen ontwikkelplan. Stel er een op in Plannen.</source>
            <translation>No development plan yet. Draw one up under Plans.</translation>
        </message>
        <message>
            <source>Plan opstellen</source>
            <translation>Draw up plan</translation>
        </message>
        <message>
            <source>Opgesteld {date} · {status}</source>
            <translation>Drawn up {date} · {status}</translation>
        </message>
        <message>
            <source>richting {profile}</source>
            <translation>towards {profile}</translation>
        </message>
        <message>
            <source>{count} activiteiten, {hours}, {cost}</source>
            <translation>{count} activities, {hours}, {cost}</translation>
        </message>
    </context>
    <context>
        <name>EmployeePrivacyActions</name>
        <message>
            <source>PDF-document (*.pdf)</source>
            <extracomment>The suffix each file type of the save dialog stands for, in the order offered.</extracomment>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>JSON-bestand, volledig (*.json)</source>
            <translation>JSON file, complete (*.json)</translation>
        </message>
        <message>
            <source>Inzage-export opslaan</source>
            <translation>Save access export</translation>
        </message>
        <message>
            <source>Inzage voor medewerker {number} geschreven naar {path}.</source>
            <translation>Access export for employee {number} written to {path}.</translation>
        </message>
        <message>
            <source>Inzage-export</source>
            <translation>Access export</translation>
        </message>
        <message>
            <source>Bewaarplicht laden</source>
            <translation>Loading legal hold</translation>
        </message>
        <message>
            <source>Bewaarplicht vastleggen</source>
            <translation>Save legal hold</translation>
        </message>
        <message>
            <source>Geef de reden van de bewaarplicht op (bijvoorbeeld een lopende bezwaar- of gerechtelijke procedure), zodat later duidelijk is wanneer die vervalt.</source>
            <translation>Enter the reason for the legal hold (for example an ongoing objection or court procedure), so it is clear later when it ends.</translation>
        </message>
        <message>
            <source>Bewaarplicht voor medewerker {number} ingesteld.</source>
            <translation>Legal hold set for employee {number}.</translation>
        </message>
        <message>
            <source>Bewaarplicht voor medewerker {number} opgeheven.</source>
            <translation>Legal hold lifted for employee {number}.</translation>
        </message>
    </context>
    <context>
        <name>EmployeeTable</name>
        <message>
            <source>Personeelsnr</source>
            <extracomment>The whole EmployeeRow of a line. The personnel number of a line.</extracomment>
            <translation>Personnel no.</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Functie</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Geschiktheid</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Gereedheid</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <source>Gekozen toekomstprofiel</source>
            <extracomment>Starting widths in average character widths (fixed sizing: never measure 20,000 rows).</extracomment>
            <translation>Chosen future profile</translation>
        </message>
        <message>
            <source>Geen profiel gekozen: het best passende profiel</source>
            <translation>No profile chosen: the best-fitting profile</translation>
        </message>
    </context>
    <context>
        <name>EmployeesPage</name>
        <message>
            <source>Zoeken op naam, personeelsnummer, functie of eenheid…</source>
            <translation>Search by name, personnel number, job title or unit…</translation>
        </message>
        <message>
            <source>Medewerkers</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>&amp;Eenheid:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>Alle eenheden</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>F&amp;unctie:</source>
            <translation>&amp;Job title:</translation>
        </message>
        <message>
            <source>Alle functies</source>
            <translation>All job titles</translation>
        </message>
        <message>
            <source>&amp;Profiel:</source>
            <translation>&amp;Profile:</translation>
        </message>
        <message>
            <source>Alle profielen</source>
            <translation>All profiles</translation>
        </message>
        <message>
            <source>&amp;Gereedheid:</source>
            <translation>&amp;Readiness:</translation>
        </message>
        <message>
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Details van de medewerker</source>
            <translation>Details of the employee</translation>
        </message>
        <message>
            <source>Medewerkers worden geladen…</source>
            <translation>Loading employees…</translation>
        </message>
        <message>
            <source>Er staan nog geen medewerkers in deze database. Importeer een personeelslijst via Bestand ▸ Importeren ▸ Medewerkers, of sleep een Excel- of CSV-bestand op dit venster.</source>
            <translation>There are no employees in this database yet. Import a staff list via File ▸ Import ▸ Employees, or drop an Excel or CSV file onto this window.</translation>
        </message>
        <message>
            <source>{shown} van {total} medewerkers</source>
            <translation>{shown} of {total} employees</translation>
        </message>
        <message>
            <source>Medewerkers laden</source>
            <translation>Loading employees</translation>
        </message>
        <message>
            <source>Medewerker laden</source>
            <translation>Loading employee</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Zoeken</source>
            <extracomment>The value a drop-down filter has when it does not filter.</extracomment>
            <translation>Search</translation>
        </message>
        <message>
            <source>Filters wissen</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Alle filters wissen</source>
            <translation>Clear all filters</translation>
        </message>
    </context>
    <context>
        <name>FormationPage</name>
        <message>
            <source>Formatie en strategische personeelsplanning</source>
            <translation>Formation and strategic workforce planning</translation>
        </message>
        <message>
            <source>Gewenste formatie (FTE) per scenario</source>
            <translation>Wanted formation (FTE) per scenario</translation>
        </message>
        <message>
            <source>Wijzig een aantal met F2 of een dubbelklik; 0 haalt de regel weg.</source>
            <translation>Change a number with F2 or a double click; 0 removes the line.</translation>
        </message>
        <message>
            <source>Scenario (een nieuwe naam maakt een nieuw scenario)</source>
            <translation>Scenario (a new name makes a new scenario)</translation>
        </message>
        <message>
            <source>Regel zetten</source>
            <translation>Set line</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Doeljaar</source>
            <translation>Target year</translation>
        </message>
        <message>
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Opleidingsbudget per jaar</source>
            <translation>Training budget per year</translation>
        </message>
        <message>
            <source>Gekozen richting meewegen (boete per toewijzing ertegen)</source>
            <translation>Respect the chosen direction (penalty per assignment against it)</translation>
        </message>
        <message>
            <source>Wervingskosten opslaan</source>
            <translation>Save recruitment cost</translation>
        </message>
        <message>
            <source>Wervingskosten per FTE</source>
            <translation>Recruitment cost per FTE</translation>
        </message>
        <message>
            <source>Doorrekenen voor</source>
            <translation>Calculate for</translation>
        </message>
        <message>
            <source>Wie groeit waarheen</source>
            <translation>Who grows where</translation>
        </message>
        <message>
            <source>Voorstellen maken voor selectie</source>
            <translation>Make proposals for the selection</translation>
        </message>
        <message>
            <source>Maakt conceptontwikkelplannen met deze paden; HR werkt ze uit bij Plannen.</source>
            <translation>Makes draft development plans with these paths; HR works them out under Plans.</translation>
        </message>
        <message>
            <source>Personeelsplan exporteren…</source>
            <translation>Export workforce plan…</translation>
        </message>
        <message>
            <source>Het strategisch personeelsplan van dit scenario voor het MT, als Excel of PDF: groepscijfers, geen namen.</source>
            <translation>The strategic workforce plan of this scenario for the management team, as Excel or PDF: group figures, no names.</translation>
        </message>
        <message>
            <source>Personeelsnummer</source>
            <translation>Personnel number</translation>
        </message>
        <message>
            <source>Waarom (niet) gekozen?</source>
            <translation>Why (not) chosen?</translation>
        </message>
        <message>
            <source>hele organisatie</source>
            <translation>whole organisation</translation>
        </message>
        <message>
            <source>Bezig met doorrekenen…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <source>Kies een scenario met een formatie om door te rekenen.</source>
            <translation>Choose a scenario with a formation to calculate.</translation>
        </message>
        <message>
            <source>optimaal</source>
            <translation>optimal</translation>
        </message>
        <message>
            <source>beste plan binnen de rekentijd, niet bewezen optimaal</source>
            <translation>best plan within the computing time, not proven optimal</translation>
        </message>
        <message>
            <source>{scenario} ({year}): {status}. Totale kosten {total}: opleiding {training}, werving {recruit}, richtingboete {penalty}. Afstand tot de bewezen ondergrens {gap}.</source>
            <translation>{scenario} ({year}): {status}. Total cost {total}: training {training}, recruitment {recruit}, direction penalty {penalty}. Distance to the proven bound {gap}.</translation>
        </message>
        <message>
            <source>Gevolg, geen besluit: uit hun huidige functie gaan {items}.</source>
            <translation>Consequence, not a decision: leaving their current job {items}.</translation>
        </message>
        <message>
            <source>Pad van {name}: {path}</source>
            <translation>Path of {name}: {path}</translation>
        </message>
        <message>
            <source>{count} conceptontwikkelplan(nen) gemaakt; werk ze uit bij Plannen.</source>
            <translation>{count} draft development plan(s) made; work them out under Plans.</translation>
        </message>
        <message>
            <source>Strategisch personeelsplan {scenario}.xlsx</source>
            <translation>Strategic workforce plan {scenario}.xlsx</translation>
        </message>
        <message>
            <source>Personeelsplan exporteren</source>
            <translation>Export workforce plan</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx);;PDF-document (*.pdf)</source>
            <translation>Excel workbook (*.xlsx);;PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Opgeslagen: {name}</source>
            <translation>Saved: {name}</translation>
        </message>
        <message>
            <source>Geen profiel uit de formatie binnen bereik.</source>
            <translation>No profile of the formation within reach.</translation>
        </message>
    </context>
    <context>
        <name>FrameworkDialog</name>
        <message>
            <source>Kader bewerken</source>
            <translation>Edit framework</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam van het kader</source>
            <translation>Name of the framework</translation>
        </message>
        <message>
            <source>Om&amp;schrijving:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Omschrijving van het kader</source>
            <translation>Description of the framework</translation>
        </message>
    </context>
    <context>
        <name>GapsModel</name>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Doel</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Kloof</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Kritisch</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>Heatmap</name>
        <message>
            <source>{count} medewerkers</source>
            <extracomment>Competency code of a cell or column. Level of a member cell (int or None); the coverage count in the coverage row. True on the coverage row. Number of members reaching the target of a column (0, 1, ...), on every cell. The unit name of a team-list row.</extracomment>
            <translation>{count} employees</translation>
        </message>
        <message>
            <source>Afdeling: alle teams eronder samen</source>
            <translation>Department: all teams below it together</translation>
        </message>
        <message>
            <source>Continuïteitsrisico's: {none} niet gedekt, {one} door één persoon</source>
            <translation>Continuity risks: {none} not covered, {one} by one person</translation>
        </message>
        <message>
            <source>{count} continuïteitsrisico's</source>
            <translation>{count} continuity risks</translation>
        </message>
        <message>
            <source>doel {target}</source>
            <translation>target {target}</translation>
        </message>
        <message>
            <source>Doelniveau {target}</source>
            <translation>Target level {target}</translation>
        </message>
        <message>
            <source>Kritisch voor het profiel</source>
            <translation>Critical for the profile</translation>
        </message>
        <message>
            <source>Continuïteitsrisico: niemand in het team haalt het doel</source>
            <translation>Continuity risk: nobody in the team reaches the target</translation>
        </message>
        <message>
            <source>Continuïteitsrisico: maar één persoon haalt het doel</source>
            <translation>Continuity risk: only one person reaches the target</translation>
        </message>
        <message>
            <source>Dekking (aantal op doel)</source>
            <translation>Coverage (number at target)</translation>
        </message>
        <message>
            <source>Registraties</source>
            <translation>Registrations</translation>
        </message>
        <message>
            <source>Registraties en certificaten (SKJ, meldcode): {valid} geldig, {expired} verlopen</source>
            <translation>Registrations and certificates (SKJ, reporting code): {valid} valid, {expired} expired</translation>
        </message>
        <message>
            <source>{count} verlopen</source>
            <translation>{count} expired</translation>
        </message>
        <message>
            <source>Niemand in het team heeft een verlopen registratie.</source>
            <translation>Nobody in the team has an expired registration.</translation>
        </message>
        <message>
            <source>Verlopen registratie of certificaat: {names}</source>
            <translation>Expired registration or certificate: {names}</translation>
        </message>
        <message>
            <source>Geen registraties of certificaten vastgelegd.</source>
            <translation>No registrations or certificates recorded.</translation>
        </message>
        <message>
            <source>zonder einddatum</source>
            <translation>no end date</translation>
        </message>
        <message>
            <source>geldig tot {date}</source>
            <translation>valid until {date}</translation>
        </message>
        <message>
            <source>verlopen op {date}</source>
            <translation>expired on {date}</translation>
        </message>
        <message>
            <source>{count} van {total} medewerkers halen doelniveau {target}.</source>
            <translation>{count} of {total} employees reach target level {target}.</translation>
        </message>
        <message>
            <source>Continuïteitsrisico: niemand in het team haalt het doel.</source>
            <translation>Continuity risk: nobody in the team reaches the target.</translation>
        </message>
        <message>
            <source>Continuïteitsrisico: alleen {name} haalt het doel.</source>
            <translation>Continuity risk: only {name} reaches the target.</translation>
        </message>
        <message>
            <source>Op doel: {names}</source>
            <translation>At target: {names}</translation>
        </message>
        <message>
            <source>Niveau: {level} · doel {target}</source>
            <translation>Level: {level} · target {target}</translation>
        </message>
        <message>
            <source>Nog niet beoordeeld door de teamleider.</source>
            <translation>Not yet assessed by the team lead.</translation>
        </message>
        <message>
            <source>Op dit niveau: {text}</source>
            <translation>At this level: {text}</translation>
        </message>
        <message>
            <source>Volgende niveau ({level}): {text}</source>
            <translation>Next level ({level}): {text}</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Handleiding</source>
            <extracomment>The manual's files, in the order of the contents list; the titles are translated.</extracomment>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Het ontwikkelgesprek</source>
            <translation>The development interview</translation>
        </message>
        <message>
            <source>Hoe er gerekend wordt</source>
            <translation>How it is calculated</translation>
        </message>
        <message>
            <source>Handleiding – Competentieplanner</source>
            <translation>Manual – Competentieplanner</translation>
        </message>
        <message>
            <source>Inhoud van de handleiding</source>
            <translation>Contents of the manual</translation>
        </message>
        <message>
            <source>Tekst van de handleiding</source>
            <translation>Text of the manual</translation>
        </message>
        <message>
            <source>De handleiding {name} is niet gevonden in {folder}.</source>
            <translation>The manual {name} was not found in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Medewerkers</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Beoordelingen</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Opleidingscatalogus</source>
            <translation>Training catalogue</translation>
        </message>
        <message>
            <source>&amp;Soort:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Soort import</source>
            <translation>Kind of import</translation>
        </message>
        <message>
            <source>Kies een .xlsx- of .csv-bestand</source>
            <translation>Choose an .xlsx or .csv file</translation>
        </message>
        <message>
            <source>&amp;Bladeren…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Bestand kiezen</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <source>&amp;Bestand:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Gekozen bestand</source>
            <translation>Chosen file</translation>
        </message>
        <message>
            <source>Het bestand is de hele catalogus (opleidingen die er niet in staan vervallen)</source>
            <translation>The file is the whole catalogue (training offers not in it are dropped)</translation>
        </message>
        <message>
            <source>Hele catalogus vervangen</source>
            <translation>Replace the whole catalogue</translation>
        </message>
        <message>
            <source>Kies een bestand om te zien wat er wordt ingelezen.</source>
            <translation>Choose a file to see what will be imported.</translation>
        </message>
        <message>
            <source>Uitkomst van de controle</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <source>Herkende kolommen</source>
            <translation>Recognised columns</translation>
        </message>
        <message>
            <source>Controle</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Gevonden fouten</source>
            <translation>Errors found</translation>
        </message>
        <message>
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Bestand kiezen om te importeren</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <source>Excel- en CSV-bestanden (*.xlsx *.xlsm *.csv)</source>
            <translation>Excel and CSV files (*.xlsx *.xlsm *.csv)</translation>
        </message>
        <message>
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Het bestand wordt gecontroleerd…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Het bestand wordt gelezen en gecontroleerd…</source>
            <translation>Reading and checking the file…</translation>
        </message>
        <message>
            <source>Bestand controleren</source>
            <translation>Check file</translation>
        </message>
        <message>
            <source>Genegeerde kolommen (worden niet ingelezen): %1</source>
            <translation>Ignored columns (not imported): %1</translation>
        </message>
        <message>
            <source>blad '%1'</source>
            <translation>sheet '%1'</translation>
        </message>
        <message>
            <source>kopregel op rij %1</source>
            <translation>header row at row %1</translation>
        </message>
        <message>
            <source>%1 rijen</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <source>%1 fout(en) gevonden. Er wordt niets ingelezen; verbeter het bestand en kies het opnieuw.</source>
            <translation>%1 error(s) found. Nothing is imported; correct the file and choose it again.</translation>
        </message>
        <message>
            <source>geen fouten gevonden. Controleer de uitkomst en kies Importeren.</source>
            <translation>no errors found. Check the result and choose Import.</translation>
        </message>
        <message>
            <source>Bezig met importeren…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Geïmporteerd.</source>
            <translation>Imported.</translation>
        </message>
        <message>
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Kolom</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Kop in het bestand</source>
            <translation>Header in the file</translation>
        </message>
        <message>
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Waarde</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <source>Gesprekken</source>
            <extracomment>How much larger than the system font the conversation screen reads (the employee watches).</extracomment>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>&amp;Concepten</source>
            <translation>Dr&amp;afts</translation>
        </message>
        <message>
            <source>Onafgeronde gesprekken</source>
            <translation>Unfinished conversations</translation>
        </message>
        <message>
            <source>Wie is aan de beur&amp;t…</source>
            <translation>Who is d&amp;ue…</translation>
        </message>
        <message>
            <source>Gesprekscyclus: wie is aan de beurt</source>
            <translation>Conversation cycle: who is due</translation>
        </message>
        <message>
            <source>&amp;Nieuw gesprek</source>
            <translation>&amp;New conversation</translation>
        </message>
        <message>
            <source>Nieuw gesprek beginnen</source>
            <translation>Start a new conversation</translation>
        </message>
        <message>
            <source>← &amp;Vorige</source>
            <translation>← &amp;Previous</translation>
        </message>
        <message>
            <source>Volgende &amp;→</source>
            <translation>Ne&amp;xt →</translation>
        </message>
        <message>
            <source>Onafgerond gesprek</source>
            <translation>Unfinished conversation</translation>
        </message>
        <message>
            <source>Er is een onafgerond gesprek met {name} van {date}. Verdergaan?</source>
            <translation>There is an unfinished conversation with {name} of {date}. Continue it?</translation>
        </message>
        <message>
            <source>{kind}, bewaard bij stap {step} ({title}).</source>
            <translation>{kind}, saved at step {step} ({title}).</translation>
        </message>
        <message>
            <source>Er zijn nog {count} andere onafgeronde gesprekken; u vindt ze onder Concepten.</source>
            <translation>There are {count} other unfinished conversations; you will find them under Drafts.</translation>
        </message>
        <message>
            <source>Verdergaan</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Concepten</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>{name} — {kind}, {date} (stap {step})</source>
            <translation>{name} — {kind}, {date} (step {step})</translation>
        </message>
        <message>
            <source>Geen onafgeronde gesprekken</source>
            <translation>No unfinished conversations</translation>
        </message>
        <message>
            <source>Dit gesprek verwerpen…</source>
            <translation>Discard this conversation…</translation>
        </message>
        <message>
            <source>Concept elders gewijzigd</source>
            <translation>Draft changed elsewhere</translation>
        </message>
        <message>
            <source>Opnieuw laden</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Gesprek verwerpen</source>
            <translation>Discard conversation</translation>
        </message>
        <message>
            <source>Het gesprek met {name} verwerpen? Wat u hebt ingevuld gaat verloren.</source>
            <translation>Discard the conversation with {name}? What you filled in will be lost.</translation>
        </message>
        <message>
            <source>Verwerpen</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kies een medewerker om te beginnen</source>
            <translation>Choose an employee to start</translation>
        </message>
        <message>
            <source> — afgerond</source>
            <translation> — completed</translation>
        </message>
        <message>
            <source>{kind} met {name}</source>
            <translation>{kind} with {name}</translation>
        </message>
    </context>
    <context>
        <name>InterviewRecordDialog</name>
        <message>
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Verslag van het gesprek</source>
            <translation>Record of the conversation</translation>
        </message>
        <message>
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Gesprek openen</source>
            <translation>Open conversation</translation>
        </message>
        <message>
            <source>Gesprek van {date} · {name}</source>
            <translation>Conversation of {date} · {name}</translation>
        </message>
    </context>
    <context>
        <name>LevelBars</name>
        <message>
            <source>Huidig niveau en doelniveau</source>
            <translation>Current level and target level</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>van doel {target}</source>
            <translation>of target {target}</translation>
        </message>
        <message>
            <source>balk = huidig niveau · streep = doelniveau · vet = kritisch</source>
            <translation>bar = current level · line = target level · bold = critical</translation>
        </message>
    </context>
    <context>
        <name>LevelCard</name>
        <message>
            <source>(geen gedragsindicator vastgelegd)</source>
            <translation>(no behavioural indicator recorded)</translation>
        </message>
    </context>
    <context>
        <name>LevelDelegate</name>
        <message>
            <source>(niet ingevuld)</source>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <source>Niveau zelfbeoordeling</source>
            <translation>Self-assessment level</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Navigatie</source>
            <extracomment>How long closing waits for running work to notice the cancel request. navigate(kind, payload) kinds and the screen that handles them. The screen on show changed, or the unsaved-edit history of that screen did. The open "save your changes?" question, if any (see :mod:`.unsaved`).</extracomment>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Database wordt geopend…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Even geduld: de database wordt nog geopend.</source>
            <translation>One moment: the database is still being opened.</translation>
        </message>
        <message>
            <source>De nieuwe taal wordt gebruikt nadat u Competentieplanner opnieuw start.</source>
            <translation>The new language is used after you restart Competentieplanner.</translation>
        </message>
        <message>
            <source>Overzicht</source>
            <extracomment>What builds a screen: its class, called with the context and the parent widget. The screen is only listed for roles that may take this action (issue 11): management sees the aggregated overview and the reference data, no screen about individuals.</extracomment>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Medewerkers</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Profielen &amp; competenties</source>
            <translation>Profiles &amp; competencies</translation>
        </message>
        <message>
            <source>Opleidingen</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Plannen</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Formatie</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Competentieplanner-database (*.db)</source>
            <translation>Competentieplanner database (*.db)</translation>
        </message>
        <message>
            <source>Database alleen-lezen geopend: {name}. U kunt gegevens bekijken; wijzigingen kunnen niet worden opgeslagen.</source>
            <translation>Database opened read-only: {name}. You can view data; changes cannot be saved.</translation>
        </message>
        <message>
            <source>Lijst wissen</source>
            <translation>Clear list</translation>
        </message>
        <message>
            <source>Nieuwe database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Database openen</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>Welke database wilt u openen?</source>
            <translation>Which database do you want to open?</translation>
        </message>
        <message>
            <source>&amp;Bestand…</source>
            <translation>&amp;File…</translation>
        </message>
        <message>
            <source>&amp;Server…</source>
            <translation>&amp;Server…</translation>
        </message>
        <message>
            <source>Er is geen database geopend. Kies Bestand ▸ Database openen, of maak een nieuwe database met Bestand ▸ Nieuwe database.</source>
            <translation>No database is open. Choose File ▸ Open database, or create a new database with File ▸ New database.</translation>
        </message>
        <message>
            <source>Geen database</source>
            <translation>No database</translation>
        </message>
        <message>
            <source>Lege database</source>
            <translation>Empty database</translation>
        </message>
        <message>
            <source>Wilt u de demogemeente Dijkwaarden laden om de mogelijkheden te verkennen?</source>
            <translation>Would you like to load the demo municipality Dijkwaarden to explore what the application can do?</translation>
        </message>
        <message>
            <source>De demogemeente is volledig fictief: 120 medewerkers met beoordelingen en ontwikkelplannen. Voor echt gebruik maakt u later een nieuwe, lege database aan (Bestand ▸ Nieuwe database).</source>
            <translation>The demo municipality is entirely fictional: 120 employees with assessments and development plans. For real use, create a new, empty database later (File ▸ New database).</translation>
        </message>
        <message>
            <source>Demogemeente laden</source>
            <translation>Load demo municipality</translation>
        </message>
        <message>
            <source>Leeg beginnen</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nieuwe database aanmaken</source>
            <translation>Creating a new database</translation>
        </message>
        <message>
            <source>Deze database is al geopend.</source>
            <translation>This database is already open.</translation>
        </message>
        <message>
            <source>Demogemeente aanmaken</source>
            <translation>Creating the demo municipality</translation>
        </message>
        <message>
            <source>Aanmelden bij de server</source>
            <translation>Sign in to the server</translation>
        </message>
        <message>
            <source>Database geopend: {name}</source>
            <translation>Database opened: {name}</translation>
        </message>
        <message>
            <source>{name} (alleen-lezen)</source>
            <translation>{name} (read-only)</translation>
        </message>
        <message>
            <source>{name} · {count} medewerkers</source>
            <translation>{name} · {count} employees</translation>
        </message>
        <message>
            <source>Demogemeente geladen: {count} medewerkers.</source>
            <translation>Demo municipality loaded: {count} employees.</translation>
        </message>
        <message>
            <source>Het bestand {name} bestaat al. Kies een nieuwe naam, of open het bestand met Bestand ▸ Database openen.</source>
            <translation>The file {name} already exists. Choose a new name, or open the file with File ▸ Open database.</translation>
        </message>
        <message>
            <source>&amp;Nieuwe database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <source>Een nieuwe, lege database aanmaken</source>
            <translation>Create a new, empty database</translation>
        </message>
        <message>
            <source>Database &amp;openen…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>Een bestaande database openen</source>
            <translation>Open an existing database</translation>
        </message>
        <message>
            <source>&amp;Medewerkers…</source>
            <translation>&amp;Employees…</translation>
        </message>
        <message>
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>&amp;Beoordelingen…</source>
            <translation>&amp;Assessments…</translation>
        </message>
        <message>
            <source>&amp;Opleidingscatalogus…</source>
            <translation>&amp;Training catalogue…</translation>
        </message>
        <message>
            <source>&amp;Excel-overzicht…</source>
            <translation>&amp;Excel overview…</translation>
        </message>
        <message>
            <source>Het HRM-overzicht als Excel-werkmap opslaan</source>
            <translation>Save the HRM overview as an Excel workbook</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>Een PDF-rapport maken</source>
            <translation>Create a PDF report</translation>
        </message>
        <message>
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Te &amp;verwijderen gegevens…</source>
            <translation>Data due for &amp;removal…</translation>
        </message>
        <message>
            <source>&amp;Handleiding</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>&amp;Over Competentieplanner…</source>
            <translation>&amp;About Competentieplanner…</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Recente databases</source>
            <translation>&amp;Recent databases</translation>
        </message>
        <message>
            <source>&amp;Importeren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;Exporteren</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>E&amp;xtra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Bezig</source>
            <translation>Busy</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Medewerkers importeren uit Excel of CSV</source>
            <translation>Import employees from Excel or CSV</translation>
        </message>
        <message>
            <source>Het gekozen rapport afdrukken</source>
            <translation>Print the chosen report</translation>
        </message>
        <message>
            <source>Wat over de bewaartermijn is, en de back-ups met hun leeftijd (AVG)</source>
            <translation>What is past its retention period, and the backups with their age (GDPR)</translation>
        </message>
        <message>
            <source>De handleiding openen bij het huidige scherm</source>
            <translation>Open the manual at the current screen</translation>
        </message>
    </context>
    <context>
        <name>OrganisationBudgetTab</name>
        <message>
            <source>Wijzig een bedrag met F2 of een dubbelklik; 0 = geen eigen budget.</source>
            <extracomment>(quarter, amount) when the unit has budgets per quarter (set with ``budget set --quarter``); the year amount is their sum and is not edited here.</extracomment>
            <translation>Change an amount with F2 or a double-click; 0 = no own budget.</translation>
        </message>
        <message>
            <source>Budget per afdeling en team</source>
            <translation>Budget per department and team</translation>
        </message>
        <message>
            <source>Per jaar of per kwartaal…</source>
            <translation>Per year or per quarter…</translation>
        </message>
        <message>
            <source>Het budget van de gekozen eenheid als één jaarbedrag of per kwartaal</source>
            <translation>The chosen unit's budget as one amount for the year or per quarter</translation>
        </message>
        <message>
            <source>Wat het budget oplevert</source>
            <translation>What the budget achieves</translation>
        </message>
        <message>
            <source>Resultaat per afdeling en team</source>
            <translation>Result per department and team</translation>
        </message>
        <message>
            <source>Wat open blijft</source>
            <translation>What remains open</translation>
        </message>
        <message>
            <source>Open kloven per competentie</source>
            <translation>Open gaps per competency</translation>
        </message>
        <message>
            <source>Vul het totaalbudget in en kies 'Doorrekenen': de planner verdeelt het zo dat over alle medewerkers de grootste gewogen kloof wordt gedicht.</source>
            <translation>Enter the total budget and choose 'Calculate': the planner distributes it so that the largest weighted gap is closed across all employees.</translation>
        </message>
        <message>
            <source>Budgetten per afdeling en team als grens</source>
            <translation>Budgets per department and team as a limit</translation>
        </message>
        <message>
            <source>Budgetten per afdeling en team als grens gebruiken</source>
            <translation>Use budgets per department and team as a limit</translation>
        </message>
        <message>
            <source>D&amp;oorrekenen</source>
            <translation>&amp;Calculate</translation>
        </message>
        <message>
            <source>&amp;Jaar:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&amp;Totaalbudget:</source>
            <translation>T&amp;otal budget:</translation>
        </message>
        <message>
            <source>Totaalbudget</source>
            <translation>Total budget</translation>
        </message>
        <message>
            <source>Bi&amp;nnen:</source>
            <translation>W&amp;ithin:</translation>
        </message>
        <message>
            <source>Binnen afdeling of team</source>
            <translation>Within department or team</translation>
        </message>
        <message>
            <source>Budget per afdeling en team in %1</source>
            <translation>Budget per department and team in %1</translation>
        </message>
        <message>
            <source>Hele organisatie</source>
            <translation>Whole organisation</translation>
        </message>
        <message>
            <source>niets</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>Besteed %1 van %2 aan %3 medewerkers. Daarmee wordt %4 % van de gewogen kloof gedicht; %5 blijft open.</source>
            <translation>Spent %1 of %2 on %3 employees. This closes %4 % of the weighted gap; %5 remains open.</translation>
        </message>
        <message>
            <source>(Hooguit %1 % onder het theoretisch beste resultaat.)</source>
            <translation>(At most %1 % below the theoretical best result.)</translation>
        </message>
        <message>
            <source>Budget per kwartaal: {parts}</source>
            <translation>Budget per quarter: {parts}</translation>
        </message>
        <message>
            <source>Afdeling of team</source>
            <translation>Department or team</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>K{quarter}</source>
            <translation>Q{quarter}</translation>
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <source>Soort volgend gesprek</source>
            <translation>Kind of next conversation</translation>
        </message>
        <message>
            <source>Datum volgend gesprek</source>
            <translation>Date of next conversation</translation>
        </message>
        <message>
            <source>&amp;op</source>
            <translation>&amp;on</translation>
        </message>
        <message>
            <source>&amp;Volgend gesprek</source>
            <translation>&amp;Next conversation</translation>
        </message>
        <message>
            <source>(kies)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>Eindoordeel</source>
            <translation>Overall judgement</translation>
        </message>
        <message>
            <source>Medewerker tekent</source>
            <translation>Employee signs</translation>
        </message>
        <message>
            <source>&amp;Eindoordeel</source>
            <translation>Overall &amp;judgement</translation>
        </message>
        <message>
            <source>medewerker &amp;tekent</source>
            <translation>employee &amp;signs</translation>
        </message>
        <message>
            <source>Afronden zonder score voor {count} competentie(s); dit wordt vastgelegd</source>
            <translation>Close without a score for {count} competencies; this is recorded</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Team</source>
            <extracomment>The unit name of a row (both tables).</extracomment>
            <translation>Team</translation>
        </message>
        <message>
            <source>Niet gedekt</source>
            <translation>Not covered</translation>
        </message>
        <message>
            <source>Eén persoon</source>
            <translation>One person</translation>
        </message>
        <message>
            <source>K{quarter}: {planned} gepland van {budget}</source>
            <translation>Q{quarter}: {planned} planned of {budget}</translation>
        </message>
        <message>
            <source>meer dan het kwartaalbudget</source>
            <translation>more than the quarter's budget</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Beschikbaar</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Gebruikt</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Daarnaast {amount} uit IKB of A&amp;O fonds (niet uit dit budget).</source>
            <translation>In addition {amount} from the IKB or the A&amp;O fund (not from this budget).</translation>
        </message>
        <message>
            <source>De plannen kosten meer dan het budget.</source>
            <translation>The plans cost more than the budget.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Budget&amp;jaar:</source>
            <translation>Budget &amp;year:</translation>
        </message>
        <message>
            <source>Budgetjaar</source>
            <translation>Budget year</translation>
        </message>
        <message>
            <source>Het overzicht wordt berekend…</source>
            <translation>Calculating the overview…</translation>
        </message>
        <message>
            <source>Deze database bevat nog geen medewerkers. Importeer een personeelslijst via Bestand ▸ Importeren ▸ Medewerkers, of maak een nieuwe database en laad de demogemeente om de mogelijkheden te verkennen.</source>
            <translation>This database has no employees yet. Import a staff list via File ▸ Import ▸ Employees, or create a new database and load the demo municipality to explore what the application can do.</translation>
        </message>
        <message>
            <source>medewerkers</source>
            <translation>employees</translation>
        </message>
        <message>
            <source>inzetbaar voor hun gekozen profiel</source>
            <translation>ready for their chosen profile</translation>
        </message>
        <message>
            <source>teams met een continuïteitsrisico</source>
            <translation>teams with a continuity risk</translation>
        </message>
        <message>
            <source>van het opleidingsbudget gepland</source>
            <translation>of the training budget planned</translation>
        </message>
        <message>
            <source>Gereedheid per toekomstprofiel</source>
            <translation>Readiness per future profile</translation>
        </message>
        <message>
            <source>Iedereen die op het competentiekader van een profiel wordt beoordeeld, gemeten tegen dat profiel. Rechts: hoeveel mensen het als doel kozen.</source>
            <translation>Everyone assessed on a profile's competency framework, measured against that profile. Right: how many people chose it as their target.</translation>
        </message>
        <message>
            <source>Teams met continuïteitsrisico's</source>
            <translation>Teams with continuity risks</translation>
        </message>
        <message>
            <source>Opleidingsbudget</source>
            <translation>Training budget</translation>
        </message>
        <message>
            <source>Opleidingsbudget per eenheid</source>
            <translation>Training budget per unit</translation>
        </message>
        <message>
            <source>stand op {date}</source>
            <translation>as of {date}</translation>
        </message>
        <message>
            <source>{count} gekozen</source>
            <translation>{count} chosen</translation>
        </message>
        <message>
            <source>Competenties die in een team door niemand of door maar één persoon op doelniveau worden beheerst. Dubbelklik voor de heatmap.</source>
            <translation>Competencies that nobody, or only one person, in a team masters at target level. Double-click for the heatmap.</translation>
        </message>
        <message>
            <source>Geen risico's: in alle {count} teams met een teamprofiel beheersen minstens twee mensen elke competentie op doelniveau.</source>
            <translation>No risks: in all {count} teams with a team profile at least two people master every competency at target level.</translation>
        </message>
        <message>
            <source>Opleidingsbudget {year}</source>
            <translation>Training budget {year}</translation>
        </message>
        <message>
            <source>Gepland: kosten van de activiteiten in de huidige ontwikkelplannen die de werkgever betaalt (zonder vervallen activiteiten).</source>
            <translation>Planned: cost of the activities in the current development plans that the employer pays (without cancelled activities).</translation>
        </message>
        <message>
            <source>Voor {year} zijn geen budgetten of geplande kosten vastgelegd.</source>
            <translation>No budgets or planned costs are recorded for {year}.</translation>
        </message>
        <message>
            <source>{count} met een ontwikkelplan</source>
            <translation>{count} with a development plan</translation>
        </message>
        <message>
            <source>medewerkers, {count} met een ontwikkelplan</source>
            <translation>employees, {count} with a development plan</translation>
        </message>
        <message>
            <source>van {count} mensen met een gekozen profiel zijn er inzetbaar</source>
            <translation>of {count} people with a chosen profile are ready</translation>
        </message>
        <message>
            <source>van het opleidingsbudget {year} gepland ({planned} van {available})</source>
            <translation>of the {year} training budget planned ({planned} of {available})</translation>
        </message>
        <message>
            <source>Overzicht berekenen</source>
            <translation>Calculating overview</translation>
        </message>
    </context>
    <context>
        <name>PersonPlanTab</name>
        <message>
            <source>Activiteiten van het plan</source>
            <translation>Activities of the plan</translation>
        </message>
        <message>
            <source>Kies een medewerker. Met 'Voorstel maken' stelt de planner een opleidingspad samen naar het gekozen of best passende profiel.</source>
            <translation>Choose an employee. With 'Make proposal' the planner puts together a training path towards the chosen or best-fitting profile.</translation>
        </message>
        <message>
            <source>Typ een naam of personeelsnummer</source>
            <translation>Type a name or personnel number</translation>
        </message>
        <message>
            <source>geen grens</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source> uur</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>&amp;Voorstel maken</source>
            <translation>Ma&amp;ke proposal</translation>
        </message>
        <message>
            <source>&amp;Medewerker:</source>
            <translation>Emplo&amp;yee:</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Doelprofiel</source>
            <translation>Target profile</translation>
        </message>
        <message>
            <source>Budget voor deze persoon</source>
            <translation>Budget for this person</translation>
        </message>
        <message>
            <source>Uren per kwartaal</source>
            <translation>Hours per quarter</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>Starting q&amp;uarter:</translation>
        </message>
        <message>
            <source>Startkwartaal</source>
            <translation>Start quarter</translation>
        </message>
        <message>
            <source>◀ &amp;Eerder</source>
            <translation>◀ Earl&amp;ier</translation>
        </message>
        <message>
            <source>Een kwartaal eerder</source>
            <translation>One quarter earlier</translation>
        </message>
        <message>
            <source>Een kwartaal later</source>
            <translation>One quarter later</translation>
        </message>
        <message>
            <source>Pro&amp;fiel:</source>
            <translation>P&amp;rofile:</translation>
        </message>
        <message>
            <source>B&amp;udget:</source>
            <translation>&amp;Budget:</translation>
        </message>
        <message>
            <source>Uren per &amp;kwartaal:</source>
            <translation>Hours per &amp;quarter:</translation>
        </message>
        <message>
            <source>Late&amp;r ▶</source>
            <translation>&amp;Later ▶</translation>
        </message>
        <message>
            <source>Geselecteerde activiteit verwijderen</source>
            <translation>Remove selected activity</translation>
        </message>
        <message>
            <source>Verwi&amp;jderen</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Geselecteerde activiteit:</source>
            <translation>Selected activity:</translation>
        </message>
        <message>
            <source>Opleiding uit de catalogus</source>
            <translation>Training from the catalogue</translation>
        </message>
        <message>
            <source>Opleiding &amp;toevoegen</source>
            <translation>&amp;Add training</translation>
        </message>
        <message>
            <source>&amp;Catalogus:</source>
            <translation>&amp;Catalogue:</translation>
        </message>
        <message>
            <source>Eigen actie</source>
            <translation>Own action</translation>
        </message>
        <message>
            <source>Uren voor de eigen actie</source>
            <translation>Hours for the own action</translation>
        </message>
        <message>
            <source>Eigen &amp;actie toevoegen</source>
            <translation>Add own actio&amp;n</translation>
        </message>
        <message>
            <source>E&amp;igen actie:</source>
            <translation>O&amp;wn action:</translation>
        </message>
        <message>
            <source>Status van het pla&amp;n:</source>
            <translation>Status &amp;of the plan:</translation>
        </message>
        <message>
            <source>Wijzi&amp;gingen verwerpen</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <source>Status van het plan</source>
            <translation>Status of the plan</translation>
        </message>
        <message>
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Plan opslaan</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <source>Gekozen of best passend</source>
            <translation>Chosen or best fitting</translation>
        </message>
        <message>
            <source>Plan niet opgeslagen</source>
            <translation>Plan not saved</translation>
        </message>
        <message>
            <source>Wilt u ze eerst opslaan?</source>
            <translation>Do you want to save them first?</translation>
        </message>
        <message>
            <source>Plan wijzigen</source>
            <translation>Change plan</translation>
        </message>
        <message>
            <source>geen profiel</source>
            <translation>no profile</translation>
        </message>
        <message>
            <source>Voorstel maken</source>
            <translation>Make proposal</translation>
        </message>
        <message>
            <source>Status van het plan wijzigen</source>
            <translation>Change the plan's status</translation>
        </message>
        <message>
            <source>De catalogus biedt geen opleiding die de kloof verder verkleint.</source>
            <translation>The catalogue has no training that narrows the gap further.</translation>
        </message>
        <message>
            <source>Het plan van %1 heeft wijzigingen die nog niet zijn opgeslagen.</source>
            <translation>The plan of %1 has changes that have not been saved yet.</translation>
        </message>
        <message>
            <source>Nog geen activiteiten.</source>
            <translation>No activities yet.</translation>
        </message>
        <message>
            <source>Het plan van %1 wordt geladen…</source>
            <translation>Loading the plan of %1…</translation>
        </message>
        <message>
            <source>%1 heeft nog geen ontwikkelplan.</source>
            <translation>%1 has no development plan yet.</translation>
        </message>
        <message>
            <source>Beschrijf eerst de eigen actie.</source>
            <translation>First describe the own action.</translation>
        </message>
        <message>
            <source>Het plan van %1</source>
            <translation>The plan of %1</translation>
        </message>
        <message>
            <source>Aangepast, nog niet opgeslagen (doel: %1).</source>
            <translation>Changed, not saved yet (target: %1).</translation>
        </message>
        <message>
            <source>Blijft open na dit pad: %1</source>
            <translation>Remains open after this path: %1</translation>
        </message>
        <message>
            <source>Met dit pad haalt %1 alle doelniveaus.</source>
            <translation>With this path %1 reaches every target level.</translation>
        </message>
        <message>
            <source>Plan van %1 opgeslagen.</source>
            <translation>Plan of %1 saved.</translation>
        </message>
        <message>
            <source>Totaal: %1 activiteiten, %2 uur, %3.</source>
            <translation>Total: %1 activities, %2 hours, %3.</translation>
        </message>
        <message>
            <source>Meer dan %1 uur in: %2.</source>
            <translation>More than %1 hours in: %2.</translation>
        </message>
        <message>
            <source>Huidig plan van %1: versie van %2 (%3), gericht op %4.</source>
            <translation>Current plan of %1: version of %2 (%3), aimed at %4.</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message>
            <source>Plannen</source>
            <extracomment>The unsaved-edit history changed, or the tab on show did (see local_history).</extracomment>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>&amp;Persoonlijk plan</source>
            <translation>&amp;Personal plan</translation>
        </message>
        <message>
            <source>Bu&amp;dget organisatie</source>
            <translation>Or&amp;ganisation budget</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Employee</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>Planningsgesprek</source>
            <translation>Planning interview</translation>
        </message>
        <message>
            <source>Voortgangsgesprek</source>
            <translation>Progress interview</translation>
        </message>
        <message>
            <source>Beoordelingsgesprek</source>
            <translation>Appraisal interview</translation>
        </message>
        <message>
            <source>Ontwikkelgesprek</source>
            <translation>Development interview</translation>
        </message>
        <message>
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>bezig</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>afgerond</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>vervallen</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Voorbereiden</source>
            <extracomment>QSettings key of "Ik ben teamleider van" (a personnel number).</extracomment>
            <translation>Prepare</translation>
        </message>
        <message>
            <source>Wie en wanneer</source>
            <translation>Who and when</translation>
        </message>
        <message>
            <source>Ik ben teamleider van</source>
            <translation>I am team lead of</translation>
        </message>
        <message>
            <source>&amp;Ik ben teamleider van</source>
            <translation>&amp;I am team lead of</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Typ een naam of personeelsnummer</source>
            <translation>Type a name or personnel number</translation>
        </message>
        <message>
            <source>&amp;Medewerker</source>
            <translation>Emplo&amp;yee</translation>
        </message>
        <message>
            <source>Dit gesprek is begonnen. Kies ‘Nieuw gesprek’ om met iemand anders te praten.</source>
            <translation>This conversation has started. Choose ‘New conversation’ to talk with someone else.</translation>
        </message>
        <message>
            <source>Soort gesprek</source>
            <translation>Kind of conversation</translation>
        </message>
        <message>
            <source>&amp;Soort gesprek</source>
            <translation>&amp;Kind of conversation</translation>
        </message>
        <message>
            <source>Datum gesprek</source>
            <translation>Date of conversation</translation>
        </message>
        <message>
            <source>&amp;Datum gesprek</source>
            <translation>&amp;Date of conversation</translation>
        </message>
        <message>
            <source>Match met de profielen nu</source>
            <translation>Match with the profiles now</translation>
        </message>
        <message>
            <source>Afspraken uit het huidige plan</source>
            <translation>Agreements from the current plan</translation>
        </message>
        <message>
            <source>Kies links de medewerker met wie u het gesprek voert. Hier verschijnen dan de laatst afgesproken niveaus, de zelfbeoordeling, de match met de profielen en de open afspraken.</source>
            <translation>Choose on the left the employee you are having the conversation with. The last agreed levels, the self-assessment, the match with the profiles and the open agreements then appear here.</translation>
        </message>
        <message>
            <source>Niveaus en zelfbeoordeling</source>
            <translation>Levels and self-assessment</translation>
        </message>
        <message>
            <source>Voorbereidingsformulier opslaan</source>
            <translation>Save preparation form</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Voorbereiding {name}.xlsx</source>
            <translation>Preparation {name}.xlsx</translation>
        </message>
        <message>
            <source>Voorbereidingsformulier opgeslagen in {path}.</source>
            <translation>Preparation form saved in {path}.</translation>
        </message>
        <message>
            <source>Voorbereidingsformulier maken</source>
            <translation>Making the preparation form</translation>
        </message>
        <message>
            <source>Voorbereiding inlezen</source>
            <translation>Read preparation</translation>
        </message>
        <message>
            <source>Voorbereidings- of beoordelingsformulier (*.xlsx *.csv)</source>
            <translation>Preparation or assessment form (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>zelfbeoordeling (rij {row})</source>
            <translation>self-assessment (row {row})</translation>
        </message>
        <message>
            <source>{count} voorbereide vragen</source>
            <translation>{count} prepared questions</translation>
        </message>
        <message>
            <source>Ingelezen uit {file}: {what}.</source>
            <translation>Read from {file}: {what}.</translation>
        </message>
        <message>
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <source>Niveaus en zelfbeoordeling per competentie</source>
            <translation>Levels and self-assessment per competency</translation>
        </message>
        <message>
            <source>Medewerkers laden</source>
            <translation>Loading employees</translation>
        </message>
        <message>
            <source>(geen keuze: iedereen op naam)</source>
            <translation>(no choice: everyone by name)</translation>
        </message>
        <message>
            <source>Mijn team</source>
            <translation>My team</translation>
        </message>
        <message>
            <source>Formulier voor medewerker &amp;aanmaken…</source>
            <translation>Form for the e&amp;mployee…</translation>
        </message>
        <message>
            <source>Een werkmap die de medewerker vooraf invult: de zelfbeoordeling en de vragen van dit soort gesprek. Lees hem daarna in met ‘Voorbereiding inlezen’.</source>
            <translation>A workbook the employee fills in beforehand: the self-assessment and the questions of this kind of conversation. Read it back afterwards with ‘Read preparation’.</translation>
        </message>
        <message>
            <source>Voorbereiding inlezen uit &amp;formulier…</source>
            <translation>Read preparation from f&amp;orm…</translation>
        </message>
        <message>
            <source>Voorbereiding inlezen uit het voorbereidingsformulier of het beoordelingsformulier</source>
            <translation>Read the preparation from the preparation form or the assessment form</translation>
        </message>
        <message>
            <source>Overige medewerkers</source>
            <translation>Other employees</translation>
        </message>
        <message>
            <source>gekozen richting: {name}</source>
            <translation>chosen direction: {name}</translation>
        </message>
        <message>
            <source>De zelfbeoordeling is in dit gesprek ingevuld of bijgewerkt; ze wordt bij het afronden opgeslagen.</source>
            <translation>The self-assessment was filled in or updated in this conversation; it is saved when you finish.</translation>
        </message>
        <message>
            <source>Zelfbeoordeling van {date}. Dubbelklik een niveau om het bij te werken.</source>
            <translation>Self-assessment of {date}. Double-click a level to update it.</translation>
        </message>
        <message>
            <source>Er is nog geen zelfbeoordeling. Dubbelklik in de kolom Zelfbeoordeling om een niveau in te vullen, of importeer het ingevulde beoordelingsformulier.</source>
            <translation>There is no self-assessment yet. Double-click in the Self-assessment column to fill in a level, or import the completed assessment form.</translation>
        </message>
        <message>
            <source>Er zijn nog geen afgesproken niveaus.</source>
            <translation>There are no agreed levels yet.</translation>
        </message>
        <message>
            <source>De medewerker heeft {count} van de {total} vragen voorbereid; u ziet de antwoorden in stap 2 naast uw aantekeningen.</source>
            <translation>The employee prepared {count} of the {total} questions; step 2 shows the answers beside your notes.</translation>
        </message>
        <message>
            <source>Geen profielen voor dit competentiekader.</source>
            <translation>No profiles for this competency framework.</translation>
        </message>
        <message>
            <source>Er is nog geen ontwikkelplan.</source>
            <translation>There is no development plan yet.</translation>
        </message>
        <message>
            <source>Plan van {date} ({status}).</source>
            <translation>Plan of {date} ({status}).</translation>
        </message>
        <message>
            <source>Alle afspraken zijn afgerond.</source>
            <translation>All agreements are completed.</translation>
        </message>
    </context>
    <context>
        <name>ProfileEditor</name>
        <message>
            <source>P&amp;rofiel:</source>
            <translation>P&amp;rofile:</translation>
        </message>
        <message>
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>&amp;Naam:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Naam van het profiel</source>
            <translation>Name of the profile</translation>
        </message>
        <message>
            <source>Om&amp;schrijving:</source>
            <translation>Descr&amp;iption:</translation>
        </message>
        <message>
            <source>Omschrijving van het profiel</source>
            <translation>Description of the profile</translation>
        </message>
        <message>
            <source>Profiel &amp;opslaan</source>
            <translation>&amp;Save profile</translation>
        </message>
        <message>
            <source>Eisen per competentie</source>
            <translation>Requirements per competency</translation>
        </message>
        <message>
            <source>Alle bronnen</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Gepubliceerde bron</source>
            <translation>Published source</translation>
        </message>
        <message>
            <source>Voorstel Competentieplanner</source>
            <translation>Competentieplanner proposal</translation>
        </message>
        <message>
            <source>Eigen invoer</source>
            <translation>Own entry</translation>
        </message>
        <message>
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Eisen filteren op bron</source>
            <translation>Filter requirements by source</translation>
        </message>
        <message>
            <source>Wijzig doelniveau en gewicht met F2 of een dubbelklik; vink 'Kritisch' aan voor competenties waarop iemand het doel moet halen om inzetbaar te zijn.</source>
            <translation>Change target level and weight with F2 or a double-click; tick 'Critical' for competencies in which someone must reach the target to be ready.</translation>
        </message>
        <message>
            <source>Eisen van het profiel</source>
            <translation>Requirements of the profile</translation>
        </message>
        <message>
            <source>Competentie &amp;toevoegen:</source>
            <translation>&amp;Add competency:</translation>
        </message>
        <message>
            <source>Competentie om toe te voegen</source>
            <translation>Competency to add</translation>
        </message>
        <message>
            <source>doel </source>
            <translation>target </translation>
        </message>
        <message>
            <source>Doelniveau van de nieuwe eis</source>
            <translation>Target level of the new requirement</translation>
        </message>
        <message>
            <source>gewicht </source>
            <translation>weight </translation>
        </message>
        <message>
            <source>Gewicht van de nieuwe eis</source>
            <translation>Weight of the new requirement</translation>
        </message>
        <message>
            <source>Kritisch</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Nieuwe eis is kritisch</source>
            <translation>New requirement is critical</translation>
        </message>
        <message>
            <source>&amp;Eis toevoegen</source>
            <translation>Add re&amp;quirement</translation>
        </message>
        <message>
            <source>Eis &amp;verwijderen</source>
            <translation>Re&amp;move requirement</translation>
        </message>
        <message>
            <source>Geselecteerde eis verwijderen</source>
            <translation>Remove selected requirement</translation>
        </message>
        <message>
            <source>Doelniveau %1 in %2: %3 → %4</source>
            <translation>Target level %1 in %2: %3 → %4</translation>
        </message>
        <message>
            <source>Gewicht %1 in %2: %3 → %4</source>
            <translation>Weight %1 in %2: %3 → %4</translation>
        </message>
        <message>
            <source>Kritisch %1 in %2: %3 → %4</source>
            <translation>Critical %1 in %2: %3 → %4</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Profiel %1 wijzigen</source>
            <translation>Change profile %1</translation>
        </message>
        <message>
            <source>Profiel %1</source>
            <translation>Profile %1</translation>
        </message>
        <message>
            <source>Eis %1 toevoegen aan %2</source>
            <translation>Add requirement %1 to %2</translation>
        </message>
        <message>
            <source>Eis %1 verwijderen uit %2</source>
            <translation>Remove requirement %1 from %2</translation>
        </message>
    </context>
    <context>
        <name>ProfilesView</name>
        <message>
            <source>Profielen en competenties laden</source>
            <translation>Loading profiles and competencies</translation>
        </message>
        <message>
            <source>Profielen &amp; competenties</source>
            <translation>Profiles &amp; competencies</translation>
        </message>
        <message>
            <source>Wijzigingen worden direct in de database opgeslagen; met Ctrl+Z maakt u ze ongedaan en met Ctrl+Y opnieuw.</source>
            <translation>Changes are saved to the database at once; Ctrl+Z undoes them and Ctrl+Y redoes them.</translation>
        </message>
        <message>
            <source>Onderdelen</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>&amp;Competenties</source>
            <translation>&amp;Competencies</translation>
        </message>
        <message>
            <source>&amp;Profielen</source>
            <translation>&amp;Profiles</translation>
        </message>
        <message>
            <source>Bevoe&amp;gdheden</source>
            <translation>Auth&amp;orities</translation>
        </message>
    </context>
    <context>
        <name>QuestionBox</name>
        <message>
            <source>Wat de medewerker vooraf heeft geschreven (formulier of hier ingetypt)</source>
            <translation>What the employee wrote beforehand (form, or typed in here)</translation>
        </message>
        <message>
            <source>Voorbereiding van de medewerker op vraag {code}</source>
            <translation>Employee's preparation for question {code}</translation>
        </message>
        <message>
            <source>Antwoord, in de woorden van de medewerker</source>
            <translation>Answer, in the employee's own words</translation>
        </message>
        <message>
            <source>Antwoord op vraag {code}</source>
            <translation>Answer to question {code}</translation>
        </message>
        <message>
            <source>Voorbereiding medewerker</source>
            <translation>Employee's preparation</translation>
        </message>
        <message>
            <source>In het gesprek</source>
            <translation>In the conversation</translation>
        </message>
        <message>
            <source>Score (optioneel):</source>
            <translation>Score (optional):</translation>
        </message>
        <message>
            <source>Score {value} voor vraag {code}</source>
            <translation>Score {value} for question {code}</translation>
        </message>
    </context>
    <context>
        <name>Radar</name>
        <message>
            <source>Radardiagram van de niveaus</source>
            <translation>Radar chart of the levels</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Te weinig competenties voor een radardiagram.</source>
            <translation>Too few competencies for a radar chart.</translation>
        </message>
        <message>
            <source>huidig</source>
            <translation>current</translation>
        </message>
        <message>
            <source>doel</source>
            <translation>target</translation>
        </message>
        <message>
            <source>? = onbekend</source>
            <translation>? = unknown</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Exporteer overzichten voor HRM en formulieren voor teamleiders. Een bestand wordt pas vervangen als het helemaal klaar is; sluit het bestand in Excel of uw PDF-lezer als u het overschrijft.</source>
            <translation>Export overviews for HRM and forms for team leads. A file is only replaced once it is complete; close the file in Excel or your PDF reader if you overwrite it.</translation>
        </message>
        <message>
            <source>Laatste export</source>
            <translation>Last export</translation>
        </message>
        <message>
            <source>Bestand openen</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>HRM-overzicht</source>
            <translation>HRM overview</translation>
        </message>
        <message>
            <source>Werkmap met medewerkers, geschiktheid per profiel, toekomstprofielen, opleidingsplan en budgetten.</source>
            <translation>Workbook with employees, fit per profile, future profiles, training plan and budgets.</translation>
        </message>
        <message>
            <source>Bereik van het HRM-overzicht</source>
            <translation>Scope of the HRM overview</translation>
        </message>
        <message>
            <source>Excel-overzicht opslaan…</source>
            <translation>Save Excel overview…</translation>
        </message>
        <message>
            <source>Beoordelingsformulier</source>
            <translation>Assessment form</translation>
        </message>
        <message>
            <source>Invulformulier voor een teamleider: één rij per medewerker, één kolom per competentie, met de gedragsindicatoren erbij. Terug te lezen via Importeren ▸ Beoordelingen.</source>
            <translation>Form for a team lead: one row per employee, one column per competency, with the behavioural indicators included. Read it back via Import ▸ Assessments.</translation>
        </message>
        <message>
            <source>Team voor het formulier</source>
            <translation>Team for the form</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>Te&amp;am:</translation>
        </message>
        <message>
            <source>Competentiekader van het formulier</source>
            <translation>Competency framework of the form</translation>
        </message>
        <message>
            <source>&amp;Kader:</source>
            <translation>Frame&amp;work:</translation>
        </message>
        <message>
            <source>Formulier opslaan…</source>
            <translation>Save form…</translation>
        </message>
        <message>
            <source>Opleidingscatalogus</source>
            <translation>Training catalogue</translation>
        </message>
        <message>
            <source>De actieve opleidingen met uren, kosten en wat ze ontwikkelen.</source>
            <translation>The active training offers with hours, cost and what they develop.</translation>
        </message>
        <message>
            <source>Catalogus opslaan…</source>
            <translation>Save catalogue…</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Ontwikkelplan van een medewerker</source>
            <translation>Development plan of an employee</translation>
        </message>
        <message>
            <source>Geschiktheid, ontwikkelpunten en het plan, klaar om te tekenen.</source>
            <translation>Fit, development points and the plan, ready to sign.</translation>
        </message>
        <message>
            <source>Medewerker voor het ontwikkelplan</source>
            <translation>Employee for the development plan</translation>
        </message>
        <message>
            <source>Naam of personeelsnummer</source>
            <translation>Name or personnel number</translation>
        </message>
        <message>
            <source>&amp;Medewerker:</source>
            <translation>Emplo&amp;yee:</translation>
        </message>
        <message>
            <source>Be&amp;reik:</source>
            <translation>&amp;Scope:</translation>
        </message>
        <message>
            <source>Ontwikkelplan opslaan…</source>
            <translation>Save development plan…</translation>
        </message>
        <message>
            <source>Teamoverzicht</source>
            <translation>Team overview</translation>
        </message>
        <message>
            <source>Heatmap, dekking en continuïteitsrisico's van een team of afdeling, desgewenst gevolgd door het ontwikkelplan van elke medewerker.</source>
            <translation>Heatmap, coverage and continuity risks of a team or department, optionally followed by the development plan of every employee.</translation>
        </message>
        <message>
            <source>Team voor het teamoverzicht</source>
            <translation>Team for the team overview</translation>
        </message>
        <message>
            <source>T&amp;eam:</source>
            <translation>Tea&amp;m:</translation>
        </message>
        <message>
            <source>Met de ontwikkelplannen van alle medewerkers</source>
            <translation>With the development plans of all employees</translation>
        </message>
        <message>
            <source>Teamoverzicht opslaan…</source>
            <translation>Save team overview…</translation>
        </message>
        <message>
            <source>De organisatie in één rapport; groepen kleiner dan de privacydrempel worden samengevoegd.</source>
            <translation>The organisation in one report; groups smaller than the privacy threshold are merged.</translation>
        </message>
        <message>
            <source>HRM-overzicht als PDF opslaan…</source>
            <translation>Save HRM overview as PDF…</translation>
        </message>
        <message>
            <source>Hele organisatie</source>
            <translation>Whole organisation</translation>
        </message>
        <message>
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF-document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Excel-overzicht opslaan</source>
            <translation>Save Excel overview</translation>
        </message>
        <message>
            <source>Beoordelingsformulier opslaan</source>
            <translation>Save assessment form</translation>
        </message>
        <message>
            <source>Opleidingscatalogus opslaan</source>
            <translation>Save training catalogue</translation>
        </message>
        <message>
            <source>Kies eerst een medewerker uit de lijst.</source>
            <translation>First choose an employee from the list.</translation>
        </message>
        <message>
            <source>Ontwikkelplan opslaan</source>
            <translation>Save development plan</translation>
        </message>
        <message>
            <source>Teamoverzicht opslaan</source>
            <translation>Save team overview</translation>
        </message>
        <message>
            <source>HRM-overzicht opslaan</source>
            <translation>Save HRM overview</translation>
        </message>
        <message>
            <source>{pages} pagina's afgedrukt</source>
            <translation>{pages} pages printed</translation>
        </message>
        <message>
            <source>Opgeslagen als {path}</source>
            <translation>Saved as {path}</translation>
        </message>
        <message>
            <source>Opgeslagen: {name}</source>
            <translation>Saved: {name}</translation>
        </message>
        <message>
            <source>Excel-overzicht maken</source>
            <translation>Creating Excel overview</translation>
        </message>
        <message>
            <source>Beoordelingsformulier maken</source>
            <translation>Creating assessment form</translation>
        </message>
        <message>
            <source>Ontwikkelplan maken</source>
            <translation>Creating development plan</translation>
        </message>
        <message>
            <source>Teamoverzicht maken</source>
            <translation>Creating team overview</translation>
        </message>
        <message>
            <source>HRM-overzicht maken</source>
            <translation>Creating HRM overview</translation>
        </message>
        <message>
            <source>Keuzes laden</source>
            <translation>Loading choices</translation>
        </message>
    </context>
    <context>
        <name>RetentionDue</name>
        <message>
            <source>Let op: een back-up bewaart ook gegevens die daarna worden gewist of waarvan de bewaartermijn verloopt, tot de back-up zelf wordt verwijderd. Bewaar back-ups op een beveiligde plek en verwijder ze volgens het back-upbeleid van de gemeente.</source>
            <extracomment>``services.privacy.backups.BACKUP_WARNING``, here so lupdate offers it (a test compares).</extracomment>
            <translation>Note: a backup also keeps data that is erased afterwards or whose retention period expires, until the backup itself is deleted. Keep backups in a secure place and delete them according to the municipality's backup policy.</translation>
        </message>
        <message>
            <source>gespreksconcept</source>
            <extracomment>The kinds as ``privacy retention`` reports them (``domain.retention.TERMS``).</extracomment>
            <translation>interview draft</translation>
        </message>
        <message>
            <source>gespreksverslag</source>
            <translation>interview record</translation>
        </message>
        <message>
            <source>beoordeling</source>
            <translation>assessment</translation>
        </message>
        <message>
            <source>ontwikkelplan</source>
            <translation>development plan</translation>
        </message>
        <message>
            <source>medewerker</source>
            <translation>employee</translation>
        </message>
        <message>
            <source>Personeelsnr</source>
            <translation>Personnel no.</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Gegeven</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Termijn</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Back-up</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Gemaakt</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Leeftijd</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>{months} maanden</source>
            <translation>{months} months</translation>
        </message>
        <message>
            <source>{days} dagen</source>
            <translation>{days} days</translation>
        </message>
    </context>
    <context>
        <name>RetentionDueDialog</name>
        <message>
            <source>Te verwijderen gegevens</source>
            <translation>Data due for removal</translation>
        </message>
        <message>
            <source>Over de bewaartermijn</source>
            <translation>Past the retention period</translation>
        </message>
        <message>
            <source>Wordt geladen…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Gegevens over de bewaartermijn</source>
            <translation>Data past the retention period</translation>
        </message>
        <message>
            <source>Verwijderen…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <source>Alles over de bewaartermijn verwijderen</source>
            <translation>Remove everything past the retention period</translation>
        </message>
        <message>
            <source>Back-ups van Competentieplanner</source>
            <translation>Competentieplanner backups</translation>
        </message>
        <message>
            <source>Back-ups met hun leeftijd</source>
            <translation>Backups with their age</translation>
        </message>
        <message>
            <source>{count} gegevens zijn over hun bewaartermijn (Extra ▸ Instellingen ▸ Bewaartermijnen). Ze worden pas verwijderd als u daarom vraagt.</source>
            <translation>{count} records are past their retention period (Tools ▸ Settings ▸ Retention periods). They are only removed when you ask for it.</translation>
        </message>
        <message>
            <source>Niets is over zijn bewaartermijn: er is niets te verwijderen.</source>
            <translation>Nothing is past its retention period: there is nothing to remove.</translation>
        </message>
        <message>
            <source>{count} gegevens blijven staan: er geldt een bewaarplicht.</source>
            <translation>{count} records stay: a legal hold applies.</translation>
        </message>
        <message>
            <source>Competentieplanner heeft (in uw gegevensmap) geen back-ups gemaakt.</source>
            <translation>Competentieplanner has made no backups (in your data folder).</translation>
        </message>
        <message>
            <source>Gegevens verwijderen</source>
            <translation>Remove data</translation>
        </message>
        <message>
            <source>{count} gegevens over de bewaartermijn definitief verwijderen?</source>
            <translation>Permanently remove {count} records past the retention period?</translation>
        </message>
        <message>
            <source>Medewerkers uit dienst worden geanonimiseerd; teamtellingen en bestede budgetten blijven kloppen. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>Employees who have left are anonymised; team counts and budgets spent stay correct. This cannot be undone.</translation>
        </message>
        <message>
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>{count} gegevens over de bewaartermijn verwijderd.</source>
            <translation>{count} records past the retention period removed.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Hoe lang Competentieplanner persoonsgegevens bewaart. De standaarden zijn een startpunt: toets ze aan de selectielijst gemeenten en het eigen archiefbeleid. Niets wordt vanzelf verwijderd: Extra ▸ Te verwijderen gegevens toont wat over de termijn is en verwijdert het pas na uw bevestiging.</source>
            <translation>How long Competentieplanner keeps personal data. The defaults are a starting point: check them against the municipal selection list (selectielijst gemeenten) and your own archive policy. Nothing is removed automatically: Tools ▸ Data due for removal shows what is past its period and removes it only after you confirm.</translation>
        </message>
        <message>
            <source> maanden</source>
            <translation> months</translation>
        </message>
        <message>
            <source> ({years} jaar)</source>
            <translation> ({years} years)</translation>
        </message>
        <message>
            <source>Standaard {months} maanden{years}, gerekend vanaf {start}. Bron: {source}</source>
            <translation>Default {months} months{years}, counted from {start}. Source: {source}</translation>
        </message>
        <message>
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <source>Bewaartermijnen niet opgeslagen</source>
            <translation>Retention periods not saved</translation>
        </message>
        <message>
            <source>Bewaartermijnen opgeslagen.</source>
            <translation>Retention periods saved.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTerm</name>
        <message>
            <source>Concepten van gesprekken</source>
            <translation>Interview drafts</translation>
        </message>
        <message>
            <source>de laatste wijziging van het concept</source>
            <translation>the last change to the draft</translation>
        </message>
        <message>
            <source>Eigen beleid: een concept dat een half jaar niet is bijgewerkt, is een afgebroken gesprek; het vastgelegde gesprek is de bron, niet het concept.</source>
            <translation>Own policy: a draft not updated for half a year is an abandoned interview; the recorded interview is the source, not the draft.</translation>
        </message>
        <message>
            <source>Verslagen van ontwikkelgesprekken (antwoorden en afspraken)</source>
            <translation>Development interview records (answers and agreements)</translation>
        </message>
        <message>
            <source>de datum van het gesprek</source>
            <translation>the date of the interview</translation>
        </message>
        <message>
            <source>Eigen beleid: drie jaarlijkse gesprekscycli laten de ontwikkeling zien; oudere verslagen zijn voor het doel (ontwikkeling) niet meer nodig (AVG art. 5.1.e).</source>
            <translation>Own policy: three annual interview cycles show the development; older records are no longer needed for the purpose (development) (GDPR art. 5.1.e).</translation>
        </message>
        <message>
            <source>Beoordelingen van competenties (met toelichting)</source>
            <translation>Competency assessments (with notes)</translation>
        </message>
        <message>
            <source>de datum van de beoordeling; de laatste van elke soort blijft staan</source>
            <translation>the date of the assessment; the latest of each kind stays</translation>
        </message>
        <message>
            <source>Eigen beleid: vijf jaar geeft de ontwikkellijn; de laatste zelf-, leidinggevende- en vastgestelde beoordeling blijven nodig voor het huidige beeld.</source>
            <translation>Own policy: five years shows the line of development; the latest self, team lead and agreed assessments stay needed for the current picture.</translation>
        </message>
        <message>
            <source>Vervangen versies van ontwikkelplannen</source>
            <translation>Superseded versions of development plans</translation>
        </message>
        <message>
            <source>de datum waarop een nieuwere versie het plan verving</source>
            <translation>the date a newer version replaced the plan</translation>
        </message>
        <message>
            <source>Eigen beleid, gelijk aan de gespreksverslagen; de geldende versie blijft zolang de medewerker in dienst is.</source>
            <translation>Own policy, the same as the interview records; the current version stays as long as the employee is employed.</translation>
        </message>
        <message>
            <source>Personeelsgegevens van medewerkers uit dienst (met alles over hen)</source>
            <translation>Staff records of employees who have left (with everything about them)</translation>
        </message>
        <message>
            <source>de datum uit dienst</source>
            <translation>the date of leaving</translation>
        </message>
        <message>
            <source>Autoriteit Persoonsgegevens, personeelsdossier: de meeste gegevens tot 2 jaar na het einde van het dienstverband. Toets aan de selectielijst gemeenten en het archiefbeleid van de gemeente.</source>
            <translation>Dutch Data Protection Authority (Autoriteit Persoonsgegevens), personnel file: most data until 2 years after employment ends. Check against the municipal selection list and the municipality's archive policy.</translation>
        </message>
    </context>
    <context>
        <name>ScoreRow</name>
        <message>
            <source>Zelfbeoordeling: {level}</source>
            <translation>Self-assessment: {level}</translation>
        </message>
        <message>
            <source>Vorige afspraak: {level}</source>
            <translation>Previous agreement: {level}</translation>
        </message>
        <message>
            <source>zelfbeoordeling</source>
            <translation>self-assessment</translation>
        </message>
        <message>
            <source>vorige afspraak</source>
            <translation>previous agreement</translation>
        </message>
        <message>
            <source>verwacht na afgeronde opleiding</source>
            <translation>expected after completed training</translation>
        </message>
        <message>
            <source>{competency}, niveau teamleider {level}</source>
            <translation>{competency}, team lead level {level}</translation>
        </message>
        <message>
            <source>afgesproken {level}</source>
            <translation>agreed {level}</translation>
        </message>
        <message>
            <source>{competency}, afgesproken niveau {level}</source>
            <translation>{competency}, agreed level {level}</translation>
        </message>
        <message>
            <source>Onderbouwing: een voorbeeld uit de praktijk</source>
            <translation>Evidence: an example from practice</translation>
        </message>
        <message>
            <source>Onderbouwing bij {competency}</source>
            <translation>Evidence for {competency}</translation>
        </message>
    </context>
    <context>
        <name>ScoreStep</name>
        <message>
            <source>Scoren</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Lees per competentie samen de gedragsindicatoren. Klik op de kaart die het niveau volgens u als teamleider beschrijft; het afgesproken niveau volgt die keuze, tenzij u samen iets anders afspreekt.</source>
            <translation>Read the behavioural indicators of each competency together. Click the card that describes the level in your view as team lead; the agreed level follows that choice unless you agree otherwise together.</translation>
        </message>
        <message>
            <source>Kies eerst bij Voorbereiden een medewerker.</source>
            <translation>First choose an employee under Prepare.</translation>
        </message>
        <message>
            <source>{scored} van {total} competenties gescoord</source>
            <translation>{scored} of {total} competencies scored</translation>
        </message>
    </context>
    <context>
        <name>SelfAssessmentModel</name>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Laatst afgesproken</source>
            <translation>Last agreed</translation>
        </message>
        <message>
            <source>Zelfbeoordeling</source>
            <translation>Self-assessment</translation>
        </message>
    </context>
    <context>
        <name>ServerSignInDialog</name>
        <message>
            <source>Aanmelden bij de server</source>
            <extracomment>As services.database.SSL_MODES (not imported: the window starts without SQLAlchemy).</extracomment>
            <translation>Sign in to the server</translation>
        </message>
        <message>
            <source>Een gedeelde database op een PostgreSQL-server. Uw beheerder geeft u de gegevens; het wachtwoord wordt nooit als leesbare tekst bewaard.</source>
            <translation>A shared database on a PostgreSQL server. Your administrator gives you the details; the password is never stored as readable text.</translation>
        </message>
        <message>
            <source>Wachtwoord onthouden in Windows Referentiebeheer</source>
            <translation>Remember the password in Windows Credential Manager</translation>
        </message>
        <message>
            <source>Niet beschikbaar: het pakket keyring ontbreekt.</source>
            <translation>Not available: the keyring package is missing.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Poort:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;Inlognaam:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Wachtwoord:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Beveiliging (sslmode):</source>
            <translation>&amp;Security (sslmode):</translation>
        </message>
        <message>
            <source>&amp;Aanmelden</source>
            <translation>&amp;Sign in</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Algemeen</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Rekenregels en rapporten</source>
            <translation>Calculation rules and reports</translation>
        </message>
        <message>
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Taal:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Bij het starten de laatst gebruikte database openen</source>
            <translation>Open the last used database at start-up</translation>
        </message>
        <message>
            <source>Map met foutverslagen</source>
            <translation>Folder with error reports</translation>
        </message>
        <message>
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Map met foutverslagen openen</source>
            <translation>Open the folder with error reports</translation>
        </message>
        <message>
            <source>Foutverslagen:</source>
            <translation>Error reports:</translation>
        </message>
        <message>
            <source>Een andere taal wordt gebruikt nadat u Competentieplanner opnieuw start.</source>
            <translation>Another language is used after you restart Competentieplanner.</translation>
        </message>
        <message>
            <source>Deze instellingen staan in de database en gelden voor iedereen die ermee werkt. Wijzigingen tellen direct mee in matches, paden en rapporten.</source>
            <translation>These settings are stored in the database and apply to everyone who works with it. Changes count immediately in matches, paths and reports.</translation>
        </message>
        <message>
            <source>Instellingen niet opgeslagen</source>
            <translation>Settings not saved</translation>
        </message>
        <message>
            <source>Rekenregels en rapportinstellingen opgeslagen.</source>
            <translation>Calculation rules and report settings saved.</translation>
        </message>
    </context>
    <context>
        <name>SmartFields</name>
        <message>
            <source>bijv. zelfstandig een adviesnota opstellen</source>
            <extracomment>The date edit's "no date" value (shown as its special text): a QDateEdit cannot be empty.</extracomment>
            <translation>e.g. write a policy advice on their own</translation>
        </message>
        <message>
            <source>bijv. de medewerker</source>
            <translation>e.g. the employee</translation>
        </message>
        <message>
            <source>(geen datum)</source>
            <translation>(no date)</translation>
        </message>
        <message>
            <source>&amp;Resultaat</source>
            <translation>&amp;Result</translation>
        </message>
        <message>
            <source>&amp;Trekker</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <source>&amp;Uiterlijk</source>
            <translation>&amp;By</translation>
        </message>
        <message>
            <source>Nog niet SMART: vul {missing} in.</source>
            <translation>Not SMART yet: fill in {missing}.</translation>
        </message>
        <message>
            <source>SMART: resultaat, trekker en einddatum zijn afgesproken.</source>
            <translation>SMART: result, owner and deadline are agreed.</translation>
        </message>
    </context>
    <context>
        <name>StackedBars</name>
        <message>
            <source>Gereedheid per toekomstprofiel</source>
            <translation>Readiness per future profile</translation>
        </message>
        <message>
            <source>niemand in dit kader</source>
            <translation>nobody in this framework</translation>
        </message>
    </context>
    <context>
        <name>StepIndicator</name>
        <message>
            <source>Voorbereiden</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Scoren</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Richting</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Afronden</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Stap {n}: {name}</source>
            <translation>Step {n}: {name}</translation>
        </message>
    </context>
    <context>
        <name>TalkStep</name>
        <message>
            <source>Gesprek</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Neem de vragen samen door; u hoeft ze niet allemaal te stellen. Links staat wat de medewerker vooraf heeft voorbereid, rechts noteert u kort wat de medewerker in het gesprek zegt. Alles wordt direct als concept bewaard.</source>
            <translation>Go through the questions together; you need not ask them all. On the left is what the employee prepared beforehand; on the right, note briefly what the employee says in the conversation. Everything is saved as a draft at once.</translation>
        </message>
        <message>
            <source>Er zijn geen gespreksvragen voor deze medewerker. Voeg ze toe onder Profielen &amp; competenties ▸ Gespreksvragen.</source>
            <translation>There are no interview questions for this employee. Add them under Profiles &amp; competencies ▸ Interview questions.</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>&amp;Meten tegen profiel:</source>
            <translation>&amp;Measure against profile:</translation>
        </message>
        <message>
            <source>Meten tegen profiel</source>
            <translation>Measure against profile</translation>
        </message>
        <message>
            <source>Team zoeken…</source>
            <translation>Search team…</translation>
        </message>
        <message>
            <source>Team zoeken</source>
            <translation>Search team</translation>
        </message>
        <message>
            <source>Heatmap van het team</source>
            <translation>Heatmap of the team</translation>
        </message>
        <message>
            <source>Continuïteitsrisico's</source>
            <translation>Continuity risks</translation>
        </message>
        <message>
            <source>Uitleg bij een cel</source>
            <translation>About a cell</translation>
        </message>
        <message>
            <source>Wijs een cel aan of selecteer er een om het gedrag op dat niveau te zien.</source>
            <translation>Point at a cell or select one to see the behaviour at that level.</translation>
        </message>
        <message>
            <source>Uitleg bij de cel</source>
            <translation>About the cell</translation>
        </message>
        <message>
            <source>Legenda:</source>
            <translation>Legend:</translation>
        </message>
        <message>
            <source>op of boven doel</source>
            <translation>at or above target</translation>
        </message>
        <message>
            <source>één niveau onder doel</source>
            <translation>one level below target</translation>
        </message>
        <message>
            <source>twee of meer onder doel</source>
            <translation>two or more below target</translation>
        </message>
        <message>
            <source>? onbekend</source>
            <translation>? unknown</translation>
        </message>
        <message>
            <source>⚠ = continuïteitsrisico</source>
            <translation>⚠ = continuity risk</translation>
        </message>
        <message>
            <source>⚠ = continuïteitsrisico (één persoon of niemand)</source>
            <translation>⚠ = continuity risk (one person or nobody)</translation>
        </message>
        <message>
            <source>Teams worden geladen…</source>
            <translation>Loading teams…</translation>
        </message>
        <message>
            <source>Er zijn nog geen teams met medewerkers. Importeer een personeelslijst met de kolom Eenheid via Bestand ▸ Importeren ▸ Medewerkers.</source>
            <translation>There are no teams with employees yet. Import a staff list with a Unit column via File ▸ Import ▸ Employees.</translation>
        </message>
        <message>
            <source>(teamprofiel)</source>
            <translation>(team profile)</translation>
        </message>
        <message>
            <source>{unit}: {members} medewerkers gemeten tegen {profile}{own}.</source>
            <translation>{unit}: {members} employees measured against {profile}{own}.</translation>
        </message>
        <message>
            <source>Geen continuïteitsrisico's: elke competentie wordt door minstens twee medewerkers op doelniveau beheerst.</source>
            <translation>No continuity risks: every competency is mastered at target level by at least two employees.</translation>
        </message>
        <message>
            <source>Niet gedekt:</source>
            <translation>Not covered:</translation>
        </message>
        <message>
            <source>Eén persoon:</source>
            <translation>One person:</translation>
        </message>
        <message>
            <source>Teams laden</source>
            <translation>Loading teams</translation>
        </message>
        <message>
            <source>Heatmap laden</source>
            <translation>Loading heatmap</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Database openen</source>
            <translation>Open database</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>Wijziging niet opgeslagen</source>
            <translation>Change not saved</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Onverwachte fout</source>
            <extracomment>Keep the newest logs only; a crash loop must not fill the disk.</extracomment>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Er ging iets mis dat niet had mogen gebeuren. Uw gegevens in de database zijn niet aangetast; de laatste handeling is mogelijk niet uitgevoerd.</source>
            <translation>Something went wrong that should not have happened. Your data in the database is unaffected; the last action may not have been carried out.</translation>
        </message>
        <message>
            <source>Een verslag zonder persoonsgegevens staat in:
{path}
Stuur dit bestand mee als u de fout meldt.</source>
            <translation>A report without personal data is in:
{path}
Please attach this file when you report the error.</translation>
        </message>
        <message>
            <source>Map met verslag openen</source>
            <translation>Open the folder with the report</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>nl_NL</source>
            <translation>en</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <source>Er is (nog) geen database geopend.</source>
            <translation>No database is open (yet).</translation>
        </message>
        <message>
            <source>Rol ophalen</source>
            <translation>Reading your role</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Bezig met annuleren…</source>
            <extracomment>Milliseconds before the progress dialog (or the busy indicator of quiet work) shows up. Worker threads for reading work; writing work has one thread of its own.</extracomment>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Geannuleerd.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>InterviewRecord</name>
        <message>
            <source>Eindoordeel: {judgement}</source>
            <translation>Overall judgement: {judgement}</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Voor</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Zelf</source>
            <translation>Self</translation>
        </message>
        <message>
            <source>Vastgesteld</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>Voorbereiding medewerker:</source>
            <translation>Employee's preparation:</translation>
        </message>
        <message>
            <source>medewerker: {response}</source>
            <translation>employee: {response}</translation>
        </message>
        <message>
            <source>{kind} van {date} met {lead}</source>
            <translation>{kind} on {date} with {lead}</translation>
        </message>
        <message>
            <source>Medewerker: {name}</source>
            <translation>Employee: {name}</translation>
        </message>
        <message>
            <source>Niet gescoord: {codes}</source>
            <translation>Not scored: {codes}</translation>
        </message>
        <message>
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Volgend gesprek: {kind} op {date}</source>
            <translation>Next conversation: {kind} on {date}</translation>
        </message>
    </context>
    <context>
        <name>InterviewSession</name>
        <message>
            <source>Gesprek voorbereiden</source>
            <translation>Preparing the conversation</translation>
        </message>
        <message>
            <source>Gesprek hervatten</source>
            <translation>Resume conversation</translation>
        </message>
        <message>
            <source>Gegevens bijwerken</source>
            <translation>Updating data</translation>
        </message>
        <message>
            <source>Concept bewaren</source>
            <translation>Saving draft</translation>
        </message>
        <message>
            <source>Concept opnieuw geladen</source>
            <translation>Draft reloaded</translation>
        </message>
        <message>
            <source>Concept opnieuw laden</source>
            <translation>Reload draft</translation>
        </message>
        <message>
            <source>Het concept is elders verwijderd; uw versie blijft staan.</source>
            <translation>The draft was removed elsewhere; your version is kept.</translation>
        </message>
        <message>
            <source>Concept niet bewaard: het is elders gewijzigd.</source>
            <translation>Draft not saved: it was changed elsewhere.</translation>
        </message>
        <message>
            <source>Gesprek afronden</source>
            <translation>Close conversation</translation>
        </message>
        <message>
            <source>Concept verwijderen</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <source>Gesprek verwerpen</source>
            <translation>Discard conversation</translation>
        </message>
        <message>
            <source>Concept bewaard om {time}</source>
            <translation>Draft saved at {time}</translation>
        </message>
        <message>
            <source>Concept niet bewaard: {reason}</source>
            <translation>Draft not saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueModels</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Opleiding</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Vorm</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Ontwikkelt</source>
            <translation>Develops</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Vanaf niveau</source>
            <translation>From level</translation>
        </message>
        <message>
            <source>Brengt naar niveau</source>
            <translation>Raises to level</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>geen eis</source>
            <translation>no requirement</translation>
        </message>
    </context>
    <context>
        <name>FormationModels</name>
        <message>
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Eenheid</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>nu inzetbaar, geen opleiding nodig</source>
            <translation>ready now, no training needed</translation>
        </message>
        <message>
            <source>hele organisatie</source>
            <translation>whole organisation</translation>
        </message>
        <message>
            <source>Personeelsnr</source>
            <translation>Personnel no.</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Naar profiel</source>
            <translation>To profile</translation>
        </message>
        <message>
            <source>Match nu</source>
            <translation>Fit now</translation>
        </message>
        <message>
            <source>Match straks</source>
            <translation>Fit later</translation>
        </message>
        <message>
            <source>Klaar</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Tegen richting</source>
            <translation>Against direction</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nu</source>
            <translation>now</translation>
        </message>
    </context>
    <context>
        <name>PlanModels</name>
        <message>
            <source>Kwartaal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Opleiding</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Financiering</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Studiekostenbeding</source>
            <translation>Repayment clause</translation>
        </message>
        <message>
            <source>Afdeling of team</source>
            <translation>Department or team</translation>
        </message>
        <message>
            <source>Mensen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Eigen budget</source>
            <translation>Own budget</translation>
        </message>
        <message>
            <source>Besteed</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Koopt</source>
            <translation>Buys</translation>
        </message>
        <message>
            <source>Kloof gedicht</source>
            <translation>Gap closed</translation>
        </message>
        <message>
            <source>Blijft open</source>
            <translation>Remains open</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Mensen onder doel</source>
            <translation>People below target</translation>
        </message>
        <message>
            <source>Gewogen kloof</source>
            <translation>Weighted gap</translation>
        </message>
        <message>
            <source>eigen actie</source>
            <translation>own action</translation>
        </message>
        <message>
            <source>(zonder eenheid)</source>
            <translation>(without unit)</translation>
        </message>
    </context>
    <context>
        <name>ReferenceModels</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>Doelniveau</source>
            <translation>Target level</translation>
        </message>
        <message>
            <source>Gewicht</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Kritisch</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Verantwoordelijkheid of bevoegdheid</source>
            <translation>Responsibility or authority</translation>
        </message>
        <message>
            <source>Vanaf niveau</source>
            <translation>From level</translation>
        </message>
        <message>
            <source>Vereiste opleiding</source>
            <translation>Required training</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Competentie: %1
Indicatoren: %2</source>
            <translation>Competency: %1
Indicators: %2</translation>
        </message>
    </context>
    <context>
        <name>FormationOperations</name>
        <message>
            <source>Formatie laden</source>
            <translation>Load formation</translation>
        </message>
        <message>
            <source>Formatie opslaan</source>
            <translation>Save formation</translation>
        </message>
        <message>
            <source>Wervingskosten opslaan</source>
            <translation>Save recruitment cost</translation>
        </message>
        <message>
            <source>Personeelsplan doorrekenen</source>
            <translation>Calculate workforce plan</translation>
        </message>
        <message>
            <source>Keuze uitleggen</source>
            <translation>Explain choice</translation>
        </message>
        <message>
            <source>Voorstellen maken</source>
            <translation>Make proposals</translation>
        </message>
        <message>
            <source>Strategisch personeelsplan maken</source>
            <translation>Making the strategic workforce plan</translation>
        </message>
    </context>
    <context>
        <name>PlanOperations</name>
        <message>
            <source>Het budget wordt over alle medewerkers verdeeld…</source>
            <translation>Distributing the budget over all employees…</translation>
        </message>
        <message>
            <source>Plannen laden</source>
            <translation>Loading plans</translation>
        </message>
        <message>
            <source>Plan laden</source>
            <translation>Loading plan</translation>
        </message>
        <message>
            <source>Voorstel maken</source>
            <translation>Make proposal</translation>
        </message>
        <message>
            <source>Plan niet opgeslagen</source>
            <translation>Plan not saved</translation>
        </message>
        <message>
            <source>Budgetten laden</source>
            <translation>Loading budgets</translation>
        </message>
        <message>
            <source>Budget doorrekenen</source>
            <translation>Calculate budget</translation>
        </message>
        <message>
            <source>Budget %1 %2 per kwartaal wijzigen</source>
            <translation>Change budget %1 %2 per quarter</translation>
        </message>
        <message>
            <source>Budget %1 %2 wijzigen</source>
            <translation>Change budget %1 %2</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>geen rol</source>
            <translation>no role</translation>
        </message>
        <message>
            <source>Uw rol ({role}) mag dit niet.</source>
            <translation>Your role ({role}) may not do this.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>De printer kan niet worden gestart.</source>
            <translation>The printer cannot be started.</translation>
        </message>
        <message>
            <source>{name} kan niet worden afgedrukt.</source>
            <translation>{name} cannot be printed.</translation>
        </message>
    </context>
    <context>
        <name>UnsavedWork</name>
        <message>
            <source>Niet opgeslagen wijzigingen</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Er zijn wijzigingen die nog niet zijn opgeslagen:</source>
            <translation>There are changes that have not been saved yet:</translation>
        </message>
        <message>
            <source>Wilt u ze opslaan?</source>
            <translation>Do you want to save them?</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Tabel</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Wijzigingen</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>FormationBars</name>
        <message>
            <source>Gewenst, nu inzetbaar, gegroeid en werven per profiel</source>
            <translation>Wanted, ready now, grown and recruit per profile</translation>
        </message>
        <message>
            <source>nu inzetbaar</source>
            <translation>ready now</translation>
        </message>
        <message>
            <source>gegroeid</source>
            <translation>grown</translation>
        </message>
        <message>
            <source>werven</source>
            <translation>recruit</translation>
        </message>
        <message>
            <source>{label}: gewenst {w:g}, nu {r:g}, gegroeid {g:g}, werven {x:g}</source>
            <translation>{label}: wanted {w:g}, now {r:g}, grown {g:g}, recruit {x:g}</translation>
        </message>
    </context>
</TS>