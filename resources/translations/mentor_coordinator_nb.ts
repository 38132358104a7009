<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="41"/>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="42"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="43"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="44"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="52"/>
        <source>Number {rank}: {name}, score {score}. {why}</source>
        <translation>Nummer {rank}: {name}, poeng {score}. {why}</translation>
    </message>
</context>
<context>
    <name>CohortFiltersBox</name>
    <message>
        <source>Filters used (from the match widget)</source>
        <translation>Filtre som brukes (fra matchingen)</translation>
    </message>
    <message>
        <source>No filters: every waiting mentee and every mentor with a free place.</source>
        <translation>Ingen filtre: alle ventende mentees og alle mentorer med ledig plass.</translation>
    </message>
    <message>
        <source>Untick to propose the cohort without this filter</source>
        <translation>Fjern haken for å foreslå kullet uten dette filteret</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Fjern filt&amp;rene</translation>
    </message>
    <message>
        <source>Clear every filter and propose again</source>
        <translation>Fjern alle filtrene og foreslå på nytt</translation>
    </message>
    <message>
        <source>Mentor lives within {km} km of the mentee</source>
        <translation>Mentoren bor innen {km} km fra mentee</translation>
    </message>
    <message>
        <source>Mentor lives in the mentee's municipality</source>
        <translation>Mentoren bor i mentees kommune</translation>
    </message>
    <message>
        <source>Mentor lives in the mentee's county</source>
        <translation>Mentoren bor i mentees fylke</translation>
    </message>
    <message>
        <source>Mentor offers: {names}</source>
        <translation>Mentoren tilbyr: {names}</translation>
    </message>
    <message>
        <source>Only eligible mentors</source>
        <translation>Bare kvalifiserte mentorer</translation>
    </message>
    <message>
        <source>Not paired before</source>
        <translation>Ikke paret før</translation>
    </message>
    <message>
        <source>A shared weekly slot</source>
        <translation>En felles ukentlig tid</translation>
    </message>
    <message>
        <source>A shared way of meeting</source>
        <translation>En felles møteform</translation>
    </message>
    <message>
        <source>No filters used.</source>
        <translation>Ingen filtre brukt.</translation>
    </message>
    <message>
        <source>Filters used: {filters}.</source>
        <translation>Filtre brukt: {filters}.</translation>
    </message>
</context>
<context>
    <name>CohortReviewDialog</name>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="76"/>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="77"/>
        <source>Cohort proposal</source>
        <translation>Forslag for hele kullet</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="82"/>
        <source>Proposal summary</source>
        <translation>Sammendrag av forslaget</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="87"/>
        <source>Proposed pairs</source>
        <translation>Foreslåtte par</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="97"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="101"/>
        <source>&amp;Pin / unpin</source>
        <translation>&amp;Fest / løsne</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="102"/>
        <source>&amp;Reject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="103"/>
        <source>Run a&amp;gain</source>
        <translation>Kjør &amp;igjen</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="106"/>
        <source>Accept &amp;selected</source>
        <translation>Godta &amp;valgte</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="108"/>
        <source>Accept &amp;all</source>
        <translation>Godta a&amp;lle</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="141"/>
        <source>Working out the best cohort…</source>
        <translation>Finner det beste forslaget …</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="159"/>
        <source>{filters} {matched} of {waiting} waiting mentees matched, total score {total}. {pinned} pinned, {rejected} rejected.</source>
        <translation>{filters} {matched} av {waiting} ventende mentees får mentor, samlet poengsum {total}. {pinned} festet, {rejected} avvist.</translation>
    </message>
    <message>
        <source>The selected pair in full</source>
        <translation>Det valgte paret i sin helhet</translation>
    </message>
    <message>
        <source>Select a pair to read why it is proposed.</source>
        <translation>Velg et par for å lese hvorfor det foreslås.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="195"/>
        <source>Creating {count} proposed pairings…</source>
        <translation>Oppretter {count} foreslåtte par …</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="75"/>
        <location filename="../../app/views/matching/match_dialogs.py" line="76"/>
        <source>Compare candidates</source>
        <translation>Sammenlign kandidater</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="78"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="84"/>
        <source>{value} × {weight} = {contribution}</source>
        <translation>{value} × {weight} = {contribution}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="95"/>
        <source>Shared specialisations</source>
        <translation>Felles fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="101"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="103"/>
        <source>Shared weekly slots</source>
        <translation>Felles ukentlige tider</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="106"/>
        <source>In short</source>
        <translation>Kort sagt</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="111"/>
        <source>Candidates side by side</source>
        <translation>Kandidatene side om side</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="120"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="121"/>
        <source>Close the comparison</source>
        <translation>Lukk sammenligningen</translation>
    </message>
    <message>
        <source>Pair with &amp;{number}: {name}…</source>
        <translation>Koble med &amp;{number}: {name} …</translation>
    </message>
    <message>
        <source>Pair with {name}</source>
        <translation>Koble med {name}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="14"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="15"/>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="19"/>
        <source>Both changed</source>
        <translation>Begge endret</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="19"/>
        <source>Refused by the server</source>
        <translation>Avvist av serveren</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="22"/>
        <source>{kind}: {what}</source>
        <translation>{kind}: {what}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="28"/>
        <source>Keep mine sends your value to the server at the next sync; Keep theirs takes the server&apos;s value here.</source>
        <translation>Behold min sender verdien din til serveren ved neste synkronisering; Behold deres tar serverens verdi her.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_table_model.py" line="31"/>
        <source>Keep mine puts your change back and sends it again at the next sync (the server may refuse it again if nothing else changed); Keep theirs discards your change.</source>
        <translation>Behold min legger endringen din tilbake og sender den på nytt ved neste synkronisering (serveren kan avvise den igjen hvis ingenting annet er endret); Behold deres forkaster endringen din.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="34"/>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="35"/>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="42"/>
        <source>These changes could not be applied as written: the same value was changed on another computer, or the server refused the change. Nothing is lost; choose what to keep for each.</source>
        <translation>Disse endringene kunne ikke brukes slik de ble skrevet: den samme verdien ble endret på en annen datamaskin, eller serveren avviste endringen. Ingenting er tapt; velg hva som skal beholdes for hver av dem.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="52"/>
        <source>Open conflicts</source>
        <translation>Åpne konflikter</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="62"/>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="63"/>
        <source>Keep my value for the selected conflict</source>
        <translation>Behold min verdi for den valgte konflikten</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="65"/>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="66"/>
        <source>Keep the server&apos;s value for the selected conflict</source>
        <translation>Behold serverens verdi for den valgte konflikten</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="68"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="69"/>
        <source>Close the list of conflicts</source>
        <translation>Lukk listen over konflikter</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="104"/>
        <source>No conflicts: everything you changed reached the server as you wrote it.</source>
        <translation>Ingen konflikter: alt du endret kom fram til serveren slik du skrev det.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="146"/>
        <source>Kept yours: {subject} will be sent again at the next sync.</source>
        <translation>Beholdt din: {subject} sendes på nytt ved neste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts_dialog.py" line="148"/>
        <source>Took theirs: {subject} now matches the server.</source>
        <translation>Tok deres: {subject} stemmer nå med serveren.</translation>
    </message>
</context>
<context>
    <name>CreatePairingDialog</name>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="147"/>
        <source>Create pairing</source>
        <translation>Opprett par</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="150"/>
        <source>Propose {mentor} as mentor for {mentee}?</source>
        <translation>Foreslå {mentor} som mentor for {mentee}?</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="156"/>
        <source>Score {score}, made of:</source>
        <translation>Poeng {score}, satt sammen av:</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="158"/>
        <source>• {part}: {value} × {weight} = {contribution}</source>
        <translation>• {part}: {value} × {weight} = {contribution}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="164"/>
        <source>The score and these reasons are stored with the pairing.</source>
        <translation>Poengene og begrunnelsene lagres sammen med paret.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="171"/>
        <source>Score and reasons</source>
        <translation>Poeng og begrunnelse</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="176"/>
        <source>&amp;Propose pairing</source>
        <translation>&amp;Foreslå paret</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_dialogs.py" line="177"/>
        <source>Propose pairing</source>
        <translation>Foreslå paret</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../app/views/pairings/decline_dialog.py" line="27"/>
        <location filename="../../app/views/pairings/decline_dialog.py" line="47"/>
        <source>Decline proposal</source>
        <translation>Avslå forslaget</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/decline_dialog.py" line="30"/>
        <source>Decline the proposal to pair {mentor} with {mentee}? {mentee} stays on the waiting list.</source>
        <translation>Avslå forslaget om å pare {mentor} med {mentee}? {mentee} blir stående på ventelisten.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/decline_dialog.py" line="38"/>
        <source>Why the proposal is declined (optional)</source>
        <translation>Hvorfor forslaget avslås (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/decline_dialog.py" line="40"/>
        <source>&amp;Why (optional):</source>
        <translation>&amp;Hvorfor (valgfritt):</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/decline_dialog.py" line="46"/>
        <source>&amp;Decline proposal</source>
        <translation>&amp;Avslå forslaget</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="28"/>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="56"/>
        <source>Dissolve pairing</source>
        <translation>Avslutt koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="32"/>
        <source>Dissolving ends the pairing of {mentor} and {mentee}. Both become available for re-matching, and the pairing moves to the archive. This cannot be undone.</source>
        <translation>Koblingen mellom {mentor} og {mentee} avsluttes. Begge kan kobles på nytt, og koblingen flyttes til arkivet. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="41"/>
        <source>Reason for dissolving (required)</source>
        <translation>Årsak til avslutning (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="43"/>
        <source>Choose a reason…</source>
        <translation>Velg en årsak…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="49"/>
        <source>Note about the dissolution (optional, up to 200 characters)</source>
        <translation>Notat om avslutningen (valgfritt, inntil 200 tegn)</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="50"/>
        <source>Optional, up to 200 characters</source>
        <translation>Valgfritt, inntil 200 tegn</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="51"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Årsak (påkrevd):</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="52"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="55"/>
        <source>&amp;Dissolve pairing</source>
        <translation>&amp;Avslutt koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="71"/>
        <source>Choose a reason first</source>
        <translation>Velg en årsak først</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/dissolve_dialog.py" line="76"/>
        <source>Choose a reason for dissolving the pairing.</source>
        <translation>Velg en årsak til at koblingen avsluttes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/views/widgets/error_text.py" line="20"/>
        <source>The database could not be reached or refused the request. Try again; details are in the log.</source>
        <translation>Databasen kunne ikke nås eller avviste forespørselen. Prøv igjen; detaljer står i loggen.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/error_text.py" line="23"/>
        <source>Something went wrong ({name}). Details are in the log file.</source>
        <translation>Noe gikk galt ({name}). Detaljer står i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/error_text.py" line="1"/>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Disken er full. Frigjør litt plass og prøv igjen; ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/error_text.py" line="1"/>
        <source>The database is on a read-only disk or folder, so nothing could be saved. Ask IT for help.</source>
        <translation>Databasen ligger på en skrivebeskyttet disk eller mappe, så ingenting kunne lagres. Be IT om hjelp.</translation>
    </message>
</context>
<context>
    <name>ExcludedTableModel</name>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="64"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="65"/>
        <source>Left out by</source>
        <translation>Utelatt av</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="66"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/candidate_table_model.py" line="70"/>
        <source>{name} left out by {filter}: {reason}</source>
        <translation>{name} utelatt av {filter}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="39"/>
        <source>Export import &amp;template…</source>
        <translation>Eksporter import&amp;mal…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="39"/>
        <source>&amp;Export to spreadsheet…</source>
        <translation>&amp;Eksporter til regneark…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="45"/>
        <source>Save an empty workbook with instructions for entering mentors and mentees</source>
        <translation>Lagre en tom arbeidsbok med veiledning for å legge inn mentorer og menteer</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="47"/>
        <source>Save mentors, mentees, pairings, milestones and meetings as an .xlsx workbook</source>
        <translation>Lagre mentorer, menteer, koblinger, milepæler og møter som en .xlsx-arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="54"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="75"/>
        <source>Export complete</source>
        <translation>Eksporten er fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="75"/>
        <source>Saved {path} ({counts}).</source>
        <translation>Lagret {path} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/export_action.py" line="84"/>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="71"/>
        <source>Pairing proposed</source>
        <translation>Kobling foreslått</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="73"/>
        <source>Milestone added: {title}</source>
        <translation>Milepæl lagt til: {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="78"/>
        <source>Meeting logged as held: {when}, {way}</source>
        <translation>Møte registrert som holdt: {when}, {way}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="81"/>
        <source>Meeting scheduled for {when}, {way}</source>
        <translation>Møte planlagt {when}, {way}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="85"/>
        <source>Note added, visible to {who}: “{text}”</source>
        <translation>Notat lagt til, synlig for {who}: «{text}»</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="93"/>
        <source>Milestone “{title}”: {changes}</source>
        <translation>Milepæl «{title}»: {changes}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="97"/>
        <source>Meeting: {changes}</source>
        <translation>Møte: {changes}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="99"/>
        <source>Pairing: {changes}</source>
        <translation>Kobling: {changes}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="110"/>
        <source>status {old} → {new}</source>
        <translation>status {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="114"/>
        <source>reason: {reason}</source>
        <translation>årsak: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="116"/>
        <source>note: “{text}”</source>
        <translation>notat: «{text}»</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/history_lines.py" line="117"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="74"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="75"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="76"/>
        <source>What changed</source>
        <translation>Hva som ble endret</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="80"/>
        <source>{when}, {who}: {what}</source>
        <translation>{when}, {who}: {what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="55"/>
        <location filename="../../app/views/exchange/import_dialog.py" line="56"/>
        <location filename="../../app/views/exchange/import_dialog.py" line="160"/>
        <source>Import spreadsheet</source>
        <translation>Importer regneark</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="71"/>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="72"/>
        <source>.xlsx workbook or .csv file</source>
        <translation>.xlsx-arbeidsbok eller .csv-fil</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="75"/>
        <source>Choose the file to import</source>
        <translation>Velg filen som skal importeres</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="80"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="84"/>
        <source>Programme for rows that name none</source>
        <translation>Program for rader som ikke oppgir noe</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="85"/>
        <source>As named in the file</source>
        <translation>Som oppgitt i filen</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="87"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="89"/>
        <source>What a CSV file holds</source>
        <translation>Hva en CSV-fil inneholder</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="90"/>
        <source>Recognise from the columns</source>
        <translation>Gjenkjenn ut fra kolonnene</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="93"/>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="93"/>
        <source>Mentees</source>
        <translation>Menteer</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="93"/>
        <source>Pairings</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="93"/>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="93"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="98"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="101"/>
        <source>Choose a file and press Preview: nothing is saved until you press Apply.</source>
        <translation>Velg en fil og trykk Forhåndsvis: ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="103"/>
        <source>Preview summary</source>
        <translation>Sammendrag av forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="106"/>
        <source>Problems in the file</source>
        <translation>Feil i filen</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="108"/>
        <source>Rows that would be created or updated</source>
        <translation>Rader som blir opprettet eller oppdatert</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="109"/>
        <source>P&amp;roblems:</source>
        <translation>F&amp;eil:</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="111"/>
        <source>C&amp;hanges:</source>
        <translation>En&amp;dringer:</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="117"/>
        <source>Pre&amp;view</source>
        <translation>Forhånds&amp;vis</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="118"/>
        <source>Preview the import without saving</source>
        <translation>Forhåndsvis importen uten å lagre</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="121"/>
        <source>&amp;Apply</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="122"/>
        <source>Apply the import</source>
        <translation>Utfør importen</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="125"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="126"/>
        <source>Close the import dialog</source>
        <translation>Lukk importvinduet</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="160"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>Regneark (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="173"/>
        <source>Choose a file to import first.</source>
        <translation>Velg først en fil som skal importeres.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="181"/>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="181"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="206"/>
        <source>Would create {created}, update {updated}, leave {unchanged} unchanged.</source>
        <translation>Vil opprette {created}, oppdatere {updated} og la {unchanged} være uendret.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="213"/>
        <source>{count} problem(s) in the file. Fix them in the spreadsheet and preview again.</source>
        <translation>{count} feil i filen. Rett dem i regnearket og forhåndsvis på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="220"/>
        <source>No problems found. Press Apply to import.</source>
        <translation>Ingen feil funnet. Trykk Importer for å lagre.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="226"/>
        <source>{count} row(s) were changed in the app since the export and keep the app&apos;s values.</source>
        <translation>{count} rad(er) er endret i programmet etter eksporten og beholder programmets verdier.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="235"/>
        <source>The file changed since the preview; nothing was imported.</source>
        <translation>Filen er endret siden forhåndsvisningen; ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="238"/>
        <source>Created {created}, updated {updated}, left {unchanged} unchanged.</source>
        <translation>Opprettet {created}, oppdaterte {updated}, {unchanged} uendret.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_dialog.py" line="243"/>
        <source>Import complete.</source>
        <translation>Importen er fullført.</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="25"/>
        <location filename="../../app/views/exchange/import_table_models.py" line="48"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="27"/>
        <location filename="../../app/views/exchange/import_table_models.py" line="49"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="29"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="30"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="31"/>
        <source>Problem</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="35"/>
        <source>Sheet {sheet}, row {row}, column {column}</source>
        <translation>Ark {sheet}, rad {row}, kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="38"/>
        <source>, value “{value}”</source>
        <translation>, verdi «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="46"/>
        <source>create</source>
        <translation>opprett</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="46"/>
        <source>update</source>
        <translation>oppdater</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="50"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="51"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/views/exchange/import_table_models.py" line="52"/>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="30"/>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="31"/>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="32"/>
        <source>Stalled</source>
        <translation>Stanset</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="33"/>
        <location filename="../../app/views/widgets/labels.py" line="42"/>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="34"/>
        <location filename="../../app/views/widgets/labels.py" line="44"/>
        <source>Programme complete</source>
        <translation>Program fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="35"/>
        <location filename="../../app/views/widgets/labels.py" line="45"/>
        <source>Dissolved</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="36"/>
        <location filename="../../app/views/widgets/labels.py" line="46"/>
        <source>Declined</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="43"/>
        <location filename="../../app/views/widgets/labels.py" line="127"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="52"/>
        <source>Pending</source>
        <translation>Ikke påbegynt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="53"/>
        <source>In progress</source>
        <translation>Påbegynt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="54"/>
        <location filename="../../app/views/widgets/labels.py" line="128"/>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="62"/>
        <source>Not progressing</source>
        <translation>Kommer ikke videre</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="63"/>
        <source>Mentee withdrew</source>
        <translation>Menteen trakk seg</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="64"/>
        <source>Mentor unavailable</source>
        <translation>Mentoren er utilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="65"/>
        <source>Incompatible</source>
        <translation>Passer ikke sammen</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="67"/>
        <source>Other reason</source>
        <translation>Annen årsak</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="73"/>
        <source>Mentor and mentee</source>
        <translation>Mentor og mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="74"/>
        <source>Mentor and coordinators</source>
        <translation>Mentor og koordinatorer</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="75"/>
        <source>Coordinators only</source>
        <translation>Bare koordinatorer</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="81"/>
        <source>In person</source>
        <translation>Fysisk</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="82"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="83"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="89"/>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="90"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="91"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="92"/>
        <source>Nobody came</source>
        <translation>Ingen møtte</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="98"/>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="99"/>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="100"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="101"/>
        <location filename="../../app/views/widgets/labels.py" line="109"/>
        <source>Withdrawn</source>
        <translation>Trukket seg</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="107"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="108"/>
        <source>Matched</source>
        <translation>Koblet</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="115"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="116"/>
        <source>Senior mentor</source>
        <translation>Seniormentor</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="117"/>
        <source>Trainee mentor</source>
        <translation>Mentor under opplæring</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="118"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="124"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="125"/>
        <source>Open for applications</source>
        <translation>Åpent for søknader</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="126"/>
        <source>Matching</source>
        <translation>Pardanning</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="134"/>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="135"/>
        <source>Unavailable</source>
        <translation>Utilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="141"/>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="142"/>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="143"/>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="144"/>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="145"/>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="146"/>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="147"/>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="153"/>
        <source>Morning</source>
        <translation>Formiddag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="154"/>
        <source>Afternoon</source>
        <translation>Ettermiddag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="155"/>
        <source>Evening</source>
        <translation>Kveld</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="187"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="189"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="190"/>
        <source>{n} days ago</source>
        <translation>for {n} dager siden</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="1"/>
        <source>Braille</source>
        <translation>Punktskrift</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="1"/>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/labels.py" line="1"/>
        <source>Audio</source>
        <translation>Lyd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="43"/>
        <location filename="../../app/views/main_window.py" line="44"/>
        <source>Mentor Coordinator</source>
        <translation>Mentorkoordinator</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="48"/>
        <source>Sections</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="54"/>
        <source>Active pairings</source>
        <translation>Aktive koblinger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="55"/>
        <source>There are no active pairings in your scope. Proposed and active pairings appear here.</source>
        <translation>Det er ingen aktive koblinger i dine enheter. Foreslåtte og aktive koblinger vises her.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="64"/>
        <source>Archived pairings</source>
        <translation>Arkiverte koblinger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="65"/>
        <source>No pairing has ended yet. Completed, dissolved and declined pairings appear here.</source>
        <translation>Ingen koblinger er avsluttet ennå. Fullførte, avsluttede og avslåtte koblinger vises her.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="74"/>
        <source>Pairings</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="75"/>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="76"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="77"/>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="78"/>
        <source>View as mentor</source>
        <translation>Se som mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="79"/>
        <source>Matching</source>
        <translation>Finn mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103"/>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importer regneark…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="113"/>
        <source>&amp;Find in list</source>
        <translation>&amp;Søk i listen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="119"/>
        <source>View as &amp;mentor…</source>
        <translation>Se som &amp;mentor…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="120"/>
        <source>My &amp;units…</source>
        <translation>Mine &amp;enheter…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="122"/>
        <source>&amp;Pairing</source>
        <translation>&amp;Kobling</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="123"/>
        <source>&amp;Open details</source>
        <translation>&amp;Åpne detaljer</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>&amp;Dissolve…</source>
        <translation>&amp;Avslutt kobling…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="201"/>
        <location filename="../../app/views/main_window.py" line="212"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="203"/>
        <source>Ctrl+1 … Ctrl+7: go to Pairings, Archive, People, Programmes, View as mentor, Matching, Dashboard
Ctrl+F: find in the list
Enter: open the selected row
Ctrl+D or Delete: dissolve the selected pairing
Ctrl+Return (in a pairing): mark the selected milestone complete
Ctrl+Tab: next section of a pairing
F5: refresh
Ctrl+Shift+S: sync with the server
Ctrl+Shift+A: alerts
Ctrl+M: view as mentor
Escape: close a dialog</source>
        <translation>Ctrl+1 … Ctrl+7: gå til Koblinger, Arkiv, Personer, Programmer, Se som mentor, Finn mentor, Oversiktstavle
Ctrl+F: søk i listen
Enter: åpne valgt rad
Ctrl+D eller Delete: avslutt valgt kobling
Ctrl+Enter (i en kobling): merk valgt milepæl som fullført
Ctrl+Tab: neste del av en kobling
F5: oppdater
Ctrl+Shift+S: synkroniser med serveren
Ctrl+Shift+A: varsler
Ctrl+M: se som mentor
Escape: lukk en dialog</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="213"/>
        <source>Close the list of shortcuts</source>
        <translation>Lukk listen over hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="265"/>
        <source>Dissolved: {mentor} and {mentee} are available for re-matching.</source>
        <translation>Avsluttet: {mentor} og {mentee} kan kobles på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="1"/>
        <source>&amp;Organisation units…</source>
        <translation>Organisasjonse&amp;nheter…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="1"/>
        <source>High &amp;contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="1"/>
        <source>High contrast on.</source>
        <translation>Høy kontrast er på.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="1"/>
        <source>High contrast off.</source>
        <translation>Høy kontrast er av.</translation>
    </message>
</context>
<context>
    <name>MatchFiltersPanel</name>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="33"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="36"/>
        <source>Where the mentor lives</source>
        <translation>Hvor mentoren bor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="38"/>
        <source>Anywhere</source>
        <translation>Hvor som helst</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="39"/>
        <source>Same municipality</source>
        <translation>Samme kommune</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="40"/>
        <source>Same county</source>
        <translation>Samme fylke</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="41"/>
        <source>Within a distance</source>
        <translation>Innenfor en avstand</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="49"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="50"/>
        <source>Maximum distance in kilometres</source>
        <translation>Største avstand i kilometer</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="58"/>
        <source>Must have</source>
        <translation>Må ha</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="60"/>
        <source>A shared weekly sl&amp;ot</source>
        <translation>En felles ukentlig &amp;tid</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="61"/>
        <source>A shared way of &amp;meeting</source>
        <translation>En felles &amp;møteform</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="62"/>
        <source>Only el&amp;igible mentors</source>
        <translation>Bare kval&amp;ifiserte mentorer</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="63"/>
        <source>Not paired &amp;before</source>
        <translation>Ikke &amp;paret før</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="65"/>
        <source>Offers every specialisation ticked</source>
        <translation>Tilbyr alle avkryssede fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_filters_panel.py" line="68"/>
        <source>Specialisations the mentor must offer</source>
        <translation>Fagområder mentoren må tilby</translation>
    </message>
</context>
<context>
    <name>MatchLabels</name>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="24"/>
        <source>Not eligible</source>
        <translation>Ikke kvalifisert</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="25"/>
        <source>Paired before</source>
        <translation>Paret før</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="26"/>
        <source>Geography</source>
        <translation>Geografi</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="27"/>
        <source>No shared slot</source>
        <translation>Ingen felles tid</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="28"/>
        <source>Specialisation</source>
        <translation>Fagområde</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="29"/>
        <source>Way of meeting</source>
        <translation>Møteform</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="35"/>
        <source>not approved or not available</source>
        <translation>ikke godkjent eller ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="36"/>
        <source>at capacity</source>
        <translation>har ingen ledige plasser</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="37"/>
        <source>paired with this mentee before</source>
        <translation>har vært paret med denne menteen før</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="38"/>
        <source>location unknown</source>
        <translation>ukjent bosted</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="39"/>
        <source>lives in another municipality</source>
        <translation>bor i en annen kommune</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="40"/>
        <source>lives in another county</source>
        <translation>bor i et annet fylke</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="41"/>
        <source>too far away</source>
        <translation>bor for langt unna</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="42"/>
        <source>no shared weekly slot</source>
        <translation>ingen felles ukentlig tid</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="43"/>
        <source>does not offer every chosen specialisation</source>
        <translation>tilbyr ikke alle valgte fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="46"/>
        <source>no shared way of meeting</source>
        <translation>ingen felles møteform</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="55"/>
        <source>no shared specialisation</source>
        <translation>ingen felles fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="56"/>
        <source>same municipality</source>
        <translation>samme kommune</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="57"/>
        <source>same county</source>
        <translation>samme fylke</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="58"/>
        <source>another county</source>
        <translation>annet fylke</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="59"/>
        <source>{place}, {km} km</source>
        <translation>{place}, {km} km</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="60"/>
        <source>{shared} of {wanted} slots</source>
        <translation>{shared} av {wanted} tider</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="61"/>
        <source>{count} shared slots</source>
        <translation>{count} felles tider</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="62"/>
        <source>{free} of {capacity} places free</source>
        <translation>{free} av {capacity} plasser ledige</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="53"/>
        <source>1 shared specialisation: {names}</source>
        <translation>1 felles fagområde: {names}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="54"/>
        <source>{count} shared specialisations: {names}</source>
        <translation>{count} felles fagområder: {names}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="73"/>
        <source>Specialisation overlap</source>
        <translation>Felles fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="74"/>
        <source>Geography fit</source>
        <translation>Geografisk nærhet</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="75"/>
        <source>Availability fit</source>
        <translation>Felles tider</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_labels.py" line="76"/>
        <source>Capacity remaining</source>
        <translation>Ledig kapasitet</translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="52"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="53"/>
        <source>Start from</source>
        <translation>Start fra</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="54"/>
        <source>A waiting mentee</source>
        <translation>En ventende mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="55"/>
        <source>A mentor with free places</source>
        <translation>En mentor med ledige plasser</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="56"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="67"/>
        <source>Candidates heading</source>
        <translation>Overskrift for kandidater</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="70"/>
        <source>Ranked candidates</source>
        <translation>Rangerte kandidater</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="76"/>
        <source>Why others were left out</source>
        <translation>Hvorfor andre ble utelatt</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="77"/>
        <source>Show &amp;left-out mentors</source>
        <translation>Vis &amp;utelatte mentorer</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="79"/>
        <source>Show left-out mentors</source>
        <translation>Vis utelatte mentorer</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="85"/>
        <source>Left-out mentors and why</source>
        <translation>Utelatte mentorer og hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="90"/>
        <source>Comp&amp;are…</source>
        <translation>Sammen&amp;lign …</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="91"/>
        <source>&amp;Create pairing…</source>
        <translation>&amp;Opprett par …</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="93"/>
        <source>Propose a coho&amp;rt…</source>
        <translation>Foreslå for hele kull&amp;et …</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="97"/>
        <source>Matching status</source>
        <translation>Status for matching</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="166"/>
        <source>No programme is in matching or active state. Move a programme to matching in the Programmes section to start pairing.</source>
        <translation>Ingen programmer er i matching eller aktiv fase. Flytt et program til matching under Programmer for å begynne å danne par.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="183"/>
        <source>Loading candidates…</source>
        <translation>Henter kandidater …</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="211"/>
        <source>{name} ({free} of {capacity} free)</source>
        <translation>{name} ({free} av {capacity} ledige)</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="225"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="225"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="230"/>
        <source>No waiting mentees.</source>
        <translation>Ingen ventende mentees.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="232"/>
        <source>No mentors with free places.</source>
        <translation>Ingen mentorer med ledige plasser.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="256"/>
        <source>{filter}: {count}</source>
        <translation>{filter}: {count}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="260"/>
        <source>Left out — {counts}</source>
        <translation>Utelatt — {counts}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="262"/>
        <source>No filter is on.</source>
        <translation>Ingen filtre er på.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="270"/>
        <source>The best {shown} of {count} candidates for {name}</source>
        <translation>De {shown} beste av {count} kandidater for {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="273"/>
        <source>{count} candidates for {name}</source>
        <translation>{count} kandidater for {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="313"/>
        <source>Pairing proposed. It appears in the Pairings list.</source>
        <translation>Paret er foreslått. Det vises i listen over par.</translation>
    </message>
    <message>
        <source>Pairing proposed: {mentor} mentors {mentee}. It is in the Pairings list (Ctrl+1); Ctrl+Z withdraws it.</source>
        <translation>Kobling foreslått: {mentor} er mentor for {mentee}. Den står i listen Koblinger (Ctrl+1); Ctrl+Z trekker forslaget tilbake.</translation>
    </message>
    <message>
        <source>proposal of {mentor} and {mentee}</source>
        <translation>forslaget om {mentor} og {mentee}</translation>
    </message>
    <message>
        <source>Undone: the proposal of {mentor} and {mentee} is withdrawn.</source>
        <translation>Angret: forslaget om {mentor} og {mentee} er trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/match_widget.py" line="1"/>
        <source>Person: type to find</source>
        <translation>Person: skriv for å søke</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="22"/>
        <source>Log meeting</source>
        <translation>Registrer møte</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="26"/>
        <source>Held or scheduled</source>
        <translation>Holdt eller planlagt</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="34"/>
        <source>Date and time of the meeting</source>
        <translation>Dato og klokkeslett for møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="39"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="40"/>
        <source>Duration in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="42"/>
        <source>How they met</source>
        <translation>Hvordan de møttes</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="47"/>
        <source>Summary of the meeting</source>
        <translation>Sammendrag av møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="49"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="51"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="52"/>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="53"/>
        <source>Summar&amp;y:</source>
        <translation>&amp;Sammendrag:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="58"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Lagre møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/meeting_dialog.py" line="59"/>
        <source>Save meeting</source>
        <translation>Lagre møtet</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Rediger møte</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="86"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="88"/>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="89"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="90"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="94"/>
        <source>Meeting {when}, {status}, {how}, {minutes} minutes</source>
        <translation>Møte {when}, {status}, {how}, {minutes} minutter</translation>
    </message>
</context>
<context>
    <name>MentorView</name>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="34"/>
        <source>View as &amp;mentor:</source>
        <translation>Se som &amp;mentor:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="36"/>
        <source>Mentor whose view to show</source>
        <translation>Mentoren hvis visning skal vises</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="37"/>
        <location filename="../../app/views/pairings/mentor_view.py" line="72"/>
        <source>Choose a mentor…</source>
        <translation>Velg en mentor…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="46"/>
        <source>Read-only: this is what the mentor sees. Nothing can be changed here.</source>
        <translation>Kun lesing: slik ser mentoren det. Ingenting kan endres her.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="55"/>
        <source>The mentor&apos;s pairings</source>
        <translation>Mentorens koblinger</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="56"/>
        <location filename="../../app/views/pairings/mentor_view.py" line="92"/>
        <source>Choose a mentor to see their pairings.</source>
        <translation>Velg en mentor for å se mentorens koblinger.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="90"/>
        <source>{name} has no active pairings at the moment.</source>
        <translation>{name} har ingen aktive koblinger for øyeblikket.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/mentor_view.py" line="94"/>
        <source>Pairings of {name}</source>
        <translation>Koblingene til {name}</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="33"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="34"/>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="42"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="44"/>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="45"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="49"/>
        <source>Milestone {n}, {title}: {status}</source>
        <translation>Milepæl {n}, {title}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="53"/>
        <source> on {date} by {who}</source>
        <translation> {date} av {who}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="57"/>
        <source>, due {date}</source>
        <translation>, frist {date}</translation>
    </message>
</context>
<context>
    <name>MilestoneTemplateEditor</name>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="27"/>
        <source>Milestones, in order</source>
        <translation>Milepæler, i rekkefølge</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="30"/>
        <source>Title of a new milestone</source>
        <translation>Tittel på en ny milepæl</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="31"/>
        <source>New milestone title</source>
        <translation>Tittel på ny milepæl</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="36"/>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="37"/>
        <source>due after </source>
        <translation>frist etter </translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="38"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="39"/>
        <source>Due after how many days (optional)</source>
        <translation>Frist etter hvor mange dager (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="40"/>
        <source>Add m&amp;ilestone</source>
        <translation>Legg &amp;til milepæl</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="40"/>
        <source>Add the milestone</source>
        <translation>Legg til milepælen</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="41"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="41"/>
        <source>Remove the selected milestone</source>
        <translation>Fjern den valgte milepælen</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="43"/>
        <source>Move u&amp;p</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="43"/>
        <source>Move the selected milestone up</source>
        <translation>Flytt den valgte milepælen opp</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="46"/>
        <source>Move do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="46"/>
        <source>Move the selected milestone down</source>
        <translation>Flytt den valgte milepælen ned</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="52"/>
        <source>New &amp;milestone:</source>
        <translation>Ny &amp;milepæl:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/milestone_template_editor.py" line="88"/>
        <source>{title} (due after {days} days)</source>
        <translation>{title} (frist etter {days} dager)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="21"/>
        <source>Add note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="26"/>
        <source>Note text</source>
        <translation>Notattekst</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="29"/>
        <source>Who may read the note</source>
        <translation>Hvem som kan lese notatet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="32"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="35"/>
        <source>&amp;Visible to:</source>
        <translation>&amp;Synlig for:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="38"/>
        <source>&amp;Save note</source>
        <translation>&amp;Lagre notatet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="39"/>
        <source>Save note</source>
        <translation>Lagre notatet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/note_dialog.py" line="50"/>
        <source>The note is too long: at most 4000 characters.</source>
        <translation>Notatet er for langt: høyst 4000 tegn.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Rediger notat</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="107"/>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="108"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="109"/>
        <source>Visible to</source>
        <translation>Synlig for</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="110"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/detail_table_models.py" line="114"/>
        <source>Note by {who}, {when}, visible to {visibility}: {text}</source>
        <translation>Notat av {who}, {when}, synlig for {visibility}: {text}</translation>
    </message>
</context>
<context>
    <name>PairingDetailDialog</name>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="67"/>
        <source>Pairing</source>
        <translation>Kobling</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="68"/>
        <source>Pairing detail</source>
        <translation>Koblingsdetaljer</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="82"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="82"/>
        <source>Activate the pairing</source>
        <translation>Aktiver koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="85"/>
        <source>D&amp;ecline…</source>
        <translation>Av&amp;slå …</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="85"/>
        <source>Decline the proposal</source>
        <translation>Avslå forslaget</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="88"/>
        <source>&amp;Log meeting…</source>
        <translation>&amp;Registrer møte…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="88"/>
        <source>Log a meeting</source>
        <translation>Registrer et møte</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="90"/>
        <source>Add &amp;note…</source>
        <translation>Legg til &amp;notat…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="90"/>
        <source>Add a note</source>
        <translation>Legg til et notat</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="92"/>
        <source>&amp;Dissolve…</source>
        <translation>Avsl&amp;utt kobling…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="92"/>
        <source>Dissolve the pairing</source>
        <translation>Avslutt koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="99"/>
        <source>Pairing detail sections</source>
        <translation>Deler av koblingsdetaljene</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="106"/>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="131"/>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="111"/>
        <source>&amp;Mark complete</source>
        <translation>&amp;Merk som fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="112"/>
        <source>Mark the selected milestone complete</source>
        <translation>Merk den valgte milepælen som fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="117"/>
        <source>Mark in &amp;progress</source>
        <translation>Merk som &amp;påbegynt</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="118"/>
        <source>Mark the selected milestone in progress</source>
        <translation>Merk den valgte milepælen som påbegynt</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="123"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="124"/>
        <source>Reopen the selected completed milestone</source>
        <translation>Gjenåpne den valgte fullførte milepælen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="134"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="135"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="136"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="144"/>
        <source>Close the pairing detail</source>
        <translation>Lukk koblingsdetaljene</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="215"/>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} og {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="216"/>
        <source>Pairing: {title}</source>
        <translation>Kobling: {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="262"/>
        <source>All milestones are complete: the pairing is now “Programme complete”.</source>
        <translation>Alle milepæler er fullført: koblingen har nå status «Program fullført».</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="266"/>
        <source>“{title}” marked complete on {date}.</source>
        <translation>«{title}» merket som fullført {date}.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="273"/>
        <source>“{title}” was reopened and is in progress again.</source>
        <translation>«{title}» er gjenåpnet og pågår igjen.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="276"/>
        <source>“{title}” is in progress.</source>
        <translation>«{title}» er påbegynt.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="286"/>
        <source>The pairing is active; its milestones are ready.</source>
        <translation>Koblingen er aktiv; milepælene er klare.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="294"/>
        <source>The proposal was declined. {mentee} is waiting for a new match.</source>
        <translation>Forslaget er avslått. {mentee} venter på en ny match.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_detail_dialog.py" line="331"/>
        <source>The pairing was dissolved. {mentor} and {mentee} are available for re-matching.</source>
        <translation>Koblingen er avsluttet. {mentor} og {mentee} kan kobles på nytt.</translation>
    </message>
    <message>
        <source>“{title}” marked {status}</source>
        <translation>«{title}» merket som {status}</translation>
    </message>
    <message>
        <source>Undone: “{title}” is {status} again.</source>
        <translation>Angret: «{title}» er {status} igjen.</translation>
    </message>
    <message>
        <source>Activate the pairing of {mentor} and {mentee}? Their milestones start today and the proposal can no longer be withdrawn.</source>
        <translation>Aktivere koblingen mellom {mentor} og {mentee}? Milepælene starter i dag, og forslaget kan ikke lenger trekkes tilbake.</translation>
    </message>
    <message>
        <source>Activate pairing</source>
        <translation>Aktiver kobling</translation>
    </message>
    <message>
        <source>meeting logged</source>
        <translation>registrert møte</translation>
    </message>
    <message>
        <source>Undone: the meeting of {when} is removed.</source>
        <translation>Angret: møtet {when} er slettet.</translation>
    </message>
    <message>
        <source>Meeting of {when} saved. It is listed under Meetings.</source>
        <translation>Møtet {when} er lagret. Det står under Møter.</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>nytt notat</translation>
    </message>
    <message>
        <source>Undone: the note is removed.</source>
        <translation>Angret: notatet er slettet.</translation>
    </message>
    <message>
        <source>Note saved. It is listed under Notes.</source>
        <translation>Notatet er lagret. Det står under Notater.</translation>
    </message>
</context>
<context>
    <name>PairingHeader</name>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="40"/>
        <source>{mentor} mentors {mentee}</source>
        <translation>{mentor} er mentor for {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="45"/>
        <source>next milestone: {stage}</source>
        <translation>neste milepæl: {stage}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="47"/>
        <source>dissolved {date}</source>
        <translation>avsluttet {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="49"/>
        <source>completed {date}</source>
        <translation>fullført {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="51"/>
        <source>Status: {text}</source>
        <translation>Status: {text}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="53"/>
        <source>Paired by hand, without a match score.</source>
        <translation>Paret manuelt, uten matchpoeng.</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="55"/>
        <source>Matched with score {score}: {why}</source>
        <translation>Matchet med {score} poeng: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_header.py" line="59"/>
        <source>Why matched: {text}</source>
        <translation>Hvorfor matchet: {text}</translation>
    </message>
</context>
<context>
    <name>PairingListView</name>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="84"/>
        <source>Name, programme, stage…</source>
        <translation>Navn, program, fase…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="85"/>
        <source>Filter {title} by text</source>
        <translation>Filtrer {title} på tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="88"/>
        <source>Filter by status</source>
        <translation>Filtrer etter status</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="89"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="93"/>
        <source>Filter by programme</source>
        <translation>Filtrer etter program</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="97"/>
        <source>Filter by unit</source>
        <translation>Filtrer etter enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="99"/>
        <source>C&amp;lear filters</source>
        <translation>Tø&amp;m filtre</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="100"/>
        <source>Clear filters</source>
        <translation>Tøm filtre</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="103"/>
        <source>Filte&amp;r:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="104"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="105"/>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="106"/>
        <source>U&amp;nit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="135"/>
        <source>&amp;Open details</source>
        <translation>&amp;Åpne detaljer</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="136"/>
        <source>Open details of the selected pairing</source>
        <translation>Åpne detaljer for den valgte koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="139"/>
        <source>&amp;Dissolve…</source>
        <translation>&amp;Avslutt kobling…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="140"/>
        <source>Dissolve the selected pairing</source>
        <translation>Avslutt den valgte koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="186"/>
        <source>Loading pairings…</source>
        <translation>Laster koblinger…</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="201"/>
        <source>The list could not be loaded: {reason}</source>
        <translation>Listen kunne ikke lastes: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="207"/>
        <source>All programmes</source>
        <translation>Alle programmer</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="209"/>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="258"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="261"/>
        <source>{counts}. Show only these</source>
        <translation>{counts}. Vis bare disse</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="263"/>
        <source>Showing {shown} of {total}</source>
        <translation>Viser {shown} av {total}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_list_view.py" line="270"/>
        <source>No pairings match the filters. Clear the filters to see them all.</source>
        <translation>Ingen koblinger passer med filtrene. Tøm filtrene for å se alle.</translation>
    </message>
</context>
<context>
    <name>PairingTableModel</name>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="147"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="148"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="149"/>
        <source>Stage (next milestone)</source>
        <translation>Fase (neste milepæl)</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="150"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="151"/>
        <source>Pending milestones</source>
        <translation>Gjenstående milepæler</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="152"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="153"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="154"/>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="155"/>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="156"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="157"/>
        <source>Why matched</source>
        <translation>Hvorfor matchet</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="212"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="227"/>
        <source>Paired by hand</source>
        <translation>Paret manuelt</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="231"/>
        <source>Score {score}: {why}</source>
        <translation>Poeng {score}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="237"/>
        <source>Awaiting answer</source>
        <translation>Venter på svar</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="241"/>
        <source>All milestones done</source>
        <translation>Alle milepæler fullført</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="242"/>
        <source>{stage} ({done} of {total} done)</source>
        <translation>{stage} ({done} av {total} fullført)</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="252"/>
        <source>Proposed {when}</source>
        <translation>Foreslått {when}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="258"/>
        <source>{mentor} mentors {mentee}</source>
        <translation>{mentor} er mentor for {mentee}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="259"/>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="263"/>
        <source>stage: {stage}</source>
        <translation>fase: {stage}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="265"/>
        <source>pending milestones: {list}</source>
        <translation>gjenstående milepæler: {list}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="267"/>
        <source>ended {date}</source>
        <translation>avsluttet {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="269"/>
        <source>reason: {reason}</source>
        <translation>årsak: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="272"/>
        <source>last activity: {when}</source>
        <translation>siste aktivitet: {when}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="273"/>
        <source>programme: {name}</source>
        <translation>program: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/pairings/pairing_table_model.py" line="275"/>
        <source>why matched: {why}</source>
        <translation>hvorfor matchet: {why}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../app/views/people/people_view.py" line="58"/>
        <source>Filter people by text</source>
        <translation>Filtrer personer på tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="59"/>
        <source>Name, place, specialisation…</source>
        <translation>Navn, sted, fagområde…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="63"/>
        <source>Filter by role</source>
        <translation>Filtrer etter rolle</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="64"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="64"/>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="64"/>
        <source>Mentees</source>
        <translation>Menteer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="67"/>
        <source>Filter by programme</source>
        <translation>Filtrer etter program</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="68"/>
        <location filename="../../app/views/people/people_view.py" line="128"/>
        <source>All programmes</source>
        <translation>Alle programmer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="72"/>
        <source>Filte&amp;r:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="73"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="74"/>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="84"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="94"/>
        <source>E&amp;dit…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="95"/>
        <source>Edit the selected person</source>
        <translation>Rediger den valgte personen</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="97"/>
        <source>Add &amp;mentor…</source>
        <translation>Legg til &amp;mentor…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="98"/>
        <source>Add a mentor</source>
        <translation>Legg til en mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="100"/>
        <source>Add men&amp;tee…</source>
        <translation>Legg til ment&amp;ee…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="101"/>
        <source>Add a mentee</source>
        <translation>Legg til en mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="116"/>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="137"/>
        <source>Nobody is registered yet. Add a mentor or a mentee to start.</source>
        <translation>Ingen er registrert ennå. Legg til en mentor eller en mentee for å begynne.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="140"/>
        <source>The people could not be loaded: {reason}</source>
        <translation>Personene kunne ikke lastes: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="154"/>
        <source>Showing {shown} of {total}</source>
        <translation>Viser {shown} av {total}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="1"/>
        <source>Er&amp;ase person…</source>
        <translation>Sle&amp;tt person…</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="1"/>
        <source>Erase the selected person, who asked to be forgotten</source>
        <translation>Slett den valgte personen, som har bedt om å bli glemt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/people_view.py" line="1"/>
        <source>Select the person to erase first.</source>
        <translation>Velg først personen som skal slettes.</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="59"/>
        <source>Add mentor</source>
        <translation>Legg til mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="59"/>
        <source>Add mentee</source>
        <translation>Legg til mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="61"/>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="66"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="69"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Navn (påkrevd):</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="71"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="71"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="72"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="74"/>
        <source>Post&amp;code:</source>
        <translation>Postn&amp;ummer:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="74"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="77"/>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="77"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="80"/>
        <source>C&amp;ounty:</source>
        <translation>&amp;Fylke:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="80"/>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="84"/>
        <source>Short bio, up to 500 characters</source>
        <translation>Kort presentasjon, inntil 500 tegn</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="87"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Om meg:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="92"/>
        <source>In the programme</source>
        <translation>I programmet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="94"/>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="94"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="101"/>
        <source>&amp;Mentor role:</source>
        <translation>&amp;Mentorrolle:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="101"/>
        <source>Mentor role</source>
        <translation>Mentorrolle</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="104"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="104"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="106"/>
        <source>&amp;Availability:</source>
        <translation>Tilgjengelig&amp;het:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="106"/>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="111"/>
        <source>Unavailable until</source>
        <translation>Utilgjengelig til</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="112"/>
        <source>Unavailab&amp;le until:</source>
        <translation>Utilg&amp;jengelig til:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="114"/>
        <source>Ca&amp;pacity (mentees):</source>
        <translation>K&amp;apasitet (menteer):</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="114"/>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="116"/>
        <source>Max tra&amp;vel (km):</source>
        <translation>Maks &amp;reisevei (km):</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="116"/>
        <source>Maximum travel in kilometres</source>
        <translation>Lengste reisevei i kilometer</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="118"/>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="123"/>
        <source>Meets: {way}</source>
        <translation>Møtes: {way}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="126"/>
        <source>Ways of meeting:</source>
        <translation>Møteformer:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="131"/>
        <location filename="../../app/views/people/person_edit_dialog.py" line="134"/>
        <source>Specialisations</source>
        <translation>Fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="134"/>
        <source>Wants help with</source>
        <translation>Ønsker hjelp med</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="136"/>
        <source>Weekly availability</source>
        <translation>Ukentlig tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="143"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="144"/>
        <source>Save the person</source>
        <translation>Lagre personen</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="266"/>
        <source>Choose a programme first; create one on the Programmes page.</source>
        <translation>Velg et program først; opprett et på siden Programmer.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_edit_dialog.py" line="1"/>
        <source>Write each coordinate as a number, such as 69.65, or leave both empty.</source>
        <translation>Skriv hver koordinat som et tall, for eksempel 69,65, eller la begge stå tomme.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="50"/>
        <source>Unavailable until {date}</source>
        <translation>Utilgjengelig til {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="60"/>
        <source>{taken} of {capacity} taken</source>
        <translation>{taken} av {capacity} opptatt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="77"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="78"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="79"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="80"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="81"/>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="83"/>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="87"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="88"/>
        <source>Specialisations</source>
        <translation>Fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="95"/>
        <source>{role} in {programme}, {state}</source>
        <translation>{role} i {programme}, {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/person_table_model.py" line="105"/>
        <source>specialisations: {list}</source>
        <translation>fagområder: {list}</translation>
    </message>
</context>
<context>
    <name>PortalLinkPanel</name>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="39"/>
        <source>Personal link to the mentor portal</source>
        <translation>Personlig lenke til mentorportalen</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="44"/>
        <source>Looking for links…</source>
        <translation>Ser etter lenker …</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="51"/>
        <source>New personal link, shown only now</source>
        <translation>Ny personlig lenke, vises bare nå</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="52"/>
        <source>A new link appears here once</source>
        <translation>En ny lenke vises her én gang</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="54"/>
        <source>Cop&amp;y link</source>
        <translation>Kop&amp;ier lenken</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="55"/>
        <source>Copy the personal link to the clipboard</source>
        <translation>Kopier den personlige lenken til utklippstavlen</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="62"/>
        <source>&amp;Issue personal link</source>
        <translation>La&amp;g personlig lenke</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="63"/>
        <source>Issue a new personal link for this mentor</source>
        <translation>Lag en ny personlig lenke for denne mentoren</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="65"/>
        <source>Revo&amp;ke links…</source>
        <translation>Trekk til&amp;bake lenker …</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="0"/>
        <source>New calendar address</source>
        <translation>Ny kalenderadresse</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="0"/>
        <source>Give this mentor a new calendar address</source>
        <translation>Gi denne mentoren en ny kalenderadresse</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="0"/>
        <source>The old calendar address stops working, for instance when it was shared by mistake.</source>
        <translation>Den gamle kalenderadressen slutter å virke, for eksempel når den er delt ved en feil.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="0"/>
        <source>The mentor has a new calendar address; the old one no longer works. They find the new one on their My mentees page and subscribe to it again.</source>
        <translation>Mentoren har fått en ny kalenderadresse; den gamle virker ikke lenger. Den nye står på siden Mine mentees, og mentoren må abonnere på den på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="66"/>
        <source>Revoke every personal link of this mentor</source>
        <translation>Trekk tilbake alle personlige lenker for denne mentoren</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="95"/>
        <source>No personal link is active.</source>
        <translation>Ingen personlig lenke er aktiv.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="98"/>
        <source>One personal link is active; it expires {when}.</source>
        <translation>Én personlig lenke er aktiv; den utløper {when}.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="105"/>
        <source>{count} personal links are active; the newest expires {when}.</source>
        <translation>{count} personlige lenker er aktive; den nyeste utløper {when}.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="120"/>
        <source>A personal link was issued; it expires {when}. Copy it now: it is shown only once.</source>
        <translation>En personlig lenke er laget; den utløper {when}. Kopier den nå: den vises bare én gang.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="133"/>
        <source>The personal link was copied to the clipboard.</source>
        <translation>Den personlige lenken er kopiert til utklippstavlen.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="138"/>
        <source>Revoke personal links</source>
        <translation>Trekk tilbake personlige lenker</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="140"/>
        <source>Revoke every personal link of this mentor? The mentor is signed out of the portal at the next click and needs a new link to get back in.</source>
        <translation>Trekke tilbake alle personlige lenker for denne mentoren? Mentoren blir logget ut av portalen ved neste klikk og trenger en ny lenke for å komme inn igjen.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="146"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="147"/>
        <source>&amp;Keep the links</source>
        <translation>&amp;Behold lenkene</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="148"/>
        <source>Revoke every personal link</source>
        <translation>Trekk tilbake alle personlige lenker</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="165"/>
        <source>No link was active; there was nothing to revoke.</source>
        <translation>Ingen lenke var aktiv; det var ingenting å trekke tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="167"/>
        <source>The personal link was revoked.</source>
        <translation>Den personlige lenken er trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="169"/>
        <source>{count} personal links were revoked.</source>
        <translation>{count} personlige lenker er trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/portal_link_panel.py" line="177"/>
        <source>The personal link could not be changed: {reason}</source>
        <translation>Den personlige lenken kunne ikke endres: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditDialog</name>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="34"/>
        <source>Specialisation overlap</source>
        <translation>Felles fagområder</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="35"/>
        <source>Geography</source>
        <translation>Geografi</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="36"/>
        <source>Shared availability</source>
        <translation>Felles tilgjengelighet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="37"/>
        <source>Free capacity</source>
        <translation>Ledig kapasitet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="51"/>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="51"/>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="56"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="59"/>
        <source>Programme name</source>
        <translation>Programnavn</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="61"/>
        <source>&amp;Name (required):</source>
        <translation>&amp;Navn (påkrevd):</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="64"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="66"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="69"/>
        <source>Organisation unit</source>
        <translation>Organisasjonsenhet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="70"/>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="206"/>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="76"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="84"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="86"/>
        <source>Default &amp;capacity:</source>
        <translation>Standard&amp;kapasitet:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="86"/>
        <source>Default capacity per mentor</source>
        <translation>Standardkapasitet per mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="89"/>
        <source>&amp;Amber after (days):</source>
        <translation>&amp;Gul etter (dager):</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="89"/>
        <source>Needs attention after days</source>
        <translation>Trenger oppfølging etter dager</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="91"/>
        <source>&amp;Red after (days):</source>
        <translation>&amp;Rød etter (dager):</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="91"/>
        <source>Stalled after days</source>
        <translation>Stanset etter dager</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="97"/>
        <source>Matching weights</source>
        <translation>Vekter for matching</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="106"/>
        <source>Weight: {name}</source>
        <translation>Vekt: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="111"/>
        <source>Milestone template (new pairings get these milestones)</source>
        <translation>Milepælsmal (nye koblinger får disse milepælene)</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="118"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="119"/>
        <source>Save the programme</source>
        <translation>Lagre programmet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="148"/>
        <source>Draft (once saved)</source>
        <translation>Utkast (når det er lagret)</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="157"/>
        <source>Move to “{state}”</source>
        <translation>Flytt til «{state}»</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="175"/>
        <source>The programme is now “{state}”.</source>
        <translation>Programmet har nå status «{state}».</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_edit_dialog.py" line="1"/>
        <source>Organisation unit: choose or type a new one</source>
        <translation>Organisasjonsenhet: velg eller skriv inn en ny</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="23"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="25"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="29"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="30"/>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="31"/>
        <source>Default capacity</source>
        <translation>Standardkapasitet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="33"/>
        <source>Amber / red after</source>
        <translation>Gul / rød etter</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="34"/>
        <source>{amber} / {red} days</source>
        <translation>{amber} / {red} dager</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="41"/>
        <source>{name}, {state}, unit {unit}, {milestones} milestones, default capacity {capacity}, needs attention after {amber} days and stalled after {red} days without activity</source>
        <translation>{name}, {state}, enhet {unit}, {milestones} milepæler, standardkapasitet {capacity}, trenger oppfølging etter {amber} og er stanset etter {red} dager uten aktivitet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_table_model.py" line="46"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="48"/>
        <source>Filte&amp;r:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="50"/>
        <source>Filter programmes by text</source>
        <translation>Filtrer programmer på tekst</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="59"/>
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="67"/>
        <source>E&amp;dit…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="68"/>
        <source>Edit the selected programme</source>
        <translation>Rediger det valgte programmet</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="70"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="71"/>
        <source>Create a new programme</source>
        <translation>Opprett et nytt program</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="91"/>
        <source>There are no programmes yet. Create one to start.</source>
        <translation>Det finnes ingen programmer ennå. Opprett et for å begynne.</translation>
    </message>
    <message>
        <location filename="../../app/views/programmes/programme_view.py" line="94"/>
        <source>The programmes could not be loaded: {reason}</source>
        <translation>Programmene kunne ikke lastes: {reason}</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="39"/>
        <source>Pinned</source>
        <translation>Festet</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="40"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="41"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="42"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="43"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="47"/>
        <source> (pinned)</source>
        <translation> (festet)</translation>
    </message>
    <message>
        <location filename="../../app/views/matching/cohort_review_dialog.py" line="48"/>
        <source>{mentor} with {mentee}{pinned}, score {score}. {why}</source>
        <translation>{mentor} med {mentee}{pinned}, poeng {score}. {why}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="18"/>
        <source>My units</source>
        <translation>Mine enheter</translation>
    </message>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="22"/>
        <source>Tick the units you coordinate; the pairing lists show their programmes (a region includes its chapters). Tick none to see every unit. Programmes without a unit are always shown.</source>
        <translation>Kryss av for enhetene du koordinerer; koblingslistene viser programmene deres (en region omfatter lokallagene sine). Kryss av for ingen for å se alle enheter. Programmer uten enhet vises alltid.</translation>
    </message>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="29"/>
        <source>Units I coordinate</source>
        <translation>Enheter jeg koordinerer</translation>
    </message>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="33"/>
        <source>Save my units</source>
        <translation>Lagre enhetene mine</translation>
    </message>
    <message>
        <location filename="../../app/views/scope_dialog.py" line="45"/>
        <source>There are no organisation units yet; programmes can name one.</source>
        <translation>Det finnes ingen organisasjonsenheter ennå; et program kan angi en.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="19"/>
        <source>Sync server</source>
        <translation>Synkroniseringsserver</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="23"/>
        <source>Changes made on this computer are sent to the shared server and changes from other computers are received from it. You can keep working while the server cannot be reached. Leave the address empty to stop syncing.</source>
        <translation>Endringer gjort på denne datamaskinen sendes til den felles serveren, og endringer fra andre datamaskiner hentes derfra. Du kan fortsette å arbeide mens serveren ikke kan nås. La adressen stå tom for å slutte å synkronisere.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="33"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="39"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="46"/>
        <source>MENTOR_SERVER_URL is set on this computer, so sync uses that address instead of this one.</source>
        <translation>MENTOR_SERVER_URL er satt på denne datamaskinen, så synkroniseringen bruker den adressen i stedet for denne.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="50"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="51"/>
        <source>Test the connection to this server</source>
        <translation>Test tilkoblingen til denne serveren</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="58"/>
        <source>Save the server address</source>
        <translation>Lagre serveradressen</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/server_settings_dialog.py" line="80"/>
        <source>Connecting to the server…</source>
        <translation>Kobler til serveren…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../app/views/widgets/service_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/service_dialog.py" line="40"/>
        <source>Cancel and close</source>
        <translation>Avbryt og lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/service_dialog.py" line="68"/>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="64"/>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="67"/>
        <source>Send your changes and receive everyone else&apos;s ({keys})</source>
        <translation>Send endringene dine og hent alle andres ({keys})</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="71"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="73"/>
        <source>Server &amp;settings…</source>
        <translation>Server&amp;innstillinger…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="75"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="79"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="86"/>
        <source>Sync with the server now</source>
        <translation>Synkroniser med serveren nå</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="166"/>
        <source>The server can be reached again.</source>
        <translation>Serveren kan nås igjen.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="197"/>
        <source>Syncing with the server…</source>
        <translation>Synkroniserer med serveren…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="232"/>
        <source>Synced. Sent: {sent}. Updated here: {received}.</source>
        <translation>Synkronisert. Sendt: {sent}. Oppdatert her: {received}.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="234"/>
        <source>Synced: nothing new.</source>
        <translation>Synkronisert: ingenting nytt.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="237"/>
        <source>New conflicts to look at: {n} (Sync ▸ Conflicts).</source>
        <translation>Nye konflikter å se på: {n} (Synkronisering ▸ Konflikter).</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="239"/>
        <source>Conflicts still waiting for you: {n}.</source>
        <translation>Konflikter som fortsatt venter på deg: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="264"/>
        <source>Sync server saved.</source>
        <translation>Synkroniseringsserveren er lagret.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_controller.py" line="264"/>
        <source>Sync is off: no server is set.</source>
        <translation>Synkronisering er av: ingen server er satt.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="45"/>
        <source>Syncing with the server</source>
        <translation>Synkroniserer med serveren</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="51"/>
        <source>Server settings…</source>
        <translation>Serverinnstillinger…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="53"/>
        <source>Set the sync server</source>
        <translation>Velg synkroniseringsserver</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="63"/>
        <source>Sync status: {status}</source>
        <translation>Synkroniseringsstatus: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="70"/>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="70"/>
        <source>{n} conflicts</source>
        <translation>{n} konflikter</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="73"/>
        <source>Open the list of sync conflicts ({count})</source>
        <translation>Åpne listen over synkroniseringskonflikter ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="79"/>
        <source>Sync: checking…</source>
        <translation>Synkronisering: sjekker…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="81"/>
        <source>Working on the shared database directly: nothing to sync</source>
        <translation>Arbeider direkte i den felles databasen: ingenting å synkronisere</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="83"/>
        <source>Not syncing: no server is set</source>
        <translation>Synkroniserer ikke: ingen server er satt</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="86"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="88"/>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="90"/>
        <source>Synced {time}</source>
        <translation>Synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="92"/>
        <source>no changes waiting to be sent</source>
        <translation>ingen endringer venter på å bli sendt</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="94"/>
        <source>1 change waiting to be sent</source>
        <translation>1 endring venter på å bli sendt</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="96"/>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} endringer venter på å bli sendt</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="98"/>
        <source>Server unreachable — changes are kept here</source>
        <translation>Serveren kan ikke nås — endringene tas vare på her</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/sync_status_widget.py" line="100"/>
        <source>Sync stopped — changes are kept here</source>
        <translation>Synkroniseringen stoppet — endringene tas vare på her</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="23"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="24"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="25"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="26"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="31"/>
        <source>Stalled: no activity for a long time</source>
        <translation>Stått stille: ingen aktivitet på lenge</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="33"/>
        <source>Proposal waiting more than 7 days</source>
        <translation>Forslag som har ventet mer enn 7 dager</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="35"/>
        <source>Active 14 days without a meeting</source>
        <translation>Aktiv i 14 dager uten møte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="37"/>
        <source>Milestone overdue: {title}</source>
        <translation>Milepæl forsinket: {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="41"/>
        <source>{what}: {mentor} and {mentee}, since {when}</source>
        <translation>{what}: {mentor} og {mentee}, siden {when}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="155"/>
        <source>Dashboard</source>
        <translation>Oversiktstavle</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="160"/>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="162"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="174"/>
        <source>Programme figures</source>
        <translation>Tall for programmet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="177"/>
        <source>Pairings needing care, last 12 weeks</source>
        <translation>Koblinger som trenger oppfølging, siste 12 uker</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="183"/>
        <source>The chart&apos;s figures as a table</source>
        <translation>Tallene i diagrammet som tabell</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="193"/>
        <source>Proposals waiting more than 7 days</source>
        <translation>Forslag som har ventet mer enn 7 dager</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="198"/>
        <source>Active pairings that never met</source>
        <translation>Aktive koblinger som aldri har møttes</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="238"/>
        <source>{name}: no figures yet</source>
        <translation>{name}: ingen tall ennå</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="239"/>
        <source>{name}: {percent} % ({count} of {out_of})</source>
        <translation>{name}: {percent} % ({count} av {out_of})</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="246"/>
        <source>No programme to show yet.</source>
        <translation>Ingen programmer å vise ennå.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="256"/>
        <source>Pairings by status — {statuses}</source>
        <translation>Koblinger etter status — {statuses}</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="257"/>
        <source>Meetings held</source>
        <translation>Møter holdt</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="258"/>
        <source>No-shows</source>
        <translation>Ingen møtte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="259"/>
        <source>Proposals declined</source>
        <translation>Forslag avslått</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="265"/>
        <source>Waiting more than 7 days for an answer: {count}</source>
        <translation>Venter mer enn 7 dager på svar: {count}</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="268"/>
        <source>Active, never met: {count}</source>
        <translation>Aktive, aldri møttes: {count}</translation>
    </message>
</context>
<context>
    <name>FollowupWiring</name>
    <message>
        <location filename="../../app/views/followup/wiring.py" line="43"/>
        <source>Dashboard</source>
        <translation>Oversiktstavle</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/wiring.py" line="62"/>
        <source>{count} new alerts.</source>
        <translation>{count} nye varsler.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/wiring.py" line="68"/>
        <source>{count} meeting reminders sent.</source>
        <translation>{count} møtepåminnelser sendt.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="111"/>
        <source>Mark &amp;held</source>
        <translation>Merk som &amp;holdt</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="111"/>
        <source>Mark the meeting as held</source>
        <translation>Merk møtet som holdt</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="113"/>
        <source>Cancel mee&amp;ting…</source>
        <translation>Avl&amp;ys møte…</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="113"/>
        <source>Cancel the meeting</source>
        <translation>Avlys møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="114"/>
        <source>No&amp;body came…</source>
        <translation>&amp;Ingen møtte…</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="114"/>
        <source>Record that nobody came</source>
        <translation>Registrer at ingen møtte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="116"/>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Flytt…</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="116"/>
        <source>Move the meeting to another time</source>
        <translation>Flytt møtet til et annet tidspunkt</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="150"/>
        <source>The meeting of {when} is marked as held.</source>
        <translation>Møtet {when} er merket som holdt.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="166"/>
        <source>The meeting is cancelled.</source>
        <translation>Møtet er avlyst.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="166"/>
        <source>Recorded: nobody came.</source>
        <translation>Registrert: ingen møtte.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="178"/>
        <source>The meeting is moved to {when}; reminders will be sent for the new time.</source>
        <translation>Møtet er flyttet til {when}; påminnelser sendes for det nye tidspunktet.</translation>
    </message>
    <message>
        <source>meeting move</source>
        <translation>flyttingen av møtet</translation>
    </message>
    <message>
        <source>Undone: the meeting is back at {when}.</source>
        <translation>Angret: møtet er tilbake til {when}.</translation>
    </message>
</context>
<context>
    <name>MeetingReasonDialog</name>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="36"/>
        <source>Cancel meeting</source>
        <translation>Avlys møte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="36"/>
        <source>Nobody came</source>
        <translation>Ingen møtte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="42"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="43"/>
        <source>Meeting:</source>
        <translation>Møte:</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="44"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="47"/>
        <source>&amp;Cancel meeting</source>
        <translation>&amp;Avlys møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="47"/>
        <source>&amp;Mark no-show</source>
        <translation>&amp;Registrer at ingen møtte</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="69"/>
        <location filename="../../app/views/followup/meeting_actions.py" line="81"/>
        <source>Move meeting</source>
        <translation>Flytt møte</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="76"/>
        <source>New date and time of the meeting</source>
        <translation>Ny dato og tid for møtet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="77"/>
        <source>&amp;New time:</source>
        <translation>&amp;Nytt tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/meeting_actions.py" line="80"/>
        <source>&amp;Move meeting</source>
        <translation>&amp;Flytt møtet</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="60"/>
        <source>Alerts: {count}</source>
        <translation>Varsler: {count}</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="60"/>
        <source>No alerts</source>
        <translation>Ingen varsler</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="62"/>
        <source>{count} new alerts; open the list</source>
        <translation>{count} nye varsler; åpne listen</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="62"/>
        <source>No new alerts</source>
        <translation>Ingen nye varsler</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="78"/>
        <location filename="../../app/views/followup/notification_area.py" line="79"/>
        <location filename="../../app/views/followup/notification_area.py" line="89"/>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="84"/>
        <source>No new alerts. Pairings that need attention will appear here.</source>
        <translation>Ingen nye varsler. Koblinger som trenger oppmerksomhet vises her.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="93"/>
        <source>&amp;Open pairing</source>
        <translation>&amp;Åpne kobling</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="93"/>
        <source>Open the pairing</source>
        <translation>Åpne koblingen</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="94"/>
        <source>C&amp;lear</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="94"/>
        <source>Clear the selected alert</source>
        <translation>Fjern det valgte varselet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="96"/>
        <source>Clear &amp;all</source>
        <translation>Fjern &amp;alle</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="96"/>
        <source>Clear all alerts</source>
        <translation>Fjern alle varsler</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="98"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="98"/>
        <source>Close the alerts</source>
        <translation>Lukk varslene</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/notification_area.py" line="157"/>
        <source>{count} alerts cleared.</source>
        <translation>{count} varsler fjernet.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="69"/>
        <source>Chart: stalled and needs-attention pairings over the last 12 weeks</source>
        <translation>Diagram: koblinger som har stått stille eller trenger oppmerksomhet de siste 12 ukene</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="83"/>
        <location filename="../../app/views/followup/dashboard_view.py" line="112"/>
        <source>No figures yet.</source>
        <translation>Ingen tall ennå.</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="85"/>
        <source>week ending {week}: {stalled} stalled, {attention} need attention</source>
        <translation>uke som slutter {week}: {stalled} stått stille, {attention} trenger oppmerksomhet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="101"/>
        <source>Stalled (solid)</source>
        <translation>Stått stille (heltrukket)</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="102"/>
        <source>Needs attention (hatched)</source>
        <translation>Trenger oppmerksomhet (skravert)</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="40"/>
        <source>Week ending</source>
        <translation>Uke som slutter</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="41"/>
        <source>Stalled</source>
        <translation>Stått stille</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="42"/>
        <source>Needs attention</source>
        <translation>Trenger oppmerksomhet</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="46"/>
        <source>Week ending {week}: {stalled} stalled, {attention} need attention</source>
        <translation>Uke som slutter {week}: {stalled} stått stille, {attention} trenger oppmerksomhet</translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="54"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="55"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="56"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../app/views/followup/dashboard_view.py" line="57"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentor Coordinator</source>
        <translation>Om Mentorkoordinator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentor Coordinator {version}&lt;/h2&gt;&lt;p&gt;Pair mentors with mentees, follow each pairing's milestones, meetings and notes, and share the work with other coordinators through a shared server.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mentorkoordinator {version}&lt;/h2&gt;&lt;p&gt;Koble mentorer med menteer, følg hver koblings milepæler, møter og notater, og del arbeidet med andre koordinatorer gjennom en felles server.&lt;/p&gt;&lt;p&gt;Laget med Qt for Python (PySide6).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CoordinatorNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <source>The history of each pairing records who made every change. Write your name as colleagues know it. You can change it later under Edit → Your name.</source>
        <translation>Historikken til hver kobling viser hvem som gjorde hver endring. Skriv navnet ditt slik kollegene kjenner det. Du kan endre det senere under Rediger → Ditt navn.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>Lagre navnet ditt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write your name first: it cannot be empty.</source>
        <translation>Skriv navnet ditt først: det kan ikke være tomt.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide for coordinators</source>
        <translation>Veiledning for koordinatorer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your first fifteen minutes&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;See who needs you.&lt;/b&gt; The Pairings list (Ctrl+1) shows the most urgent pairing first: stalled, then needs attention. Press Enter on a row to open it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mark progress.&lt;/b&gt; A pairing opens on its milestones with the next one selected. Ctrl+Return marks it complete. Ctrl+Tab moves to History, Meetings and Notes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Write down what happened.&lt;/b&gt; Alt+N adds a note, Alt+L logs a meeting. Enter on a note reads it in full; notes and meetings can be edited or removed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make new pairs.&lt;/b&gt; The Matching section (Ctrl+6) ranks mentors for a waiting mentee. Select one and press Ctrl+Return to propose the pairing; activate it in the pairing's window once both have said yes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;End a pairing.&lt;/b&gt; Ctrl+D dissolves the selected pairing after asking for a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Share lists.&lt;/b&gt; File → Export writes a spreadsheet; File → Import reads one after a preview.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Mistakes&lt;/h3&gt;&lt;p&gt;Ctrl+Z undoes your last milestone mark, note, meeting or proposal of this session. Edit → Undo says what it will undo. The history keeps both the change and the undo.&lt;/p&gt;&lt;h3&gt;Language and name&lt;/h3&gt;&lt;p&gt;View → Language switches between English and Norsk bokmål. Edit → Your name changes the name written into the history.&lt;/p&gt;&lt;p&gt;F1 lists every keyboard shortcut. F10 opens the menu bar.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;De første femten minuttene&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Se hvem som trenger deg.&lt;/b&gt; Listen Koblinger (Ctrl+1) viser den mest hastende koblingen først: stoppet opp, deretter trenger oppfølging. Trykk Enter på en rad for å åpne den.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Merk fremdrift.&lt;/b&gt; En kobling åpnes på milepælene med den neste valgt. Ctrl+Enter merker den som fullført. Ctrl+Tab går til Historikk, Møter og Notater.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skriv ned hva som skjedde.&lt;/b&gt; Alt+N legger til et notat, Alt+R registrerer et møte. Enter på et notat viser hele teksten; notater og møter kan redigeres eller slettes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lag nye par.&lt;/b&gt; Finn mentor (Ctrl+6) rangerer mentorer for en ventende mentee. Velg én og trykk Ctrl+Enter for å foreslå koblingen; aktiver den i koblingens vindu når begge har sagt ja.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Avslutt en kobling.&lt;/b&gt; Ctrl+D avslutter den valgte koblingen etter å ha spurt om en årsak.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Del lister.&lt;/b&gt; Fil → Eksporter skriver et regneark; Fil → Importer leser et etter en forhåndsvisning.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Feil&lt;/h3&gt;&lt;p&gt;Ctrl+Z angrer din siste milepæl, ditt siste notat, møte eller forslag i denne økten. Rediger → Angre sier hva som blir angret. Historikken beholder både endringen og angringen.&lt;/p&gt;&lt;h3&gt;Språk og navn&lt;/h3&gt;&lt;p&gt;Vis → Språk bytter mellom English og norsk bokmål. Rediger → Ditt navn endrer navnet som skrives i historikken.&lt;/p&gt;&lt;p&gt;F1 viser alle hurtigtaster. F10 åpner menylinjen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingCorrections</name>
    <message>
        <source>Ed&amp;it meeting…</source>
        <translation>R&amp;ediger møtet …</translation>
    </message>
    <message>
        <source>Edit the selected meeting</source>
        <translation>Rediger det valgte møtet</translation>
    </message>
    <message>
        <source>Remove meetin&amp;g…</source>
        <translation>Slett m&amp;øtet …</translation>
    </message>
    <message>
        <source>Remove the selected meeting</source>
        <translation>Slett det valgte møtet</translation>
    </message>
    <message>
        <source>The meeting is changed. Ctrl+Z undoes the change.</source>
        <translation>Møtet er endret. Ctrl+Z angrer endringen.</translation>
    </message>
    <message>
        <source>meeting edit</source>
        <translation>redigeringen av møtet</translation>
    </message>
    <message>
        <source>Undone: the meeting of {when} is as it was before the edit.</source>
        <translation>Angret: møtet {when} er som før redigeringen.</translation>
    </message>
    <message>
        <source>Remove the meeting of {when}? It disappears from the pairing; the history keeps it.</source>
        <translation>Slette møtet {when}? Det forsvinner fra koblingen; historikken beholder det.</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Slett møte</translation>
    </message>
    <message>
        <source>&amp;Remove meeting</source>
        <translation>&amp;Slett møtet</translation>
    </message>
    <message>
        <source>meeting removal</source>
        <translation>sletting av møtet</translation>
    </message>
    <message>
        <source>Undone: the meeting is back.</source>
        <translation>Angret: møtet er tilbake.</translation>
    </message>
    <message>
        <source>The meeting of {when} is removed. Ctrl+Z brings it back.</source>
        <translation>Møtet {when} er slettet. Ctrl+Z henter det tilbake.</translation>
    </message>
</context>
<context>
    <name>NoteCorrections</name>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Åpne notatet</translation>
    </message>
    <message>
        <source>Read the selected note in full</source>
        <translation>Les hele det valgte notatet</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>Re&amp;diger notatet …</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Rediger det valgte notatet</translation>
    </message>
    <message>
        <source>Remo&amp;ve note…</source>
        <translation>Sle&amp;tt notatet …</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Slett det valgte notatet</translation>
    </message>
    <message>
        <source>note edit</source>
        <translation>redigeringen av notatet</translation>
    </message>
    <message>
        <source>Undone: the note has its earlier text again.</source>
        <translation>Angret: notatet har den tidligere teksten igjen.</translation>
    </message>
    <message>
        <source>The note is changed.</source>
        <translation>Notatet er endret.</translation>
    </message>
    <message>
        <source>Remove the note “{start}”? It disappears from the pairing; the history keeps it.</source>
        <translation>Slette notatet «{start}»? Det forsvinner fra koblingen; historikken beholder det.</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Slett notat</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>&amp;Slett notatet</translation>
    </message>
    <message>
        <source>note removal</source>
        <translation>slettingen av notatet</translation>
    </message>
    <message>
        <source>Undone: the note is back.</source>
        <translation>Angret: notatet er tilbake.</translation>
    </message>
    <message>
        <source>The note is removed. Ctrl+Z brings it back.</source>
        <translation>Notatet er slettet. Ctrl+Z henter det tilbake.</translation>
    </message>
</context>
<context>
    <name>NoteViewDialog</name>
    <message>
        <source>Note by {who}, {when}</source>
        <translation>Notat av {who}, {when}</translation>
    </message>
    <message>
        <source>Visible to: {who}</source>
        <translation>Synlig for: {who}</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notattekst</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Lukk notatet</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <source>Nothing was undone: {reason}</source>
        <translation>Ingenting ble angret: {reason}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ditt &amp;navn …</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>&amp;About Mentor Coordinator</source>
        <translation>&amp;Om Mentorkoordinator</translation>
    </message>
    <message>
        <source>&amp;Guide for coordinators</source>
        <translation>&amp;Veiledning for koordinatorer</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Angre {what}</translation>
    </message>
    <message>
        <source>From now on, changes are recorded as made by {name}.</source>
        <translation>Fra nå av registreres endringer som gjort av {name}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>{language} is saved. The window shows it after a restart. Restart now?</source>
        <translation>{language} er lagret. Vinduet viser det etter en omstart. Starte på nytt nå?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Start på nytt nå</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>_TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../../app/views/widgets/start_failure.py" line="1"/>
        <source>Mentor Coordinator cannot start</source>
        <translation>Mentor Coordinator kan ikke starte</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/start_failure.py" line="1"/>
        <source>Nothing was changed. The same message is in the terminal and in the log file.</source>
        <translation>Ingenting ble endret. Den samme meldingen står i terminalen og i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/start_failure.py" line="1"/>
        <source>Close Mentor Coordinator</source>
        <translation>Lukk Mentor Coordinator</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>Erase {name}</source>
        <translation>Slett {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>{name} asked to be forgotten. Erasing blanks their name, contact details, place, languages and contact preferences, removes the text of the notes and meetings of their pairings, and scrubs those values from the history, here and, at the next sync, on the server and the other desktops. Their pairings stay, without their data, so the programme&apos;s figures still add up. This cannot be undone.</source>
        <translation>{name} har bedt om å bli glemt. Slettingen tømmer navn, kontaktopplysninger, sted, språk og kontaktmåter, fjerner teksten i notater og møter i koblingene deres, og visker verdiene ut av historikken, her og, ved neste synkronisering, på serveren og de andre maskinene. Koblingene blir stående uten personopplysningene, så programmets tall fortsatt stemmer. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>I have &amp;checked that this person asked to be forgotten</source>
        <translation>Jeg har &amp;kontrollert at personen har bedt om å bli glemt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>Confirm that {name} asked to be forgotten</source>
        <translation>Bekreft at {name} har bedt om å bli glemt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slett for godt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/erase_dialog.py" line="1"/>
        <source>Erase {name} for good</source>
        <translation>Slett {name} for godt</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Organisation units</source>
        <translation>Organisasjonsenheter</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Units, each under the unit it belongs to</source>
        <translation>Enheter, hver under enheten den hører til</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Unit name</source>
        <translation>Enhetens navn</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Level of a new unit</source>
        <translation>Nivå for en ny enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>National</source>
        <translation>Nasjonalt</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Chapter</source>
        <translation>Lokallag</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Level (new unit):</source>
        <translation>N&amp;ivå (ny enhet):</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Belongs to</source>
        <translation>Hører til</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Hører til:</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Add unit</source>
        <translation>&amp;Legg til enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Add a new unit</source>
        <translation>Legg til en ny enhet</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Save changes</source>
        <translation>La&amp;gre endringer</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Save the selected unit&apos;s name and place</source>
        <translation>Lagre navn og plassering for den valgte enheten</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>&amp;Retire</source>
        <translation>&amp;Avvikle</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Retire the selected unit</source>
        <translation>Avvikle den valgte enheten</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Close the units</source>
        <translation>Lukk enhetene</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>No units yet. Start with the national level, then its regions and their chapters.</source>
        <translation>Ingen enheter ennå. Begynn med det nasjonale nivået, så regionene og lokallagene deres.</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Nothing (top level)</source>
        <translation>Ingenting (øverste nivå)</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Added {name}.</source>
        <translation>La til {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Saved {name}.</source>
        <translation>Lagret {name}.</translation>
    </message>
    <message>
        <location filename="../../app/views/units_dialog.py" line="1"/>
        <source>Retired {name}.</source>
        <translation>Avviklet {name}.</translation>
    </message>
</context>
<context>
    <name>ReachBox</name>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Languages and reach</source>
        <translation>Språk og kontakt</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Languages, separated by semicolons</source>
        <translation>Språk, skilt med semikolon</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>norsk; English</source>
        <translation>norsk; engelsk</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>&amp;Written and spoken languages:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Reach by {way}</source>
        <translation>Nås via {way}</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Reach by:</source>
        <translation>Nås via:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Coo&amp;rdinates (latitude, longitude):</source>
        <translation>Koor&amp;dinater (breddegrad, lengdegrad):</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Latitude, such as 69.65</source>
        <translation>Breddegrad, for eksempel 69,65</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Longitude, such as 18.96</source>
        <translation>Lengdegrad, for eksempel 18,96</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>from the municipality</source>
        <translation>fra kommunen</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Nearest:</source>
        <translation>Nærmeste:</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Write each coordinate as a number, such as 69.65.</source>
        <translation>Skriv hver koordinat som et tall, for eksempel 69,65.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>No position typed: the municipality&apos;s centre is used.</source>
        <translation>Ingen posisjon skrevet inn: kommunesenteret brukes.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>That position is not on the map (latitude −90 to 90, longitude −180 to 180).</source>
        <translation>Den posisjonen finnes ikke på kartet (breddegrad −90 til 90, lengdegrad −180 til 180).</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>No municipalities are known to check against.</source>
        <translation>Ingen kjente kommuner å sjekke mot.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>{municipality} ({county}), {km} km from its centre</source>
        <translation>{municipality} ({county}), {km} km fra sentrum</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Far from every known municipality: {place}. Check the numbers.</source>
        <translation>Langt fra alle kjente kommuner: {place}. Sjekk tallene.</translation>
    </message>
    <message>
        <location filename="../../app/views/people/reach_inputs.py" line="1"/>
        <source>Nearest known municipality: {text}</source>
        <translation>Nærmeste kjente kommune: {text}</translation>
    </message>
</context>
</TS>
