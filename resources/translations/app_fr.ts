<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CarriedBanner</name>
    <message>
        <source>Confir&amp;m as it stands</source>
        <translation>Confir&amp;mer telle quelle</translation>
    </message>
    <message>
        <source>Keep the baseline&apos;s answer; choosing a stage or editing the note confirms it too</source>
        <translation>Garder la réponse de la référence ; choisir un stade ou modifier la justification la confirme aussi</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Inconnu / pas de données</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: stage {stage}.</source>
        <translation>Reprise de la référence, à confirmer : stade {stage}.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <source>{title}: press {key}</source>
        <translation>{title}&#xa0;: appuyez sur {key}</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>Créer une clé de signature</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>Saisissez votre nom tel qu&apos;il doit apparaître sur les rapports signés.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Choose where to save the key.</source>
        <translation>Choisissez où enregistrer la clé.</translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation>Enregistrer la clé sous</translation>
    </message>
    <message>
        <source>Signing keys (*.p12)</source>
        <translation>Clés de signature (*.p12)</translation>
    </message>
    <message>
        <source>Creating the key (this takes a moment)…</source>
        <translation>Création de la clé (cela prend un instant)…</translation>
    </message>
    <message>
        <source>Creating the signing key</source>
        <translation>Création de la clé de signature</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>{path} est prêt.</translation>
    </message>
    <message>
        <source>Its fingerprint, which readers of your reports can check with you:
{fp}</source>
        <translation>Son empreinte, que les lecteurs de vos rapports peuvent vérifier auprès de vous&#xa0;:
{fp}</translation>
    </message>
    <message>
        <source>A signing key is a file protected by a passphrase. Keep it and the passphrase safe: anyone who has both can sign reports in your name. Readers of a report can check its fingerprint with you.</source>
        <translation>Une clé de signature est un fichier protégé par une phrase secrète. Conservez la clé et la phrase secrète en lieu sûr&#xa0;: toute personne qui détient les deux peut signer des rapports en votre nom. Les lecteurs d&apos;un rapport peuvent vérifier auprès de vous l&apos;empreinte de la clé.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to remember</source>
        <translation>Au moins 8 caractères&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>CyberAssess</name>
    <message>
        <source>Portable mode: settings are kept next to the program, in {folder}.</source>
        <translation>Mode portable&#xa0;: les paramètres sont conservés à côté du programme, dans {folder}.</translation>
    </message>
    <message>
        <source>Settings are kept in {folder}.</source>
        <translation>Les paramètres sont conservés dans {folder}.</translation>
    </message>
    <message>
        <source>CyberAssess {version}: assess a country&apos;s capacity to fight cybercrime, offline.</source>
        <translation>CyberAssess {version}&#xa0;: évaluez hors ligne la capacité d&apos;un pays à lutter contre la cybercriminalité.</translation>
    </message>
    <message>
        <source>Works without any network connection. Each assessment is one .cyberassess file that you can copy, e-mail or carry on a USB stick.</source>
        <translation>Fonctionne sans aucune connexion réseau. Chaque évaluation est un fichier .cyberassess unique que vous pouvez copier, envoyer par courriel ou emporter sur une clé USB.</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess);;All files (*)</source>
        <translation>Évaluations CyberAssess (*.cyberassess);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Création de {name}…</translation>
    </message>
    <message>
        <source>Creating the assessment</source>
        <translation>Création de l&apos;évaluation</translation>
    </message>
    <message>
        <source>New follow-up of {name}</source>
        <translation>Nouveau suivi de {name}</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Évaluations CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Starting the follow-up</source>
        <translation>Création du suivi</translation>
    </message>
    <message>
        <source>Writing the demo assessment…</source>
        <translation>Écriture de l&apos;évaluation de démonstration…</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Préparation de la démonstration</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <source>Finishing opening {name}…</source>
        <translation>Fin de l’ouverture de {name}…</translation>
    </message>
    <message>
        <source>Confirm {id}</source>
        <translation>Confirmer {id}</translation>
    </message>
    <message>
        <source>Confirming {id}</source>
        <translation>Confirmation de {id}</translation>
    </message>
    <message>
        <source>Undoing the confirmation of {id}</source>
        <translation>Annulation de la confirmation de {id}</translation>
    </message>
    <message>
        <source>Clear the stage of {id}</source>
        <translation>Effacement du stade de {id}</translation>
    </message>
    <message>
        <source>Mark {id} not applicable</source>
        <translation>Marquage de {id} comme non applicable</translation>
    </message>
    <message>
        <source>Mark {id} unknown</source>
        <translation>Marquage de {id} comme inconnu</translation>
    </message>
    <message>
        <source>Set {id} to stage {stage}</source>
        <translation>Attribution du stade {stage} à {id}</translation>
    </message>
    <message>
        <source>Change the confidence of {id}</source>
        <translation>Modification du niveau de confiance de {id}</translation>
    </message>
    <message>
        <source>Edit the justification of {id}</source>
        <translation>Modification de la justification de {id}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation>Non enregistré&#xa0;: voir le message</translation>
    </message>
    <message>
        <source>Saving {id}</source>
        <translation>Enregistrement de {id}</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Ajout de pièces justificatives</translation>
    </message>
    <message>
        <source>Attach {names}</source>
        <translation>Ajout de {names}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retrait de {name}</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Retrait de {name}</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Ajout de {name}</translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation>Enregistrement d&apos;une copie sous {name}…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Enregistré sous {name}</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The file is damaged</source>
        <translation>Le fichier est endommagé</translation>
    </message>
    <message>
        <source>Not an assessment file</source>
        <translation>Ce n&apos;est pas un fichier d&apos;évaluation</translation>
    </message>
    <message>
        <source>Made by a newer CyberAssess</source>
        <translation>Créé par une version plus récente de CyberAssess</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Ouvert dans une autre fenêtre</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Veuillez vérifier</translation>
    </message>
    <message>
        <source>CyberAssess</source>
        <translation>CyberAssess</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>L&apos;ordinateur manque de mémoire.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The system reported a problem with a file{name}: {reason}.</source>
        <translation>Le système a signalé un problème avec un fichier{name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Check the drive and the folder, then try again.</source>
        <translation>Vérifiez le lecteur et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>Une erreur inattendue s&apos;est produite ({kind}).</translation>
    </message>
    <message>
        <source>Everything shown as saved is safe. Please report this problem and send the log file {log}.</source>
        <translation>Tout ce qui est indiqué comme enregistré est en sécurité. Veuillez signaler ce problème et envoyer le fichier journal {log}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The PDF report</source>
        <translation>Le rapport PDF</translation>
    </message>
    <message>
        <source>The Excel matrix</source>
        <translation>La matrice Excel</translation>
    </message>
    <message>
        <source>{what} is not available in this version of CyberAssess yet ({why}).</source>
        <translation>{what} n&apos;est pas encore disponible dans cette version de CyberAssess ({why}).</translation>
    </message>
    <message>
        <source>Not possible while the assessment is read-only (use Save As)</source>
        <translation>Impossible tant que l&apos;évaluation est en lecture seule (utilisez Enregistrer sous)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Excel matrix</source>
        <translation>Matrice Excel</translation>
    </message>
    <message>
        <source>Word draft</source>
        <translation>Projet Word</translation>
    </message>
    <message>
        <source>Sealed package</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Exporting the PDF report</source>
        <translation>Exportation du rapport PDF</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Signé par {signer}.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>PDF report written</source>
        <translation>Rapport PDF enregistré</translation>
    </message>
    <message>
        <source>{path} ({pages} pages) is ready.</source>
        <translation>{path} ({pages} pages) est prêt.</translation>
    </message>
    <message>
        <source>Export the Word draft</source>
        <translation>Exporter le projet Word</translation>
    </message>
    <message>
        <source>draft report</source>
        <translation>projet de rapport</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Word draft written</source>
        <translation>Projet Word enregistré</translation>
    </message>
    <message>
        <source>{path} is ready for comments.</source>
        <translation>{path} est prêt pour les commentaires.</translation>
    </message>
    <message>
        <source>It is not signed: the signed PDF is the final report.</source>
        <translation>Il n&apos;est pas signé : le PDF signé est le rapport définitif.</translation>
    </message>
    <message>
        <source>Exporting the Word draft</source>
        <translation>Exportation du projet Word</translation>
    </message>
    <message>
        <source>Verify a PDF report</source>
        <translation>Vérifier un rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Verifying the report</source>
        <translation>Vérification du rapport</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Reading the certificates and your key…</source>
        <translation>Lecture des certificats et de votre clé…</translation>
    </message>
    <message>
        <source>Sealing the package</source>
        <translation>Scellement du paquet</translation>
    </message>
    <message>
        <source>Package sealed</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>{path} is ready for {recipients}.</source>
        <translation>{path} est prêt pour {recipients}.</translation>
    </message>
    <message>
        <source>Signed by {signer}. Package SHA-256 {sha}.</source>
        <translation>Signé par {signer}. SHA-256 du paquet : {sha}.</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrice</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Excel matrix written</source>
        <translation>Matrice Excel enregistrée</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>{path} est prêt.</translation>
    </message>
    <message>
        <source>Exporting the Excel matrix</source>
        <translation>Exportation de la matrice Excel</translation>
    </message>
    <message>
        <source>Import a matrix</source>
        <translation>Importer une matrice</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reading the matrix</source>
        <translation>Lecture de la matrice</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>The matrix holds no answer that this assessment does not already have.</source>
        <translation>La matrice ne contient aucune réponse qui ne figure pas déjà dans cette évaluation.</translation>
    </message>
    <message>
        <source>{n} rows were not read.</source>
        <translation>{n} lignes n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importation des réponses…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importation de {name}</translation>
    </message>
    <message>
        <source>{applied} answers imported, {kept} of yours kept, {rejected} rows not read.</source>
        <translation>{applied} réponses importées, {kept} des vôtres conservées, {rejected} lignes non lues.</translation>
    </message>
    <message>
        <source>Changed meanwhile, so left as they are: {ids}.</source>
        <translation>Modifiées entre-temps, donc laissées telles quelles&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>Matrix imported</source>
        <translation>Matrice importée</translation>
    </message>
    <message>
        <source>The import is done; Undo reverses it.</source>
        <translation>L&apos;importation est terminée&#xa0;; Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Importing the matrix</source>
        <translation>Importation de la matrice</translation>
    </message>
    <message>
        <source>Signed PDF report</source>
        <translation>Rapport PDF signé</translation>
    </message>
    <message>
        <source>The report for the ministry and partners: executive summary, methodology, findings by dimension, action plan and annexes, with every answer and its justification. Signing the PDF with your key lets anyone check who produced it and that it has not been changed since. The Word draft is the same report, editable, for comments before the final.</source>
        <translation>Le rapport destiné au ministère et aux partenaires : résumé analytique, méthodologie, constatations par dimension, plan d&apos;action et annexes, avec chaque réponse et sa justification. Signer le PDF avec votre clé permet à chacun de vérifier qui l&apos;a produit et qu&apos;il n&apos;a pas été modifié depuis. Le projet Word est le même rapport, modifiable, pour les commentaires avant la version définitive.</translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>The same report as an editable Word document, for the ministry&apos;s comments before the final, signed PDF</source>
        <translation>Le même rapport sous forme de document Word modifiable, pour les commentaires du ministère avant le PDF définitif signé</translation>
    </message>
    <message>
        <source>Export &amp;Word draft…</source>
        <translation>Exporter le projet &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF report…</source>
        <translation>&amp;Vérifier un rapport PDF…</translation>
    </message>
    <message>
        <source>One sheet per dimension, for partners who collect matrices and for assessors working apart. Importing a matrix shows every answer that differs from yours so that you choose; nothing is overwritten silently.</source>
        <translation>Une feuille par dimension, pour les partenaires qui collectent des matrices et pour les évaluateurs qui travaillent séparément. L&apos;importation d&apos;une matrice affiche chaque réponse qui diffère des vôtres pour que vous choisissiez&#xa0;; rien n&apos;est remplacé à votre insu.</translation>
    </message>
    <message>
        <source>Export the E&amp;xcel matrix…</source>
        <translation>Exporter la matrice E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Import a matrix…</source>
        <translation>&amp;Importer une matrice…</translation>
    </message>
    <message>
        <source>Sealed handover package</source>
        <translation>Paquet de remise scellé</translation>
    </message>
    <message>
        <source>The signed report, the matrix and, if you wish, the assessment file, in one package that only the recipients you choose can open, signed by you so that they can check it is unchanged. Partners open it with CyberAssess or OpenSSL.</source>
        <translation>Le rapport signé, la matrice et, si vous le souhaitez, le fichier d’évaluation, dans un seul paquet que seuls les destinataires choisis peuvent ouvrir, signé par vous pour qu’ils vérifient qu’il n’a pas été modifié. Les partenaires l’ouvrent avec CyberAssess ou OpenSSL.</translation>
    </message>
    <message>
        <source>&amp;Seal for handover…</source>
        <translation>&amp;Sceller pour la remise…</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment:</source>
        <translation>Exportations enregistrées dans cette évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment</source>
        <translation>Exportations enregistrées dans cette évaluation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Country context</source>
        <translation>Contexte national</translation>
    </message>
    <message>
        <source>Headline messages (executive summary)</source>
        <translation>Messages clés (résumé analytique)</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>The few messages a minister should read first; the executive summary opens with them.</source>
        <translation>Les quelques messages qu&apos;un ministre doit lire en premier ; le résumé analytique commence par eux.</translation>
    </message>
    <message>
        <source>The country&apos;s situation, institutions and the threat it faces, for the introduction.</source>
        <translation>La situation du pays, ses institutions et la menace à laquelle il fait face, pour l&apos;introduction.</translation>
    </message>
    <message>
        <source>Whom the review team thanks, printed in the report&apos;s front matter.</source>
        <translation>Les personnes et institutions que l&apos;équipe d&apos;évaluation remercie, imprimées dans les pages liminaires du rapport.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. No indicator of this dimension has a stage yet.</source>
        <translation>Principales constatations, points forts et lacunes. Aucun indicateur de cette dimension n&apos;a encore de stade.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. Score {score} ({stage}); {rated} of {applicable} applicable indicators rated.</source>
        <translation>Principales constatations, points forts et lacunes. Score {score} ({stage}) ; {rated} indicateurs évalués sur {applicable} applicables.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sections of the review</source>
        <translation>Sections de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Proposed text, drafted from the answers</source>
        <translation>Texte proposé, rédigé à partir des réponses</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Utiliser ce texte</translation>
    </message>
    <message>
        <source>A&amp;dd it after mine</source>
        <translation>A&amp;jouter après le mien</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>The dimension&apos;s indicators</source>
        <translation>Les indicateurs de la dimension</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Draft from answers</source>
        <translation>&amp;Rédiger à partir des réponses</translation>
    </message>
    <message>
        <source>Propose a starting text from the dimension&apos;s answers, justifications and stage descriptors; your text is not changed until you choose to use it</source>
        <translation>Propose un premier texte à partir des réponses, des justifications et des descripteurs de stade de la dimension ; votre texte n&apos;est modifié que si vous choisissez de l&apos;utiliser</translation>
    </message>
    <message>
        <source>Paragraphs are separated by an empty line; &quot;- &quot; starts a bullet, **bold** and *italic* are kept.</source>
        <translation>Les paragraphes sont séparés par une ligne vide ; « - » commence une puce, **gras** et *italique* sont conservés.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Documents to review</source>
        <translation>Documents à examiner</translation>
    </message>
    <message>
        <source>Whom to interview</source>
        <translation>Personnes à interroger</translation>
    </message>
    <message>
        <source>Art. {n}</source>
        <translation>Art. {n}</translation>
    </message>
    <message>
        <source>Treaty references (open one to read the article)</source>
        <translation>Références aux traités (ouvrir pour lire l&apos;article)</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Add this step to the action plan</source>
        <translation>Ajouter cette étape au plan d&apos;action</translation>
    </message>
    <message>
        <source>Next step from {stage}</source>
        <translation>Étape suivante à partir du stade {stage}</translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>{new} new answers will be added, {conflicts} differ from yours, {same} are the same, and {rejected} rows could not be read.</source>
        <translation>{new} nouvelles réponses seront ajoutées, {conflicts} diffèrent des vôtres, {same} sont identiques et {rejected} lignes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep for {id}</source>
        <translation>Réponse à conserver pour {id}</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>Lignes non importées&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Signed by {signer} (certificate SHA-256 {fingerprint}): the answers, names and times are as they were signed.</source>
        <translation>Signé par {signer} (certificat SHA-256 {fingerprint}) : les réponses, les noms et les dates sont tels qu&apos;ils ont été signés.</translation>
    </message>
    <message>
        <source>The same key signed earlier exports of this assessment.</source>
        <translation>La même clé a signé des exportations antérieures de cette évaluation.</translation>
    </message>
    <message>
        <source>This key signed no earlier export of this assessment: compare the fingerprint with the one the signer gave you, since anyone can make a key in any name.</source>
        <translation>Cette clé n&apos;a signé aucune exportation antérieure de cette évaluation : comparez l&apos;empreinte avec celle que le signataire vous a donnée, car n&apos;importe qui peut créer une clé à n&apos;importe quel nom.</translation>
    </message>
    <message>
        <source>The signature does not match: {reason}. The names and times in this workbook prove nothing; check the differing answers carefully.</source>
        <translation>La signature ne correspond pas : {reason}. Les noms et les dates de ce classeur ne prouvent rien ; vérifiez attentivement les réponses divergentes.</translation>
    </message>
    <message>
        <source>This workbook is not signed: anyone could have changed its answers, names and times without it showing.</source>
        <translation>Ce classeur n&apos;est pas signé : n&apos;importe qui a pu modifier ses réponses, ses noms et ses dates sans que cela se voie.</translation>
    </message>
    <message>
        <source>Its answers were changed outside CyberAssess after it was exported. Check the differing answers carefully.</source>
        <translation>Ses réponses ont été modifiées en dehors de CyberAssess après son exportation. Vérifiez attentivement les réponses divergentes.</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>aucun stade</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Inconnu / pas de données</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>confidence {c}</source>
        <translation>confiance {c}</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>par {who}, {when}</translation>
    </message>
    <message>
        <source>&amp;Answers that differ: choose which one to keep for each</source>
        <translation>&amp;Réponses divergentes&#xa0;: choisissez celle à conserver pour chacune</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation>Réponses divergentes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Mine (this assessment)</source>
        <translation>La mienne (cette évaluation)</translation>
    </message>
    <message>
        <source>Theirs (the matrix)</source>
        <translation>La leur (la matrice)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Conserver &amp;toutes les miennes</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toutes les &amp;leurs</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Lignes qui n&apos;ont pas été importées</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>&amp;Justification: what you saw, read or heard (key {key} to write, Esc to leave)</source>
        <translation>&amp;Justification&#xa0;: ce que vous avez vu, lu ou entendu (touche {key} pour écrire, Échap pour quitter)</translation>
    </message>
    <message>
        <source>How sure are you of this answer? (keys {high}, {medium}, {low})</source>
        <translation>Quel est votre degré de certitude pour cette réponse&#xa0;? (touches {high}, {medium}, {low})</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Does not apply in this country. Not scored.</source>
        <translation>Ne s&apos;applique pas dans ce pays. Non pris en compte dans les scores.</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Inconnu / pas de données</translation>
    </message>
    <message>
        <source>No reliable information yet. Not scored; listed for follow-up.</source>
        <translation>Pas encore d&apos;information fiable. Non pris en compte dans les scores&#xa0;; signalé pour suivi.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Indicator {n} of {total}</source>
        <translation>Indicateur {n} sur {total}</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>un évaluateur</translation>
    </message>
    <message>
        <source>Last changed by {who}, {when}</source>
        <translation>Dernière modification par {who}, {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Added by {who}, {when}
SHA-256 {sha}</source>
        <translation>Ajouté par {who}, {when}
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Attach evidence to {id}</source>
        <translation>Joindre des pièces justificatives à {id}</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <source>Maturity stage (keys 1–5)</source>
        <translation>Stade de maturité (touches 1–5)</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Niveau de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Name the documents you reviewed and the people you interviewed, and what they show.</source>
        <translation>Indiquez les documents examinés et les personnes interrogées, et ce qu&apos;ils montrent.</translation>
    </message>
    <message>
        <source>E&amp;vidence files (drop files anywhere on this page to attach them)</source>
        <translation>&amp;Pièces justificatives (déposez des fichiers n&apos;importe où sur cette page pour les joindre)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attach documents, photos or notes to this indicator (Ctrl+Shift+A)</source>
        <translation>Joindre des documents, des photos ou des notes à cet indicateur (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected file with its usual program</source>
        <translation>Ouvrir le fichier sélectionné avec son programme habituel</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the assessment (Undo brings it back)</source>
        <translation>Retirer le fichier sélectionné de l&apos;évaluation (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Suivant sans réponse</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Treaty articles</source>
        <translation>Articles des traités</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>Chapitres de la boîte à outils</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>Orientations du cadre</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Justifications</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Textes de constats</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>{id} — your justification: {question}</source>
        <translation>{id} — votre justification : {question}</translation>
    </message>
    <message>
        <source>Narrative: {section}</source>
        <translation>Texte : {section}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>orientations</translation>
    </message>
    <message>
        <source>documents to review</source>
        <translation>documents à examiner</translation>
    </message>
    <message>
        <source>whom to interview</source>
        <translation>personnes à interroger</translation>
    </message>
    <message>
        <source>stage descriptors</source>
        <translation>descripteurs des stades</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>Article {number} – {title}</source>
        <translation>Article {number} – {title}</translation>
    </message>
    <message>
        <source>{instrument}, art. {number}</source>
        <translation>{instrument}, art. {number}</translation>
    </message>
    <message>
        <source>Open in the Treaty table</source>
        <translation>Ouvrir dans le tableau des traités</translation>
    </message>
    <message>
        <source>Also in the library in: {languages}</source>
        <translation>Également dans la bibliothèque en : {languages}</translation>
    </message>
    <message>
        <source>The text of this provision is not in the library.</source>
        <translation>Le texte de cette disposition n&apos;est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Indicators citing it</source>
        <translation>Indicateurs qui la citent</translation>
    </message>
    <message>
        <source>Corresponding provisions</source>
        <translation>Dispositions correspondantes</translation>
    </message>
    <message>
        <source>Provisions of the other instruments cited by the same indicators.</source>
        <translation>Dispositions des autres instruments citées par les mêmes indicateurs.</translation>
    </message>
    <message>
        <source>Cited with it by: {ids}</source>
        <translation>Citée avec elle par : {ids}</translation>
    </message>
    <message>
        <source>Also corresponding:</source>
        <translation>Correspondent également :</translation>
    </message>
    <message>
        <source>The text is not in the library.</source>
        <translation>Le texte n&apos;est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Good practice: dimension</source>
        <translation>Bonnes pratiques : dimension</translation>
    </message>
    <message>
        <source>Good practice: topic</source>
        <translation>Bonnes pratiques : thème</translation>
    </message>
    <message>
        <source>This chapter is not yet translated; it is shown in English.</source>
        <translation>Ce chapitre n&apos;est pas encore traduit ; il est affiché en anglais.</translation>
    </message>
    <message>
        <source>Indicators it serves</source>
        <translation>Indicateurs concernés</translation>
    </message>
    <message>
        <source>Treaty provisions it discusses</source>
        <translation>Dispositions des traités examinées</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Treaty articles</source>
        <translation>Articles des traités</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>Chapitres de la boîte à outils</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>Orientations du cadre</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>Type words to search; every word must appear. End a word with * for a prefix.</source>
        <translation>Tapez des mots à rechercher ; chaque mot doit figurer. Terminez un mot par * pour un préfixe.</translation>
    </message>
    <message>
        <source>Indexing this assessment&apos;s justifications, narratives and evidence…</source>
        <translation>Indexation des justifications, des textes et des pièces de cette évaluation…</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Aucun résultat pour « {query} ».</translation>
    </message>
    <message>
        <source>(updating with your latest changes…)</source>
        <translation>(mise à jour avec vos dernières modifications…)</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{n} results, best first</source>
        <translation>{n} résultats, les meilleurs d&apos;abord</translation>
    </message>
    <message>
        <source>1 evidence file could not be read and is not searched.</source>
        <translation>1 pièce n&apos;a pas pu être lue et n&apos;est pas recherchée.</translation>
    </message>
    <message>
        <source>{n} evidence files could not be read and are not searched.</source>
        <translation>{n} pièces n&apos;ont pas pu être lues et ne sont pas recherchées.</translation>
    </message>
    <message>
        <source>The assessment could not be indexed: {why}</source>
        <translation>L&apos;évaluation n&apos;a pas pu être indexée : {why}</translation>
    </message>
    <message>
        <source>Country context</source>
        <translation>Contexte national</translation>
    </message>
    <message>
        <source>Headline messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>{title}. {publisher}; {source} (retrieved {date}).</source>
        <translation>{title}. {publisher} ; {source} (consulté le {date}).</translation>
    </message>
    <message>
        <source>Treaty texts</source>
        <translation>Textes des traités</translation>
    </message>
    <message>
        <source>Art. {number} – {title}</source>
        <translation>Art. {number} – {title}</translation>
    </message>
    <message>
        <source>Provisions cited by the framework</source>
        <translation>Dispositions citées par le cadre</translation>
    </message>
    <message>
        <source>Art. {number}</source>
        <translation>Art. {number}</translation>
    </message>
    <message>
        <source>Cited by {ids}</source>
        <translation>Citée par {ids}</translation>
    </message>
    <message>
        <source>Good practice (toolkit)</source>
        <translation>Bonnes pratiques (boîte à outils)</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>Par dimension</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance in its four languages and this assessment&apos;s justifications, narratives and evidence files. Open an article to read it beside the corresponding provisions of the other instruments.</source>
        <translation>Recherchez dans les textes des traités, les orientations du cadre dans ses quatre langues et les justifications, textes et pièces de cette évaluation. Ouvrez un article pour le lire à côté des dispositions correspondantes des autres instruments.</translation>
    </message>
    <message>
        <source>Shipped: {texts} — {count} articles.</source>
        <translation>Fournis : {texts} — {count} articles.</translation>
    </message>
    <message>
        <source>Search the treaties, the guidance and this assessment (Ctrl+Shift+F)</source>
        <translation>Rechercher dans les traités, les orientations et cette évaluation (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Library contents</source>
        <translation>Contenu de la bibliothèque</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Article or chapter</source>
        <translation>Article ou chapitre</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>Indexing the assessment</source>
        <translation>Indexation de l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>N</source>
        <comment>one-letter key: Not applicable</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>U</source>
        <comment>one-letter key: Unknown / no data</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>H</source>
        <comment>one-letter key: Confidence high</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>M</source>
        <comment>one-letter key: Confidence medium</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>L</source>
        <comment>one-letter key: Confidence low</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>J</source>
        <comment>one-letter key: Write the justification</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nouveau su&amp;ivi…</translation>
    </message>
    <message>
        <source>Start a follow-up of this assessment: its answers and action plan carried over, to confirm</source>
        <translation>Commencer le suivi de cette évaluation : ses réponses et son plan d&apos;action sont repris, à confirmer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy under a new name and continue working on the copy</source>
        <translation>Enregistrer une copie sous un nouveau nom et continuer à travailler sur la copie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation>Rechercher un &amp;indicateur…</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance and this assessment</source>
        <translation>Rechercher dans les textes des traités, les orientations du cadre et cette évaluation</translation>
    </message>
    <message>
        <source>Stage &amp;{n}</source>
        <translation>Stade &amp;{n}</translation>
    </message>
    <message>
        <source>Choose stage {n}</source>
        <translation>Choisir le stade {n}</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Non applicable</translation>
    </message>
    <message>
        <source>&amp;Unknown / no data</source>
        <translation>&amp;Inconnu / pas de données</translation>
    </message>
    <message>
        <source>&amp;Clear the stage (keep the note)</source>
        <translation>&amp;Effacer le stade (conserver la note)</translation>
    </message>
    <message>
        <source>Confidence &amp;high</source>
        <translation>Confiance éle&amp;vée</translation>
    </message>
    <message>
        <source>Confidence &amp;medium</source>
        <translation>Confiance &amp;moyenne</translation>
    </message>
    <message>
        <source>Confidence &amp;low</source>
        <translation>Confiance &amp;faible</translation>
    </message>
    <message>
        <source>Write the &amp;justification</source>
        <translation>Rédiger la &amp;justification</translation>
    </message>
    <message>
        <source>Move to the justification text (Esc returns to the stages)</source>
        <translation>Aller au texte de la justification (Esc ramène aux stades)</translation>
    </message>
    <message>
        <source>&amp;Attach evidence files…</source>
        <translation>Joindre des &amp;pièces justificatives…</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>Indicateur &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>Indicateur &amp;suivant</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Suivant sans &amp;réponse</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>Answer the indicators</source>
        <translation>Répondre aux indicateurs</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>Scores, coverage, priorities and what still needs attention</source>
        <translation>Scores, couverture, priorités et points qui demandent encore de l&apos;attention</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Signed PDF report and Excel matrix</source>
        <translation>Rapport PDF signé et matrice Excel</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Pro&amp;grès</translation>
    </message>
    <message>
        <source>A follow-up&apos;s progress since its baseline: scores, changed indicators, the action plan</source>
        <translation>Les progrès d&apos;un suivi depuis sa référence : scores, indicateurs qui ont changé, plan d&apos;action</translation>
    </message>
    <message>
        <source>Move to the installed &amp;framework version…</source>
        <translation>Passer à la version installée du &amp;référentiel…</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>The mission record: dates, host, team, persons consulted, documents reviewed</source>
        <translation>Le dossier de mission : dates, hôte, équipe, personnes consultées, documents examinés</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constatations</translation>
    </message>
    <message>
        <source>Country context, headline messages and the findings of each dimension</source>
        <translation>Contexte national, messages clés et constatations de chaque dimension</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Plan d&apos;action</translation>
    </message>
    <message>
        <source>Actions with responsible institutions, horizons, effort and status</source>
        <translation>Actions avec institutions responsables, échéances, effort et état</translation>
    </message>
    <message>
        <source>&amp;Treaty table</source>
        <translation>&amp;Tableau des traités</translation>
    </message>
    <message>
        <source>Treaty provisions and how national law reflects them</source>
        <translation>Dispositions des traités et leur transposition en droit national</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Treaty texts, search and the corresponding provisions of the other instruments</source>
        <translation>Textes des traités, recherche et dispositions correspondantes des autres instruments</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Suivant sans réponse</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>Panneau de &amp;navigation</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>Panneau des &amp;conseils</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About CyberAssess</source>
        <translation>À &amp;propos de CyberAssess</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>{name} — CyberAssess</source>
        <translation>{name} — CyberAssess</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{name} cannot be edited here: {reason}.</source>
        <translation>{name} ne peut pas être modifié ici&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>You can read everything. To make changes, close the file in the other window or program and open it again, or choose File ▸ Save As… to continue on a copy.</source>
        <translation>Vous pouvez tout consulter. Pour apporter des modifications, fermez le fichier dans l&apos;autre fenêtre ou l&apos;autre programme et rouvrez-le, ou choisissez Fichier ▸ Enregistrer sous… pour continuer sur une copie.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>{title}{ro} — {file} — CyberAssess</source>
        <translation>{title}{ro} — {file} — CyberAssess</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. Nothing you see can be changed here; choose &lt;b&gt;Save As…&lt;/b&gt; to continue on a copy you can edit.</source>
        <translation>&lt;b&gt;Lecture seule&#xa0;:&lt;/b&gt; {reason}. Rien de ce que vous voyez ne peut être modifié ici&#xa0;; choisissez &lt;b&gt;Enregistrer sous…&lt;/b&gt; pour continuer sur une copie modifiable.</translation>
    </message>
    <message>
        <source>This file was upgraded from an older format; the original was kept as {backup}.</source>
        <translation>Ce fichier a été converti depuis un format plus ancien&#xa0;; l&apos;original a été conservé sous le nom {backup}.</translation>
    </message>
    <message>
        <source>This assessment keeps the framework it was answered against ({name} {version}); version {new} is installed. Use File ▸ Move to the installed framework version… to move it to {new} (a backup copy is kept and every answer is carried over).</source>
        <translation>Cette évaluation conserve le référentiel sur lequel elle a été renseignée ({name} {version}) ; la version {new} est installée. Utilisez Fichier ▸ Passer à la version installée du référentiel… pour la faire passer à {new} (une copie de sauvegarde est conservée et chaque réponse est reprise).</translation>
    </message>
    <message>
        <source>The framework has been updated since this assessment was made; some questions or descriptors may read differently.</source>
        <translation>Le référentiel a été mis à jour depuis la réalisation de cette évaluation&#xa0;; certaines questions ou certains descripteurs peuvent être formulés différemment.</translation>
    </message>
    <message>
        <source>Every indicator has an answer.</source>
        <translation>Tous les indicateurs ont une réponse.</translation>
    </message>
    <message>
        <source>Move to framework {version}</source>
        <translation>Passer au référentiel {version}</translation>
    </message>
    <message>
        <source>Move this assessment from framework {old} to {new}? Every answer is carried over; a copy of the file as it is now is kept beside it. This cannot be undone with Undo.</source>
        <translation>Faire passer cette évaluation du référentiel {old} au référentiel {new} ? Chaque réponse est reprise ; une copie du fichier dans son état actuel est conservée à côté. Cette opération ne peut pas être annulée avec Annuler.</translation>
    </message>
    <message>
        <source>Move to {new}</source>
        <translation>Passer à {new}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Framework updated</source>
        <translation>Référentiel mis à jour</translation>
    </message>
    <message>
        <source>The assessment now uses framework {new}. The file as it was is kept as {backup}.</source>
        <translation>L&apos;évaluation utilise désormais le référentiel {new}. Le fichier tel qu&apos;il était est conservé sous le nom {backup}.</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v sur %m avec réponse</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>About CyberAssess</source>
        <translation>À propos de CyberAssess</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>Aucune évaluation récente</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Évaluations CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Encrypted CyberAssess assessments, opened with a passphrase (*.cyberassess)</source>
        <translation>Évaluations CyberAssess chiffrées, ouvertes avec une phrase secrète (*.cyberassess)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>Veuillez patienter jusqu&apos;à la fin de la tâche en cours.</translation>
    </message>
    <message>
        <source>Close this assessment</source>
        <translation>Fermer cette évaluation</translation>
    </message>
    <message>
        <source>The justification you were typing is not saved.</source>
        <translation>La justification que vous étiez en train de saisir n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Keep the window open to try again (or to copy the text), or close and lose that text.</source>
        <translation>Laissez la fenêtre ouverte pour réessayer (ou pour copier le texte), ou fermez-la et perdez ce texte.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Laisser la fenêtre ouverte</translation>
    </message>
    <message>
        <source>Close and lose the text</source>
        <translation>Fermer et perdre le texte</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Continue working on a copy of this assessment that you can edit</source>
        <translation>Continuer à travailler sur une copie modifiable de cette évaluation</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>Search indicators (Ctrl+F)</source>
        <translation>Rechercher des indicateurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Rechercher des indicateurs</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>Afficher les indicateurs</translation>
    </message>
    <message>
        <source>Show only indicators in this state</source>
        <translation>N&apos;afficher que les indicateurs dans cet état</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Inconnu / pas de données</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiance faible</translation>
    </message>
    <message>
        <source>Carried over, to confirm</source>
        <translation>Reprises, à confirmer</translation>
    </message>
    <message>
        <source>Dimensions, sections and indicators</source>
        <translation>Dimensions, sections et indicateurs</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>Ajouté au plan d&apos;action : {id}</translation>
    </message>
</context>
<context>
    <name>MatrixExportDialog</name>
    <message>
        <source>&amp;Sign the answers with my key</source>
        <translation>&amp;Signer les réponses avec ma clé</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (nobody can tell whether answers, names or times were changed)</source>
        <translation>Exporter sans si&amp;gnature (personne ne pourra savoir si des réponses, des noms ou des dates ont été modifiés)</translation>
    </message>
    <message>
        <source>Export the Excel matrix</source>
        <translation>Exporter la matrice Excel</translation>
    </message>
    <message>
        <source>Save the matrix as</source>
        <translation>Enregistrer la matrice sous</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the matrix.</source>
        <translation>Choisissez où enregistrer la matrice.</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Évaluation par les pairs</translation>
    </message>
    <message>
        <source>National Cyber Review mission</source>
        <translation>Mission d&apos;examen national cyber</translation>
    </message>
    <message>
        <source>Follow-up mission</source>
        <translation>Mission de suivi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>While the status is draft, every page of the report says DRAFT.</source>
        <translation>Tant que le statut est « projet », chaque page du rapport porte la mention PROJET.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nouveau membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Add a team member</source>
        <translation>&amp;Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Role or function</source>
        <translation>Rôle ou fonction</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nouvelle institution</translation>
    </message>
    <message>
        <source>Add an &amp;institution or person</source>
        <translation>Ajouter une &amp;institution ou une personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Add a &amp;document</source>
        <translation>Ajouter un &amp;document</translation>
    </message>
    <message>
        <source>How the review was done: the mission&apos;s dates and host, the team, who was consulted and which documents were reviewed. The report&apos;s cover, methodology and annexes are written from this record.</source>
        <translation>Comment l&apos;évaluation a été menée : dates et hôte de la mission, équipe, personnes consultées et documents examinés. La couverture, la méthodologie et les annexes du rapport sont rédigées à partir de ce dossier.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>start, YYYY-MM-DD</source>
        <translation>début, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>end, YYYY-MM-DD</source>
        <translation>fin, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Host or lead institution:</source>
        <translation>Institution &amp;hôte ou cheffe de file :</translation>
    </message>
    <message>
        <source>Confidentiality &amp;marking:</source>
        <translation>&amp;Mention de confidentialité :</translation>
    </message>
    <message>
        <source>e.g. Restricted — Ministry of Justice and partners</source>
        <translation>p. ex. Diffusion restreinte — ministère de la Justice et partenaires</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation>&amp;Limites :</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>Équipe d&apos;évaluation</translation>
    </message>
    <message>
        <source>Institutions and persons consulted</source>
        <translation>Institutions et personnes consultées</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>Documents examinés</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>note only, no stage yet</source>
        <translation>note seulement, pas encore de stade</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N.A.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>unknown / no data</source>
        <translation>inconnu / pas de données</translation>
    </message>
    <message>
        <source>stage {n}, {label}</source>
        <translation>stade {n}, {label}</translation>
    </message>
    <message>
        <source>{answer}, carried over from the baseline, to confirm</source>
        <translation>{answer}, reprise de la référence, à confirmer</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: confirm it as it stands or change it.</source>
        <translation>Reprise de la référence, à confirmer : confirmez-la telle quelle ou modifiez-la.</translation>
    </message>
    <message>
        <source>{done} of {total} indicators answered</source>
        <translation>{done} indicateurs sur {total} avec réponse</translation>
    </message>
    <message>
        <source>{count} carried over from the baseline, to confirm</source>
        <translation>{count} reprises de la référence, à confirmer</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Assessment {year}</source>
        <translation>Évaluation {year}</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Enregistrer la nouvelle évaluation sous</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Évaluations CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Enter the country being assessed.</source>
        <translation>Saisissez le pays évalué.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name.</source>
        <translation>{name} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>An assessment is one file. Every answer is saved in it as you work; you can copy it, e-mail it or carry it on a USB stick.</source>
        <translation>Une évaluation tient en un seul fichier. Chaque réponse y est enregistrée au fil du travail&#xa0;; vous pouvez le copier, l&apos;envoyer par courriel ou l&apos;emporter sur une clé USB.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>The country being assessed</source>
        <translation>Le pays évalué</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>For example: National Cyber Review 2026</source>
        <translation>Par exemple&#xa0;: Revue cyber nationale 2026</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>Év&amp;aluateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target stage:</source>
        <translation>&amp;Stade cible&#xa0;:</translation>
    </message>
    <message>
        <source>The maturity stage the country aims for; gaps and priorities are measured against it</source>
        <translation>Le stade de maturité visé par le pays&#xa0;; les écarts et les priorités sont mesurés par rapport à celui-ci</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the file with a passphrase (needed to open it; there is no recovery)</source>
        <translation>&amp;Chiffrer le fichier avec une phrase secrète (nécessaire pour l’ouvrir ; aucune récupération possible)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt {name}</source>
        <translation>Chiffrer {name}</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}: at least {n} characters; a few unrelated words are easy to remember.</source>
        <translation>Choisissez une phrase secrète pour {name} : au moins {n} caractères ; quelques mots sans rapport entre eux sont faciles à retenir.</translation>
    </message>
    <message>
        <source>Encrypted assessment</source>
        <translation>Évaluation chiffrée</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} est chiffré. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>There is no recovery: without this passphrase nobody, not even CyberAssess, can open the assessment. Keep it apart from the file.</source>
        <translation>Aucune récupération n’est possible : sans cette phrase secrète, personne, pas même CyberAssess, ne peut ouvrir l’évaluation. Conservez-la à part du fichier.</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose your signing key, or create one.</source>
        <translation>Choisissez votre clé de signature ou créez-en une.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la clé.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>Choisir votre clé de signature</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Clés de signature (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Sign the report with my key</source>
        <translation>&amp;Signer le rapport avec ma clé</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>Une clé de signature .p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;reate a key…</source>
        <translation>C&amp;réer une clé…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (a draft: nobody can check who made it)</source>
        <translation>Exporter sans si&amp;gnature (un brouillon&#xa0;: personne ne peut vérifier qui l&apos;a produit)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Short term (within a year)</source>
        <translation>Court terme (moins d&apos;un an)</translation>
    </message>
    <message>
        <source>Medium term (1–3 years)</source>
        <translation>Moyen terme (1 à 3 ans)</translation>
    </message>
    <message>
        <source>Long term (over 3 years)</source>
        <translation>Long terme (plus de 3 ans)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>{count} actions: {short} short term, {medium} medium term, {long} long term. {no_owner} without a responsible institution.</source>
        <translation>{count} actions : {short} à court terme, {medium} à moyen terme, {long} à long terme. {no_owner} sans institution responsable.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>{count} actions ajoutées à partir des priorités.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>Toutes les priorités figurent déjà dans le plan.</translation>
    </message>
    <message>
        <source>Remove {count} actions</source>
        <translation>Supprimer {count} actions</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Add all &amp;priorities</source>
        <translation>Ajouter toutes les &amp;priorités</translation>
    </message>
    <message>
        <source>One action for each indicator below the target stage that is not in the plan yet, from the framework&apos;s recommendations</source>
        <translation>Une action pour chaque indicateur sous le stade cible qui ne figure pas encore dans le plan, à partir des recommandations du référentiel</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>This assessment is not a follow-up: it has no baseline.</source>
        <translation>Cette évaluation n&apos;est pas un suivi : elle n&apos;a pas de référence.</translation>
    </message>
    <message>
        <source>Overall {before} at the baseline ({date}), {after} now: {change}</source>
        <translation>Global {before} à la référence ({date}), {after} maintenant : {change}</translation>
    </message>
    <message>
        <source>Improved {improved}, declined {declined}, same stage {unchanged}, rated for the first time {new}, no longer rated {lost}. Baseline: {mission}.</source>
        <translation>En progrès {improved}, en recul {declined}, même stade {unchanged}, notés pour la première fois {new}, plus notés {lost}. Référence : {mission}.</translation>
    </message>
    <message>
        <source>{count} answers carried over from the baseline are still to confirm.</source>
        <translation>{count} réponses reprises de la référence restent à confirmer.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N.A.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>En recul</translation>
    </message>
    <message>
        <source>Rated for the first time</source>
        <translation>Notés pour la première fois</translation>
    </message>
    <message>
        <source>No longer rated</source>
        <translation>Plus notés</translation>
    </message>
    <message>
        <source>No indicator changed stage since the baseline.</source>
        <translation>Aucun indicateur n&apos;a changé de stade depuis la référence.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Added since</source>
        <translation>Ajoutée depuis</translation>
    </message>
    <message>
        <source>The baseline had no action plan.</source>
        <translation>La référence n&apos;avait pas de plan d&apos;action.</translation>
    </message>
    <message>
        <source>Scores per dimension at the baseline and now</source>
        <translation>Scores par dimension à la référence et maintenant</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Stage then → now</source>
        <translation>Stade alors → maintenant</translation>
    </message>
    <message>
        <source>&amp;Indicators that changed (press Enter to go to an indicator)</source>
        <translation>&amp;Indicateurs qui ont changé (Entrée pour aller à un indicateur)</translation>
    </message>
    <message>
        <source>Indicators that improved, declined, were rated for the first time or are no longer rated</source>
        <translation>Indicateurs en progrès, en recul, notés pour la première fois ou qui ne sont plus notés</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline → now</source>
        <translation>Référence → maintenant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The baseline&apos;s &amp;action plan by status</source>
        <translation>Le plan d&apos;&amp;action de la référence par état</translation>
    </message>
    <message>
        <source>The baseline&apos;s action plan by status</source>
        <translation>Le plan d&apos;action de la référence par état</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>At the baseline → now</source>
        <translation>À la référence → maintenant</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation>Graphique radar des scores par dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target: stage {n}</source>
        <translation>Cible&#xa0;: stade {n}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>pas encore de stade</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>Edit the mission record</source>
        <translation>Modifier le dossier de mission</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <source>Edit the text of {section}</source>
        <translation>Modifier le texte de {section}</translation>
    </message>
    <message>
        <source>Add priorities to the action plan</source>
        <translation>Ajouter les priorités au plan d&apos;action</translation>
    </message>
    <message>
        <source>Add an action for {id}</source>
        <translation>Ajouter une action pour {id}</translation>
    </message>
    <message>
        <source>Edit the treaty table ({provision})</source>
        <translation>Modifier le tableau des traités ({provision})</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Add to the action &amp;plan</source>
        <translation>Ajouter au &amp;plan d&apos;action</translation>
    </message>
    <message>
        <source>An action for the chosen priority, from the framework&apos;s recommendations</source>
        <translation>Une action pour la priorité choisie, à partir des recommandations du référentiel</translation>
    </message>
    <message>
        <source>Add &amp;all priorities to the plan</source>
        <translation>Ajouter &amp;toutes les priorités au plan</translation>
    </message>
    <message>
        <source>No indicator has a stage yet.</source>
        <translation>Aucun indicateur n&apos;a encore de stade.</translation>
    </message>
    <message>
        <source>Overall maturity {score}: {stage} (target: {target})</source>
        <translation>Maturité globale {score}&#xa0;: {stage} (cible&#xa0;: {target})</translation>
    </message>
    <message>
        <source>{coverage} of applicable indicators have a stage · {unknown} unknown · {na} not applicable · {unanswered} not answered. Not applicable and Unknown are never counted as zero.</source>
        <translation>{coverage} des indicateurs applicables ont un stade · {unknown} inconnus · {na} non applicables · {unanswered} sans réponse. Les réponses Non applicable et Inconnu ne sont jamais comptées comme zéro.</translation>
    </message>
    <message>
        <source>{rated} of {applicable} applicable indicators have a stage; {unknown} unknown, {na} not applicable, {unanswered} not answered</source>
        <translation>{rated} indicateurs applicables sur {applicable} ont un stade&#xa0;; {unknown} inconnus, {na} non applicables, {unanswered} sans réponse</translation>
    </message>
    <message>
        <source>No rated indicator is below the target stage.</source>
        <translation>Aucun indicateur noté n&apos;est en dessous du stade cible.</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>Ajouté au plan d&apos;action : {id}</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>{count} actions ajoutées à partir des priorités.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>Toutes les priorités figurent déjà dans le plan.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Inconnu / pas de données</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiance faible</translation>
    </message>
    <message>
        <source>Answered without a justification</source>
        <translation>Réponse sans justification</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>Scores par dimension</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>&amp;Capacity-building priorities: largest weighted gap to the target first</source>
        <translation>&amp;Priorités de renforcement des capacités&#xa0;: écart pondéré le plus grand par rapport à la cible en premier</translation>
    </message>
    <message>
        <source>Capacity-building priorities</source>
        <translation>Priorités de renforcement des capacités</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;Needs attention (press Enter to go to an indicator)</source>
        <translation>Points d&apos;&amp;attention (appuyez sur Enter pour aller à un indicateur)</translation>
    </message>
    <message>
        <source>Indicators that need attention</source>
        <translation>Indicateurs qui demandent de l&apos;attention</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Seal for handover</source>
        <translation>Sceller pour la remise</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceller</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <source>Add recipients&apos; certificates</source>
        <translation>Ajouter les certificats des destinataires</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>Choisissez votre clé de signature</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Clés de signature (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>Sealed packages (*.p7m)</source>
        <translation>Paquets scellés (*.p7m)</translation>
    </message>
    <message>
        <source>Add the certificate of at least one recipient.</source>
        <translation>Ajoutez le certificat d’au moins un destinataire.</translation>
    </message>
    <message>
        <source>Certificate not found: {name}. Remove it or add it again.</source>
        <translation>Certificat introuvable : {name}. Retirez-le ou ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>Choose what goes into the package.</source>
        <translation>Choisissez ce que contient le paquet.</translation>
    </message>
    <message>
        <source>Choose your signing key: the recipients check the package with it.</source>
        <translation>Choisissez votre clé de signature : les destinataires vérifient le paquet avec elle.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la clé.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>&amp;Recipients: the certificates (.pem) of the people who may open the package</source>
        <translation>&amp;Destinataires : les certificats (.pem) des personnes autorisées à ouvrir le paquet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Ajouter un certificat…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>The signed &amp;PDF report</source>
        <translation>Le rapport &amp;PDF signé</translation>
    </message>
    <message>
        <source>The Excel &amp;matrix</source>
        <translation>La &amp;matrice Excel</translation>
    </message>
    <message>
        <source>The assessment &amp;file itself (with its evidence and history)</source>
        <translation>Le &amp;fichier d’évaluation lui-même (avec ses preuves et son historique)</translation>
    </message>
    <message>
        <source>Your signing &amp;key:</source>
        <translation>Votre &amp;clé de signature :</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>Une clé de signature .p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Portable mode: settings are kept next to the program.</source>
        <translation>Mode portable&#xa0;: les paramètres sont conservés à côté du programme.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>Fichier de paramètres&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>Choisir la clé de signature</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Clés de signature (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time you start CyberAssess.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CyberAssess.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the windows and of the framework&apos;s texts; takes effect when CyberAssess is started again</source>
        <translation>La langue des fenêtres et des textes du référentiel&#xa0;; prend effet au prochain démarrage de CyberAssess</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded with every answer you give</source>
        <translation>Enregistré avec chacune de vos réponses</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>Clé de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <source>A .p12 file, used to sign PDF reports</source>
        <translation>Un fichier .p12, utilisé pour signer les rapports PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Fichiers récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clear the list of recent assessments</source>
        <translation>&amp;Effacer la liste des évaluations récentes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>CyberAssess</source>
        <translation>CyberAssess</translation>
    </message>
    <message>
        <source>Portable mode: settings stay on this drive.</source>
        <translation>Mode portable&#xa0;: les paramètres restent sur ce lecteur.</translation>
    </message>
    <message>
        <source>Version {version}. No network needed.</source>
        <translation>Version {version}. Aucun réseau nécessaire.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Create an empty assessment file (Ctrl+N)</source>
        <translation>Créer un fichier d&apos;évaluation vide (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a .cyberassess file (Ctrl+O)</source>
        <translation>Ouvrir un fichier .cyberassess (Ctrl+O)</translation>
    </message>
    <message>
        <source>A complete example assessment of a fictional country (Alt+D)</source>
        <translation>Un exemple complet d&apos;évaluation d&apos;un pays fictif (Alt+D)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <source>Assess a country&apos;s capacity to prevent, investigate and prosecute cybercrime. Works offline.</source>
        <translation>Évaluez la capacité d&apos;un pays à prévenir, enquêter et poursuivre la cybercriminalité. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation>&amp;Ouvrir une évaluation…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo assessment</source>
        <translation>Découvrir l&apos;évaluation de &amp;démonstration</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>Évaluations &amp;récentes</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Évaluations récentes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No recent assessments yet. Start a new one, or explore the demo assessment of the fictional Republic of Meridia to see how CyberAssess works.</source>
        <translation>Aucune évaluation récente pour l&apos;instant. Commencez-en une nouvelle, ou découvrez l&apos;évaluation de démonstration de la République fictive de Meridia pour voir comment fonctionne CyberAssess.</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>Remove the selected entry from this list (the file is not deleted)</source>
        <translation>Retirer l&apos;entrée sélectionnée de cette liste (le fichier n&apos;est pas supprimé)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ou&amp;vrir</translation>
    </message>
</context>
<context>
    <name>TreatyPage</name>
    <message>
        <source>Full</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nulle</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>National provision</source>
        <translation>Disposition nationale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Tous les instruments</translation>
    </message>
    <message>
        <source>art. {number}</source>
        <translation>art. {number}</translation>
    </message>
    <message>
        <source>{total} provisions cited by the framework; {assessed} assessed: {full} fully, {partial} partly and {none} not reflected in national law.</source>
        <translation>{total} dispositions citées par le référentiel ; {assessed} évaluées : {full} pleinement, {partial} partiellement et {none} non transposées en droit national.</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument :</translation>
    </message>
    <message>
        <source>Treaty-compliance table</source>
        <translation>Tableau de conformité aux traités</translation>
    </message>
</context>
</TS>
