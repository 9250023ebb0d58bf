<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChoiceCard</name>
    <message>
        <source>{title}: press {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key (this takes a moment)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fingerprint, which readers of your reports can check with you:
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing key is a file protected by a passphrase. Keep it and the passphrase safe: anyone who has both can sign reports in your name. Readers of a report can check its fingerprint with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyberAssess</name>
    <message>
        <source>Portable mode: settings are kept next to the program, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CyberAssess {version}: assess a country&apos;s capacity to fight cybercrime, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works without any network connection. Each assessment is one .cyberassess file that you can copy, e-mail or carry on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the stage of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {id} not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {id} unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {id} to stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the confidence of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the justification of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by a newer CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system reported a problem with a file{name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the drive and the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything shown as saved is safe. Please report this problem and send the log file {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not available in this version of CyberAssess yet ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the assessment is read-only (use Save As)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({pages} pages) is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel matrix written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix holds no answer that this assessment does not already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} answers imported, {kept} of yours kept, {rejected} rows not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile, so left as they are: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done; Undo reverses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for the ministry and partners: scores, the radar chart, priorities with recommendations, and every answer with its justification. Signing it with your key lets anyone check who produced it and that it has not been changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per dimension, for partners who collect matrices and for assessors working apart. Importing a matrix shows every answer that differs from yours so that you choose; nothing is overwritten silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the E&amp;xcel matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports recorded in this assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports recorded in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step from {stage}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new answers will be added, {conflicts} differ from yours, {same} are the same, and {rejected} rows could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers in this workbook were changed outside CyberAssess after it was exported. Check the differing answers carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers that differ: choose which one to keep for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (the matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply in this country. Not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reliable information yet. Not scored; listed for follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {who}, {when}
SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence to {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity stage (keys 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure are you of this answer? (keys H, M, L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification: what you saw, read or heard (key J to write, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the documents you reviewed and the people you interviewed, and what they show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence files (drop files anywhere on this page to attach them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents, photos or notes to this indicator (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file with its usual program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from the assessment (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy under a new name and continue working on the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the stage (keep the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the &amp;justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the justification text (Esc returns to the stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, coverage, priorities and what still needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF report and Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be edited here: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read everything. To make changes, close the file in the other window or program and open it again, or choose File ▸ Save As… to continue on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}{ro} — {file} — CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. Nothing you see can be changed here; choose &lt;b&gt;Save As…&lt;/b&gt; to continue on a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was upgraded from an older format; the original was kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has been updated since this assessment was made; some questions or descriptors may read differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justification you were typing is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open to try again (or to copy the text), or close and lose that text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue working on a copy of this assessment that you can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only indicators in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions, sections and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note only, no stage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {n}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} indicators answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country being assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is one file. Every answer is saved in it as you work; you can copy it, e-mail it or carry it on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country being assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: National Cyber Review 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maturity stage the country aims for; gaps and priorities are measured against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your signing key, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign the report with my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;without a signature (a draft: nobody can check who made it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No indicator has a stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall maturity {score}: {stage} (target: {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coverage} of applicable indicators have a stage · {unknown} unknown · {na} not applicable · {unanswered} not answered. Not applicable and Unknown are never counted as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rated} of {applicable} applicable indicators have a stage; {unknown} unknown, {na} not applicable, {unanswered} not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rated indicator is below the target stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered without a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity-building priorities: largest weighted gap to the target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity-building priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs attention (press Enter to go to an indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators that need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: settings are kept next to the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start CyberAssess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the windows and of the framework&apos;s texts; takes effect when CyberAssess is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every answer you give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .p12 file, used to sign PDF reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list of recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>CyberAssess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: settings stay on this drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}. No network needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty assessment file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .cyberassess file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete example assessment of a fictional country (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a country&apos;s capacity to prevent, investigate and prosecute cybercrime. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;demo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent assessments yet. Start a new one, or explore the demo assessment of the fictional Republic of Meridia to see how CyberAssess works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry from this list (the file is not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
