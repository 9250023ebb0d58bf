<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CarriedBanner</name>
    <message>
        <source>Confir&amp;m as it stands</source>
        <translation>Confir&amp;mar tal cual</translation>
    </message>
    <message>
        <source>Keep the baseline&apos;s answer; choosing a stage or editing the note confirms it too</source>
        <translation>Conservar la respuesta de la línea de base; elegir un nivel o editar la justificación también la confirma</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Desconocido / sin datos</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: stage {stage}.</source>
        <translation>Trasladada de la línea de base, por confirmar: nivel {stage}.</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <source>{title}: press {key}</source>
        <translation>{title}: pulse {key}</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>Crear una clave de firma</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>Escriba su nombre tal como debe aparecer en los informes firmados.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose where to save the key.</source>
        <translation>Elija dónde guardar la clave.</translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation>Guardar la clave como</translation>
    </message>
    <message>
        <source>Signing keys (*.p12)</source>
        <translation>Claves de firma (*.p12)</translation>
    </message>
    <message>
        <source>Creating the key (this takes a moment)…</source>
        <translation>Creando la clave (esto tarda un momento)…</translation>
    </message>
    <message>
        <source>Creating the signing key</source>
        <translation>Creando la clave de firma</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clave de firma creada</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>{path} está listo.</translation>
    </message>
    <message>
        <source>Its fingerprint, which readers of your reports can check with you:
{fp}</source>
        <translation>Su huella digital, que los lectores de sus informes pueden verificar con usted:
{fp}</translation>
    </message>
    <message>
        <source>A signing key is a file protected by a passphrase. Keep it and the passphrase safe: anyone who has both can sign reports in your name. Readers of a report can check its fingerprint with you.</source>
        <translation>Una clave de firma es un archivo protegido por una frase de contraseña. Guarde en un lugar seguro la clave y la frase de contraseña: cualquier persona que disponga de ambas puede firmar informes en su nombre. Los lectores de un informe pueden verificar con usted su huella digital.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to remember</source>
        <translation>Al menos 8 caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>CyberAssess</name>
    <message>
        <source>Portable mode: settings are kept next to the program, in {folder}.</source>
        <translation>Modo portátil: la configuración se guarda junto al programa, en {folder}.</translation>
    </message>
    <message>
        <source>Settings are kept in {folder}.</source>
        <translation>La configuración se guarda en {folder}.</translation>
    </message>
    <message>
        <source>CyberAssess {version}: assess a country&apos;s capacity to fight cybercrime, offline.</source>
        <translation>CyberAssess {version}: evalúe sin conexión la capacidad de un país para luchar contra la ciberdelincuencia.</translation>
    </message>
    <message>
        <source>Works without any network connection. Each assessment is one .cyberassess file that you can copy, e-mail or carry on a USB stick.</source>
        <translation>Funciona sin ninguna conexión de red. Cada evaluación es un único archivo .cyberassess que puede copiar, enviar por correo electrónico o llevar en una memoria USB.</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Abrir una evaluación</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess);;All files (*)</source>
        <translation>Evaluaciones de CyberAssess (*.cyberassess);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Creating the assessment</source>
        <translation>Creando la evaluación</translation>
    </message>
    <message>
        <source>New follow-up of {name}</source>
        <translation>Nuevo seguimiento de {name}</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Evaluaciones de CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Starting the follow-up</source>
        <translation>Creación del seguimiento</translation>
    </message>
    <message>
        <source>Writing the demo assessment…</source>
        <translation>Escribiendo la evaluación de demostración…</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <source>Finishing opening {name}…</source>
        <translation>Terminando de abrir {name}…</translation>
    </message>
    <message>
        <source>Confirm {id}</source>
        <translation>Confirmar {id}</translation>
    </message>
    <message>
        <source>Confirming {id}</source>
        <translation>Confirmación de {id}</translation>
    </message>
    <message>
        <source>Undoing the confirmation of {id}</source>
        <translation>Deshaciendo la confirmación de {id}</translation>
    </message>
    <message>
        <source>Clear the stage of {id}</source>
        <translation>Quitar el nivel de {id}</translation>
    </message>
    <message>
        <source>Mark {id} not applicable</source>
        <translation>Marcar {id} como no aplicable</translation>
    </message>
    <message>
        <source>Mark {id} unknown</source>
        <translation>Marcar {id} como desconocido</translation>
    </message>
    <message>
        <source>Set {id} to stage {stage}</source>
        <translation>Asignar el nivel {stage} a {id}</translation>
    </message>
    <message>
        <source>Change the confidence of {id}</source>
        <translation>Cambiar el nivel de confianza de {id}</translation>
    </message>
    <message>
        <source>Edit the justification of {id}</source>
        <translation>Editar la justificación de {id}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation>No guardado: vea el mensaje</translation>
    </message>
    <message>
        <source>Saving {id}</source>
        <translation>Guardando {id}</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Adjuntando {name}…</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Adjuntando evidencia</translation>
    </message>
    <message>
        <source>Attach {names}</source>
        <translation>Adjuntar {names}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Quitando {name}</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Adjuntando {name}</translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation>Guardando una copia como {name}…</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Guardado como {name}</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The file is damaged</source>
        <translation>El archivo está dañado</translation>
    </message>
    <message>
        <source>Not an assessment file</source>
        <translation>No es un archivo de evaluación</translation>
    </message>
    <message>
        <source>Made by a newer CyberAssess</source>
        <translation>Creado con una versión más reciente de CyberAssess</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Abierto en otra ventana</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Archivo de evidencia</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Compruebe, por favor</translation>
    </message>
    <message>
        <source>CyberAssess</source>
        <translation>CyberAssess</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>El equipo se quedó sin memoria.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system reported a problem with a file{name}: {reason}.</source>
        <translation>El sistema notificó un problema con un archivo{name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the drive and the folder, then try again.</source>
        <translation>Compruebe la unidad y la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>Se produjo un error inesperado ({kind}).</translation>
    </message>
    <message>
        <source>Everything shown as saved is safe. Please report this problem and send the log file {log}.</source>
        <translation>Todo lo que aparece como guardado está a salvo. Notifique este problema y envíe el archivo de registro {log}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The PDF report</source>
        <translation>El informe PDF</translation>
    </message>
    <message>
        <source>The Excel matrix</source>
        <translation>La matriz Excel</translation>
    </message>
    <message>
        <source>{what} is not available in this version of CyberAssess yet ({why}).</source>
        <translation>{what} todavía no está disponible en esta versión de CyberAssess ({why}).</translation>
    </message>
    <message>
        <source>Not possible while the assessment is read-only (use Save As)</source>
        <translation>No es posible mientras la evaluación esté en solo lectura (use Guardar como)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Excel matrix</source>
        <translation>Matriz Excel</translation>
    </message>
    <message>
        <source>Word draft</source>
        <translation>Borrador Word</translation>
    </message>
    <message>
        <source>Sealed package</source>
        <translation>Paquete sellado</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>Exporting the PDF report</source>
        <translation>Exportando el informe PDF</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Firmado por {signer}.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <source>PDF report written</source>
        <translation>Informe PDF generado</translation>
    </message>
    <message>
        <source>{path} ({pages} pages) is ready.</source>
        <translation>{path} ({pages} páginas) está listo.</translation>
    </message>
    <message>
        <source>Export the Word draft</source>
        <translation>Exportar el borrador Word</translation>
    </message>
    <message>
        <source>draft report</source>
        <translation>borrador de informe</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Word draft written</source>
        <translation>Borrador Word guardado</translation>
    </message>
    <message>
        <source>{path} is ready for comments.</source>
        <translation>{path} está listo para recibir comentarios.</translation>
    </message>
    <message>
        <source>It is not signed: the signed PDF is the final report.</source>
        <translation>No está firmado: el PDF firmado es el informe definitivo.</translation>
    </message>
    <message>
        <source>Exporting the Word draft</source>
        <translation>Exportando el borrador Word</translation>
    </message>
    <message>
        <source>Verify a PDF report</source>
        <translation>Verificar un informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Verifying the report</source>
        <translation>Verificando el informe</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>Reading the certificates and your key…</source>
        <translation>Leyendo los certificados y su clave…</translation>
    </message>
    <message>
        <source>Sealing the package</source>
        <translation>Sellado del paquete</translation>
    </message>
    <message>
        <source>Package sealed</source>
        <translation>Paquete sellado</translation>
    </message>
    <message>
        <source>{path} is ready for {recipients}.</source>
        <translation>{path} está listo para {recipients}.</translation>
    </message>
    <message>
        <source>Signed by {signer}. Package SHA-256 {sha}.</source>
        <translation>Firmado por {signer}. SHA-256 del paquete: {sha}.</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Excel matrix written</source>
        <translation>Matriz Excel generada</translation>
    </message>
    <message>
        <source>{path} is ready.</source>
        <translation>{path} está listo.</translation>
    </message>
    <message>
        <source>Exporting the Excel matrix</source>
        <translation>Exportando la matriz Excel</translation>
    </message>
    <message>
        <source>Import a matrix</source>
        <translation>Importar una matriz</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Reading the matrix</source>
        <translation>Leyendo la matriz</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>The matrix holds no answer that this assessment does not already have.</source>
        <translation>La matriz no contiene ninguna respuesta que esta evaluación no tenga ya.</translation>
    </message>
    <message>
        <source>{n} rows were not read.</source>
        <translation>No se leyeron {n} filas.</translation>
    </message>
    <message>
        <source>Importing the answers…</source>
        <translation>Importando las respuestas…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>{applied} answers imported, {kept} of yours kept, {rejected} rows not read.</source>
        <translation>{applied} respuestas importadas, {kept} de las suyas conservadas, {rejected} filas no leídas.</translation>
    </message>
    <message>
        <source>Changed meanwhile, so left as they are: {ids}.</source>
        <translation>Modificadas entretanto, por lo que se dejaron como estaban: {ids}.</translation>
    </message>
    <message>
        <source>Matrix imported</source>
        <translation>Matriz importada</translation>
    </message>
    <message>
        <source>The import is done; Undo reverses it.</source>
        <translation>La importación ha finalizado; Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Importing the matrix</source>
        <translation>Importando la matriz</translation>
    </message>
    <message>
        <source>Signed PDF report</source>
        <translation>Informe PDF firmado</translation>
    </message>
    <message>
        <source>The report for the ministry and partners: executive summary, methodology, findings by dimension, action plan and annexes, with every answer and its justification. Signing the PDF with your key lets anyone check who produced it and that it has not been changed since. The Word draft is the same report, editable, for comments before the final.</source>
        <translation>El informe para el ministerio y los socios: resumen ejecutivo, metodología, conclusiones por dimensión, plan de acción y anexos, con cada respuesta y su justificación. Firmar el PDF con su clave permite a cualquiera comprobar quién lo elaboró y que no se ha modificado desde entonces. El borrador Word es el mismo informe, editable, para recibir comentarios antes del definitivo.</translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>Exportar el informe &amp;PDF…</translation>
    </message>
    <message>
        <source>The same report as an editable Word document, for the ministry&apos;s comments before the final, signed PDF</source>
        <translation>El mismo informe como documento Word editable, para los comentarios del ministerio antes del PDF definitivo firmado</translation>
    </message>
    <message>
        <source>Export &amp;Word draft…</source>
        <translation>Exportar borrador &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF report…</source>
        <translation>Veri&amp;ficar un informe PDF…</translation>
    </message>
    <message>
        <source>One sheet per dimension, for partners who collect matrices and for assessors working apart. Importing a matrix shows every answer that differs from yours so that you choose; nothing is overwritten silently.</source>
        <translation>Una hoja por dimensión, para los socios que recopilan matrices y para los evaluadores que trabajan por separado. Al importar una matriz se muestran todas las respuestas que difieren de las suyas para que usted elija; nada se sobrescribe sin aviso.</translation>
    </message>
    <message>
        <source>Export the E&amp;xcel matrix…</source>
        <translation>Exportar la matriz E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Import a matrix…</source>
        <translation>I&amp;mportar una matriz…</translation>
    </message>
    <message>
        <source>Sealed handover package</source>
        <translation>Paquete de entrega sellado</translation>
    </message>
    <message>
        <source>The signed report, the matrix and, if you wish, the assessment file, in one package that only the recipients you choose can open, signed by you so that they can check it is unchanged. Partners open it with CyberAssess or OpenSSL.</source>
        <translation>El informe firmado, la matriz y, si lo desea, el archivo de evaluación, en un solo paquete que solo pueden abrir los destinatarios que elija, firmado por usted para que comprueben que no ha cambiado. Los socios lo abren con CyberAssess u OpenSSL.</translation>
    </message>
    <message>
        <source>&amp;Seal for handover…</source>
        <translation>&amp;Sellar para la entrega…</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment:</source>
        <translation>Exportaciones registradas en esta evaluación:</translation>
    </message>
    <message>
        <source>Exports recorded in this assessment</source>
        <translation>Exportaciones registradas en esta evaluación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
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
        <translation>Contexto nacional</translation>
    </message>
    <message>
        <source>Headline messages (executive summary)</source>
        <translation>Mensajes clave (resumen ejecutivo)</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>The few messages a minister should read first; the executive summary opens with them.</source>
        <translation>Los pocos mensajes que un ministro debe leer primero; el resumen ejecutivo empieza con ellos.</translation>
    </message>
    <message>
        <source>The country&apos;s situation, institutions and the threat it faces, for the introduction.</source>
        <translation>La situación del país, sus instituciones y la amenaza a la que se enfrenta, para la introducción.</translation>
    </message>
    <message>
        <source>Whom the review team thanks, printed in the report&apos;s front matter.</source>
        <translation>A quién agradece el equipo de evaluación, impreso en las páginas preliminares del informe.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. No indicator of this dimension has a stage yet.</source>
        <translation>Principales conclusiones, fortalezas y carencias. Ningún indicador de esta dimensión tiene todavía una etapa.</translation>
    </message>
    <message>
        <source>Key findings, strengths and gaps. Score {score} ({stage}); {rated} of {applicable} applicable indicators rated.</source>
        <translation>Principales conclusiones, fortalezas y carencias. Puntuación {score} ({stage}); {rated} de {applicable} indicadores aplicables evaluados.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Sections of the review</source>
        <translation>Secciones de la evaluación</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Proposed text, drafted from the answers</source>
        <translation>Texto propuesto, redactado a partir de las respuestas</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Usar este texto</translation>
    </message>
    <message>
        <source>A&amp;dd it after mine</source>
        <translation>Aña&amp;dirlo después del mío</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>The dimension&apos;s indicators</source>
        <translation>Los indicadores de la dimensión</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>&amp;Draft from answers</source>
        <translation>&amp;Redactar a partir de las respuestas</translation>
    </message>
    <message>
        <source>Propose a starting text from the dimension&apos;s answers, justifications and stage descriptors; your text is not changed until you choose to use it</source>
        <translation>Propone un texto inicial a partir de las respuestas, justificaciones y descriptores de etapa de la dimensión; su texto no cambia hasta que decida usarlo</translation>
    </message>
    <message>
        <source>Paragraphs are separated by an empty line; &quot;- &quot; starts a bullet, **bold** and *italic* are kept.</source>
        <translation>Los párrafos se separan con una línea vacía; «- » inicia una viñeta, se conservan **negrita** y *cursiva*.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Documents to review</source>
        <translation>Documentos que revisar</translation>
    </message>
    <message>
        <source>Whom to interview</source>
        <translation>A quién entrevistar</translation>
    </message>
    <message>
        <source>Art. {n}</source>
        <translation>Art. {n}</translation>
    </message>
    <message>
        <source>Treaty references (open one to read the article)</source>
        <translation>Referencias a tratados (abra una para leer el artículo)</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Add this step to the action plan</source>
        <translation>Añadir este paso al plan de acción</translation>
    </message>
    <message>
        <source>Next step from {stage}</source>
        <translation>Siguiente paso a partir del nivel {stage}</translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>{new} new answers will be added, {conflicts} differ from yours, {same} are the same, and {rejected} rows could not be read.</source>
        <translation>Se añadirán {new} respuestas nuevas, {conflicts} difieren de las suyas, {same} son idénticas y no se pudieron leer {rejected} filas.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La de ellos</translation>
    </message>
    <message>
        <source>Keep for {id}</source>
        <translation>Conservar para {id}</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>Filas no importadas:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Signed by {signer} (certificate SHA-256 {fingerprint}): the answers, names and times are as they were signed.</source>
        <translation>Firmado por {signer} (certificado SHA-256 {fingerprint}): las respuestas, los nombres y las fechas están tal como se firmaron.</translation>
    </message>
    <message>
        <source>The same key signed earlier exports of this assessment.</source>
        <translation>La misma clave firmó exportaciones anteriores de esta evaluación.</translation>
    </message>
    <message>
        <source>This key signed no earlier export of this assessment: compare the fingerprint with the one the signer gave you, since anyone can make a key in any name.</source>
        <translation>Esta clave no firmó ninguna exportación anterior de esta evaluación: compare la huella con la que le dio el firmante, ya que cualquiera puede crear una clave a cualquier nombre.</translation>
    </message>
    <message>
        <source>The signature does not match: {reason}. The names and times in this workbook prove nothing; check the differing answers carefully.</source>
        <translation>La firma no coincide: {reason}. Los nombres y las fechas de este libro no prueban nada; revise con atención las respuestas que difieren.</translation>
    </message>
    <message>
        <source>This workbook is not signed: anyone could have changed its answers, names and times without it showing.</source>
        <translation>Este libro no está firmado: cualquiera podría haber cambiado sus respuestas, nombres y fechas sin que se note.</translation>
    </message>
    <message>
        <source>Its answers were changed outside CyberAssess after it was exported. Check the differing answers carefully.</source>
        <translation>Sus respuestas se modificaron fuera de CyberAssess después de exportarlo. Revise con atención las respuestas que difieren.</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Desconocido / sin datos</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>confidence {c}</source>
        <translation>confianza {c}</translation>
    </message>
    <message>
        <source>by {who}, {when}</source>
        <translation>por {who}, {when}</translation>
    </message>
    <message>
        <source>&amp;Answers that differ: choose which one to keep for each</source>
        <translation>&amp;Respuestas que difieren: elija cuál conservar en cada caso</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation>Respuestas que difieren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Mine (this assessment)</source>
        <translation>La mía (esta evaluación)</translation>
    </message>
    <message>
        <source>Theirs (the matrix)</source>
        <translation>La de ellos (la matriz)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Conservar &amp;todas las mías</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar todas las de &amp;ellos</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Filas que no se importaron</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>&amp;Justification: what you saw, read or heard (key {key} to write, Esc to leave)</source>
        <translation>&amp;Justificación: lo que vio, leyó u oyó (tecla {key} para escribir, Esc para salir)</translation>
    </message>
    <message>
        <source>How sure are you of this answer? (keys {high}, {medium}, {low})</source>
        <translation>¿Qué grado de certeza tiene sobre esta respuesta? (teclas {high}, {medium}, {low})</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Does not apply in this country. Not scored.</source>
        <translation>No se aplica en este país. No se puntúa.</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Desconocido / sin datos</translation>
    </message>
    <message>
        <source>No reliable information yet. Not scored; listed for follow-up.</source>
        <translation>Aún no hay información fiable. No se puntúa; se incluye en la lista para seguimiento.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Indicator {n} of {total}</source>
        <translation>Indicador {n} de {total}</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>un evaluador</translation>
    </message>
    <message>
        <source>Last changed by {who}, {when}</source>
        <translation>Modificado por última vez por {who}, {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>Added by {who}, {when}
SHA-256 {sha}</source>
        <translation>Añadido por {who}, {when}
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Attach evidence to {id}</source>
        <translation>Adjuntar evidencia a {id}</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <source>Maturity stage (keys 1–5)</source>
        <translation>Nivel de madurez (teclas 1–5)</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Nivel de &amp;confianza:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Name the documents you reviewed and the people you interviewed, and what they show.</source>
        <translation>Indique los documentos que revisó y las personas a las que entrevistó, y lo que muestran.</translation>
    </message>
    <message>
        <source>E&amp;vidence files (drop files anywhere on this page to attach them)</source>
        <translation>Archivos de evi&amp;dencia (suelte archivos en cualquier lugar de esta página para adjuntarlos)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Attach documents, photos or notes to this indicator (Ctrl+Shift+A)</source>
        <translation>Adjuntar documentos, fotos o notas a este indicador (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected file with its usual program</source>
        <translation>Abrir el archivo seleccionado con su programa habitual</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected file from the assessment (Undo brings it back)</source>
        <translation>Quitar el archivo seleccionado de la evaluación (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Siguiente sin responder</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Treaty articles</source>
        <translation>Artículos de tratados</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>Capítulos del conjunto de herramientas</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>Orientaciones del marco</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Justificaciones</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas documentales</translation>
    </message>
    <message>
        <source>{id} — your justification: {question}</source>
        <translation>{id} — su justificación: {question}</translation>
    </message>
    <message>
        <source>Narrative: {section}</source>
        <translation>Narrativa: {section}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>orientaciones</translation>
    </message>
    <message>
        <source>documents to review</source>
        <translation>documentos que revisar</translation>
    </message>
    <message>
        <source>whom to interview</source>
        <translation>a quién entrevistar</translation>
    </message>
    <message>
        <source>stage descriptors</source>
        <translation>descriptores de las etapas</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recomendaciones</translation>
    </message>
    <message>
        <source>Article {number} – {title}</source>
        <translation>Artículo {number} – {title}</translation>
    </message>
    <message>
        <source>{instrument}, art. {number}</source>
        <translation>{instrument}, art. {number}</translation>
    </message>
    <message>
        <source>Open in the Treaty table</source>
        <translation>Abrir en la tabla de tratados</translation>
    </message>
    <message>
        <source>Also in the library in: {languages}</source>
        <translation>También en la biblioteca en: {languages}</translation>
    </message>
    <message>
        <source>The text of this provision is not in the library.</source>
        <translation>El texto de esta disposición no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Indicators citing it</source>
        <translation>Indicadores que la citan</translation>
    </message>
    <message>
        <source>Corresponding provisions</source>
        <translation>Disposiciones correspondientes</translation>
    </message>
    <message>
        <source>Provisions of the other instruments cited by the same indicators.</source>
        <translation>Disposiciones de los demás instrumentos citadas por los mismos indicadores.</translation>
    </message>
    <message>
        <source>Cited with it by: {ids}</source>
        <translation>Citada junto con ella por: {ids}</translation>
    </message>
    <message>
        <source>Also corresponding:</source>
        <translation>También corresponden:</translation>
    </message>
    <message>
        <source>The text is not in the library.</source>
        <translation>El texto no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Good practice: dimension</source>
        <translation>Buenas prácticas: dimensión</translation>
    </message>
    <message>
        <source>Good practice: topic</source>
        <translation>Buenas prácticas: tema</translation>
    </message>
    <message>
        <source>This chapter is not yet translated; it is shown in English.</source>
        <translation>Este capítulo aún no está traducido; se muestra en inglés.</translation>
    </message>
    <message>
        <source>Indicators it serves</source>
        <translation>Indicadores a los que sirve</translation>
    </message>
    <message>
        <source>Treaty provisions it discusses</source>
        <translation>Disposiciones de tratados que trata</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Treaty articles</source>
        <translation>Artículos de tratados</translation>
    </message>
    <message>
        <source>Toolkit chapters</source>
        <translation>Capítulos del conjunto de herramientas</translation>
    </message>
    <message>
        <source>Framework guidance</source>
        <translation>Orientaciones del marco</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Esta evaluación</translation>
    </message>
    <message>
        <source>Type words to search; every word must appear. End a word with * for a prefix.</source>
        <translation>Escriba palabras para buscar; deben aparecer todas. Termine una palabra con * para buscar un prefijo.</translation>
    </message>
    <message>
        <source>Indexing this assessment&apos;s justifications, narratives and evidence…</source>
        <translation>Indexando las justificaciones, narrativas y pruebas de esta evaluación…</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>No se encontró nada para «{query}».</translation>
    </message>
    <message>
        <source>(updating with your latest changes…)</source>
        <translation>(actualizando con sus últimos cambios…)</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{n} results, best first</source>
        <translation>{n} resultados, los mejores primero</translation>
    </message>
    <message>
        <source>1 evidence file could not be read and is not searched.</source>
        <translation>1 archivo de prueba no se pudo leer y no se busca en él.</translation>
    </message>
    <message>
        <source>{n} evidence files could not be read and are not searched.</source>
        <translation>{n} archivos de prueba no se pudieron leer y no se busca en ellos.</translation>
    </message>
    <message>
        <source>The assessment could not be indexed: {why}</source>
        <translation>No se pudo indexar la evaluación: {why}</translation>
    </message>
    <message>
        <source>Country context</source>
        <translation>Contexto del país</translation>
    </message>
    <message>
        <source>Headline messages</source>
        <translation>Mensajes principales</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>{title}. {publisher}; {source} (retrieved {date}).</source>
        <translation>{title}. {publisher}; {source} (consultado el {date}).</translation>
    </message>
    <message>
        <source>Treaty texts</source>
        <translation>Textos de los tratados</translation>
    </message>
    <message>
        <source>Art. {number} – {title}</source>
        <translation>Art. {number} – {title}</translation>
    </message>
    <message>
        <source>Provisions cited by the framework</source>
        <translation>Disposiciones citadas por el marco</translation>
    </message>
    <message>
        <source>Art. {number}</source>
        <translation>Art. {number}</translation>
    </message>
    <message>
        <source>Cited by {ids}</source>
        <translation>Citada por {ids}</translation>
    </message>
    <message>
        <source>Good practice (toolkit)</source>
        <translation>Buenas prácticas (conjunto de herramientas)</translation>
    </message>
    <message>
        <source>By dimension</source>
        <translation>Por dimensión</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance in its four languages and this assessment&apos;s justifications, narratives and evidence files. Open an article to read it beside the corresponding provisions of the other instruments.</source>
        <translation>Busque en los textos de los tratados, las orientaciones del marco en sus cuatro idiomas y las justificaciones, narrativas y pruebas de esta evaluación. Abra un artículo para leerlo junto a las disposiciones correspondientes de los demás instrumentos.</translation>
    </message>
    <message>
        <source>Shipped: {texts} — {count} articles.</source>
        <translation>Incluidos: {texts} — {count} artículos.</translation>
    </message>
    <message>
        <source>Search the treaties, the guidance and this assessment (Ctrl+Shift+F)</source>
        <translation>Buscar en los tratados, las orientaciones y esta evaluación (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Library contents</source>
        <translation>Contenido de la biblioteca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Article or chapter</source>
        <translation>Artículo o capítulo</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>Indexing the assessment</source>
        <translation>Indexando la evaluación</translation>
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
        <translation>D</translation>
    </message>
    <message>
        <source>H</source>
        <comment>one-letter key: Confidence high</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>M</source>
        <comment>one-letter key: Confidence medium</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>L</source>
        <comment>one-letter key: Confidence low</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>J</source>
        <comment>one-letter key: Write the justification</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nuevo se&amp;guimiento…</translation>
    </message>
    <message>
        <source>Start a follow-up of this assessment: its answers and action plan carried over, to confirm</source>
        <translation>Iniciar el seguimiento de esta evaluación: sus respuestas y su plan de acción se trasladan, por confirmar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save a copy under a new name and continue working on the copy</source>
        <translation>Guardar una copia con otro nombre y seguir trabajando en la copia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find indicator…</source>
        <translation>&amp;Buscar indicador…</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>&amp;Buscar en la biblioteca…</translation>
    </message>
    <message>
        <source>Search the treaty texts, the framework&apos;s guidance and this assessment</source>
        <translation>Buscar en los textos de los tratados, las orientaciones del marco y esta evaluación</translation>
    </message>
    <message>
        <source>Stage &amp;{n}</source>
        <translation>Nivel &amp;{n}</translation>
    </message>
    <message>
        <source>Choose stage {n}</source>
        <translation>Elegir el nivel {n}</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;No aplicable</translation>
    </message>
    <message>
        <source>&amp;Unknown / no data</source>
        <translation>&amp;Desconocido / sin datos</translation>
    </message>
    <message>
        <source>&amp;Clear the stage (keep the note)</source>
        <translation>&amp;Quitar el nivel (conservar la nota)</translation>
    </message>
    <message>
        <source>Confidence &amp;high</source>
        <translation>Nivel de confianza &amp;alto</translation>
    </message>
    <message>
        <source>Confidence &amp;medium</source>
        <translation>Nivel de confianza &amp;medio</translation>
    </message>
    <message>
        <source>Confidence &amp;low</source>
        <translation>Nivel de confianza &amp;bajo</translation>
    </message>
    <message>
        <source>Write the &amp;justification</source>
        <translation>Escribir la &amp;justificación</translation>
    </message>
    <message>
        <source>Move to the justification text (Esc returns to the stages)</source>
        <translation>Ir al texto de la justificación (Esc vuelve a los niveles)</translation>
    </message>
    <message>
        <source>&amp;Attach evidence files…</source>
        <translation>Adjuntar archivos de &amp;evidencia…</translation>
    </message>
    <message>
        <source>&amp;Previous indicator</source>
        <translation>Indicador &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next indicator</source>
        <translation>Indicador &amp;siguiente</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Siguiente sin &amp;responder</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <source>Answer the indicators</source>
        <translation>Responder a los indicadores</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>Scores, coverage, priorities and what still needs attention</source>
        <translation>Puntuaciones, cobertura, prioridades y lo que aún requiere atención</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Signed PDF report and Excel matrix</source>
        <translation>Informe PDF firmado y matriz Excel</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>A follow-up&apos;s progress since its baseline: scores, changed indicators, the action plan</source>
        <translation>El avance de un seguimiento desde su línea de base: puntuaciones, indicadores que cambiaron, plan de acción</translation>
    </message>
    <message>
        <source>Move to the installed &amp;framework version…</source>
        <translation>Pasar a la versión instalada del &amp;marco…</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <source>The mission record: dates, host, team, persons consulted, documents reviewed</source>
        <translation>El registro de la misión: fechas, anfitrión, equipo, personas consultadas, documentos examinados</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Conclusiones</translation>
    </message>
    <message>
        <source>Country context, headline messages and the findings of each dimension</source>
        <translation>Contexto nacional, mensajes clave y conclusiones de cada dimensión</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Plan de acción</translation>
    </message>
    <message>
        <source>Actions with responsible institutions, horizons, effort and status</source>
        <translation>Acciones con instituciones responsables, plazos, esfuerzo y estado</translation>
    </message>
    <message>
        <source>&amp;Treaty table</source>
        <translation>&amp;Tabla de tratados</translation>
    </message>
    <message>
        <source>Treaty provisions and how national law reflects them</source>
        <translation>Disposiciones de los tratados y su reflejo en el derecho nacional</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Treaty texts, search and the corresponding provisions of the other instruments</source>
        <translation>Textos de los tratados, búsqueda y disposiciones correspondientes de los demás instrumentos</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Siguiente sin responder</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>Panel de &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Guidance panel</source>
        <translation>Panel de &amp;orientaciones</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About CyberAssess</source>
        <translation>&amp;Acerca de CyberAssess</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Re&amp;spuesta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>{name} — CyberAssess</source>
        <translation>{name} — CyberAssess</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <source>{name} cannot be edited here: {reason}.</source>
        <translation>{name} no se puede editar aquí: {reason}.</translation>
    </message>
    <message>
        <source>You can read everything. To make changes, close the file in the other window or program and open it again, or choose File ▸ Save As… to continue on a copy.</source>
        <translation>Puede leerlo todo. Para hacer cambios, cierre el archivo en la otra ventana o programa y vuelva a abrirlo, o elija Archivo ▸ Guardar como… para continuar en una copia.</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source>{title}{ro} — {file} — CyberAssess</source>
        <translation>{title}{ro} — {file} — CyberAssess</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}. Nothing you see can be changed here; choose &lt;b&gt;Save As…&lt;/b&gt; to continue on a copy you can edit.</source>
        <translation>&lt;b&gt;Solo lectura:&lt;/b&gt; {reason}. Nada de lo que ve puede modificarse aquí; elija &lt;b&gt;Guardar como…&lt;/b&gt; para continuar en una copia que pueda editar.</translation>
    </message>
    <message>
        <source>This file was upgraded from an older format; the original was kept as {backup}.</source>
        <translation>Este archivo se actualizó desde un formato anterior; el original se conservó como {backup}.</translation>
    </message>
    <message>
        <source>This assessment keeps the framework it was answered against ({name} {version}); version {new} is installed. Use File ▸ Move to the installed framework version… to move it to {new} (a backup copy is kept and every answer is carried over).</source>
        <translation>Esta evaluación conserva el marco con el que se respondió ({name} {version}); está instalada la versión {new}. Use Archivo ▸ Pasar a la versión instalada del marco… para pasarla a {new} (se guarda una copia de seguridad y se conservan todas las respuestas).</translation>
    </message>
    <message>
        <source>The framework has been updated since this assessment was made; some questions or descriptors may read differently.</source>
        <translation>El marco se ha actualizado desde que se realizó esta evaluación; algunas preguntas o descriptores pueden tener una redacción distinta.</translation>
    </message>
    <message>
        <source>Every indicator has an answer.</source>
        <translation>Todos los indicadores tienen respuesta.</translation>
    </message>
    <message>
        <source>Move to framework {version}</source>
        <translation>Pasar al marco {version}</translation>
    </message>
    <message>
        <source>Move this assessment from framework {old} to {new}? Every answer is carried over; a copy of the file as it is now is kept beside it. This cannot be undone with Undo.</source>
        <translation>¿Pasar esta evaluación del marco {old} al {new}? Se conservan todas las respuestas y se guarda junto al archivo una copia en su estado actual. No se puede deshacer con Deshacer.</translation>
    </message>
    <message>
        <source>Move to {new}</source>
        <translation>Pasar a {new}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Framework updated</source>
        <translation>Marco actualizado</translation>
    </message>
    <message>
        <source>The assessment now uses framework {new}. The file as it was is kept as {backup}.</source>
        <translation>La evaluación usa ahora el marco {new}. El archivo tal como estaba se conserva como {backup}.</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v de %m respondidos</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>About CyberAssess</source>
        <translation>Acerca de CyberAssess</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translation>No hay evaluaciones recientes</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Evaluaciones de CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Encrypted CyberAssess assessments, opened with a passphrase (*.cyberassess)</source>
        <translation>Evaluaciones de CyberAssess cifradas, se abren con una frase de contraseña (*.cyberassess)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Please wait until the current task has finished.</source>
        <translation>Espere a que finalice la tarea en curso.</translation>
    </message>
    <message>
        <source>Close this assessment</source>
        <translation>Cerrar esta evaluación</translation>
    </message>
    <message>
        <source>The justification you were typing is not saved.</source>
        <translation>La justificación que estaba escribiendo no se ha guardado.</translation>
    </message>
    <message>
        <source>Keep the window open to try again (or to copy the text), or close and lose that text.</source>
        <translation>Mantenga la ventana abierta para volver a intentarlo (o para copiar el texto), o ciérrela y pierda ese texto.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message>
        <source>Close and lose the text</source>
        <translation>Cerrar y perder el texto</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Continue working on a copy of this assessment that you can edit</source>
        <translation>Seguir trabajando en una copia editable de esta evaluación</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Search indicators (Ctrl+F)</source>
        <translation>Buscar indicadores (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Buscar indicadores</translation>
    </message>
    <message>
        <source>Show indicators</source>
        <translation>Mostrar indicadores</translation>
    </message>
    <message>
        <source>Show only indicators in this state</source>
        <translation>Mostrar solo los indicadores en este estado</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Desconocido / sin datos</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Nivel de confianza bajo</translation>
    </message>
    <message>
        <source>Carried over, to confirm</source>
        <translation>Trasladadas, por confirmar</translation>
    </message>
    <message>
        <source>Dimensions, sections and indicators</source>
        <translation>Dimensiones, secciones e indicadores</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>Añadido al plan de acción: {id}</translation>
    </message>
</context>
<context>
    <name>MatrixExportDialog</name>
    <message>
        <source>&amp;Sign the answers with my key</source>
        <translation>&amp;Firmar las respuestas con mi clave</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (nobody can tell whether answers, names or times were changed)</source>
        <translation>Exportar &amp;sin firma (nadie podrá saber si se cambiaron respuestas, nombres o fechas)</translation>
    </message>
    <message>
        <source>Export the Excel matrix</source>
        <translation>Exportar la matriz Excel</translation>
    </message>
    <message>
        <source>Save the matrix as</source>
        <translation>Guardar la matriz como</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the matrix.</source>
        <translation>Elija dónde guardar la matriz.</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Evaluación entre pares</translation>
    </message>
    <message>
        <source>National Cyber Review mission</source>
        <translation>Misión de examen cibernético nacional</translation>
    </message>
    <message>
        <source>Follow-up mission</source>
        <translation>Misión de seguimiento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>While the status is draft, every page of the report says DRAFT.</source>
        <translation>Mientras el estado sea borrador, cada página del informe indica BORRADOR.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>&amp;Add a team member</source>
        <translation>&amp;Añadir un miembro del equipo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>Role or function</source>
        <translation>Función o cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>Add an &amp;institution or person</source>
        <translation>Añadir una &amp;institución o persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Archivo de evidencia</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>Add a &amp;document</source>
        <translation>Añadir un &amp;documento</translation>
    </message>
    <message>
        <source>How the review was done: the mission&apos;s dates and host, the team, who was consulted and which documents were reviewed. The report&apos;s cover, methodology and annexes are written from this record.</source>
        <translation>Cómo se hizo la evaluación: fechas y anfitrión de la misión, equipo, personas consultadas y documentos examinados. La portada, la metodología y los anexos del informe se redactan a partir de este registro.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>start, YYYY-MM-DD</source>
        <translation>inicio, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>end, YYYY-MM-DD</source>
        <translation>fin, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Host or lead institution:</source>
        <translation>Institución &amp;anfitriona o principal:</translation>
    </message>
    <message>
        <source>Confidentiality &amp;marking:</source>
        <translation>&amp;Marca de confidencialidad:</translation>
    </message>
    <message>
        <source>e.g. Restricted — Ministry of Justice and partners</source>
        <translation>p. ej. Reservado — Ministerio de Justicia y socios</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Limitations:</source>
        <translation>&amp;Limitaciones:</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>Equipo de evaluación</translation>
    </message>
    <message>
        <source>Institutions and persons consulted</source>
        <translation>Instituciones y personas consultadas</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>Documentos examinados</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>note only, no stage yet</source>
        <translation>solo una nota, aún sin nivel</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>unknown / no data</source>
        <translation>desconocido / sin datos</translation>
    </message>
    <message>
        <source>stage {n}, {label}</source>
        <translation>nivel {n}, {label}</translation>
    </message>
    <message>
        <source>{answer}, carried over from the baseline, to confirm</source>
        <translation>{answer}, trasladada de la línea de base, por confirmar</translation>
    </message>
    <message>
        <source>Carried over from the baseline, to confirm: confirm it as it stands or change it.</source>
        <translation>Trasladada de la línea de base, por confirmar: confírmela tal cual o cámbiela.</translation>
    </message>
    <message>
        <source>{done} of {total} indicators answered</source>
        <translation>{done} de {total} indicadores respondidos</translation>
    </message>
    <message>
        <source>{count} carried over from the baseline, to confirm</source>
        <translation>{count} trasladadas de la línea de base, por confirmar</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Assessment {year}</source>
        <translation>Evaluación {year}</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Guardar la nueva evaluación como</translation>
    </message>
    <message>
        <source>CyberAssess assessments (*.cyberassess)</source>
        <translation>Evaluaciones de CyberAssess (*.cyberassess)</translation>
    </message>
    <message>
        <source>Enter the country being assessed.</source>
        <translation>Indique el país evaluado.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{name} already exists: choose another name.</source>
        <translation>{name} ya existe: elija otro nombre.</translation>
    </message>
    <message>
        <source>An assessment is one file. Every answer is saved in it as you work; you can copy it, e-mail it or carry it on a USB stick.</source>
        <translation>Una evaluación es un único archivo. Cada respuesta se guarda en él a medida que trabaja; puede copiarlo, enviarlo por correo electrónico o llevarlo en una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>The country being assessed</source>
        <translation>El país evaluado</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <source>For example: National Cyber Review 2026</source>
        <translation>Por ejemplo: Revisión Cibernética Nacional 2026</translation>
    </message>
    <message>
        <source>&amp;Assessors:</source>
        <translation>&amp;Evaluadores:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>Ma&amp;rco:</translation>
    </message>
    <message>
        <source>&amp;Target stage:</source>
        <translation>Nivel &amp;objetivo:</translation>
    </message>
    <message>
        <source>The maturity stage the country aims for; gaps and priorities are measured against it</source>
        <translation>El nivel de madurez al que aspira el país; las brechas y las prioridades se miden con respecto a él</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the file with a passphrase (needed to open it; there is no recovery)</source>
        <translation>&amp;Cifrar el archivo con una frase de contraseña (necesaria para abrirlo; no hay recuperación)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt {name}</source>
        <translation>Cifrar {name}</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}: at least {n} characters; a few unrelated words are easy to remember.</source>
        <translation>Elija una frase de contraseña para {name}: al menos {n} caracteres; unas cuantas palabras sin relación son fáciles de recordar.</translation>
    </message>
    <message>
        <source>Encrypted assessment</source>
        <translation>Evaluación cifrada</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} está cifrado. Introduzca su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>There is no recovery: without this passphrase nobody, not even CyberAssess, can open the assessment. Keep it apart from the file.</source>
        <translation>No hay recuperación posible: sin esta frase de contraseña nadie, ni siquiera CyberAssess, puede abrir la evaluación. Guárdela separada del archivo.</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export the PDF report</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose your signing key, or create one.</source>
        <translation>Elija su clave de firma o cree una.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la clave.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>Elija su clave de firma</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Claves de firma (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Sign the report with my key</source>
        <translation>&amp;Firmar el informe con mi clave</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Archivo de clave:</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>Una clave de firma .p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>C&amp;reate a key…</source>
        <translation>C&amp;rear una clave…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <source>Export &amp;without a signature (a draft: nobody can check who made it)</source>
        <translation>Exportar &amp;sin firma (un borrador: nadie puede comprobar quién lo elaboró)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Short term (within a year)</source>
        <translation>Corto plazo (menos de un año)</translation>
    </message>
    <message>
        <source>Medium term (1–3 years)</source>
        <translation>Medio plazo (1 a 3 años)</translation>
    </message>
    <message>
        <source>Long term (over 3 years)</source>
        <translation>Largo plazo (más de 3 años)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>{count} actions: {short} short term, {medium} medium term, {long} long term. {no_owner} without a responsible institution.</source>
        <translation>{count} acciones: {short} a corto plazo, {medium} a medio plazo, {long} a largo plazo. {no_owner} sin institución responsable.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>{count} acciones añadidas a partir de las prioridades.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>Todas las prioridades ya están en el plan.</translation>
    </message>
    <message>
        <source>Remove {count} actions</source>
        <translation>Eliminar {count} acciones</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Añadir una acción</translation>
    </message>
    <message>
        <source>Add all &amp;priorities</source>
        <translation>Añadir todas las &amp;prioridades</translation>
    </message>
    <message>
        <source>One action for each indicator below the target stage that is not in the plan yet, from the framework&apos;s recommendations</source>
        <translation>Una acción por cada indicador por debajo de la etapa objetivo que aún no esté en el plan, a partir de las recomendaciones del marco</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>This assessment is not a follow-up: it has no baseline.</source>
        <translation>Esta evaluación no es un seguimiento: no tiene línea de base.</translation>
    </message>
    <message>
        <source>Overall {before} at the baseline ({date}), {after} now: {change}</source>
        <translation>Global {before} en la línea de base ({date}), {after} ahora: {change}</translation>
    </message>
    <message>
        <source>Improved {improved}, declined {declined}, same stage {unchanged}, rated for the first time {new}, no longer rated {lost}. Baseline: {mission}.</source>
        <translation>Mejoraron {improved}, retrocedieron {declined}, mismo nivel {unchanged}, calificados por primera vez {new}, ya sin nivel {lost}. Línea de base: {mission}.</translation>
    </message>
    <message>
        <source>{count} answers carried over from the baseline are still to confirm.</source>
        <translation>{count} respuestas trasladadas de la línea de base siguen por confirmar.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Rated for the first time</source>
        <translation>Calificados por primera vez</translation>
    </message>
    <message>
        <source>No longer rated</source>
        <translation>Ya sin nivel</translation>
    </message>
    <message>
        <source>No indicator changed stage since the baseline.</source>
        <translation>Ningún indicador cambió de nivel desde la línea de base.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Added since</source>
        <translation>Añadida después</translation>
    </message>
    <message>
        <source>The baseline had no action plan.</source>
        <translation>La línea de base no tenía plan de acción.</translation>
    </message>
    <message>
        <source>Scores per dimension at the baseline and now</source>
        <translation>Puntuaciones por dimensión en la línea de base y ahora</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Stage then → now</source>
        <translation>Nivel antes → ahora</translation>
    </message>
    <message>
        <source>&amp;Indicators that changed (press Enter to go to an indicator)</source>
        <translation>&amp;Indicadores que cambiaron (pulse Intro para ir a un indicador)</translation>
    </message>
    <message>
        <source>Indicators that improved, declined, were rated for the first time or are no longer rated</source>
        <translation>Indicadores que mejoraron, retrocedieron, se calificaron por primera vez o ya no tienen nivel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline → now</source>
        <translation>Línea de base → ahora</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The baseline&apos;s &amp;action plan by status</source>
        <translation>El plan de &amp;acción de la línea de base por estado</translation>
    </message>
    <message>
        <source>The baseline&apos;s action plan by status</source>
        <translation>El plan de acción de la línea de base por estado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>At the baseline → now</source>
        <translation>En la línea de base → ahora</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the dimension scores</source>
        <translation>Gráfico de radar de las puntuaciones por dimensión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target: stage {n}</source>
        <translation>Objetivo: nivel {n}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>aún sin nivel</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>Edit the mission record</source>
        <translation>Editar el registro de la misión</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <source>Edit the text of {section}</source>
        <translation>Editar el texto de {section}</translation>
    </message>
    <message>
        <source>Add priorities to the action plan</source>
        <translation>Añadir las prioridades al plan de acción</translation>
    </message>
    <message>
        <source>Add an action for {id}</source>
        <translation>Añadir una acción para {id}</translation>
    </message>
    <message>
        <source>Edit the treaty table ({provision})</source>
        <translation>Editar la tabla de tratados ({provision})</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Add to the action &amp;plan</source>
        <translation>Añadir al &amp;plan de acción</translation>
    </message>
    <message>
        <source>An action for the chosen priority, from the framework&apos;s recommendations</source>
        <translation>Una acción para la prioridad elegida, a partir de las recomendaciones del marco</translation>
    </message>
    <message>
        <source>Add &amp;all priorities to the plan</source>
        <translation>Añadir &amp;todas las prioridades al plan</translation>
    </message>
    <message>
        <source>No indicator has a stage yet.</source>
        <translation>Ningún indicador tiene todavía un nivel.</translation>
    </message>
    <message>
        <source>Overall maturity {score}: {stage} (target: {target})</source>
        <translation>Madurez global {score}: {stage} (objetivo: {target})</translation>
    </message>
    <message>
        <source>{coverage} of applicable indicators have a stage · {unknown} unknown · {na} not applicable · {unanswered} not answered. Not applicable and Unknown are never counted as zero.</source>
        <translation>{coverage} de los indicadores aplicables tienen un nivel · {unknown} desconocidos · {na} no aplicables · {unanswered} sin responder. No aplicable y Desconocido nunca se cuentan como cero.</translation>
    </message>
    <message>
        <source>{rated} of {applicable} applicable indicators have a stage; {unknown} unknown, {na} not applicable, {unanswered} not answered</source>
        <translation>{rated} de {applicable} indicadores aplicables tienen un nivel; {unknown} desconocidos, {na} no aplicables, {unanswered} sin responder</translation>
    </message>
    <message>
        <source>No rated indicator is below the target stage.</source>
        <translation>Ningún indicador calificado está por debajo del nivel objetivo.</translation>
    </message>
    <message>
        <source>Added to the action plan: {id}</source>
        <translation>Añadido al plan de acción: {id}</translation>
    </message>
    <message>
        <source>{count} actions added from the priorities.</source>
        <translation>{count} acciones añadidas a partir de las prioridades.</translation>
    </message>
    <message>
        <source>Every priority is already in the plan.</source>
        <translation>Todas las prioridades ya están en el plan.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Unknown / no data</source>
        <translation>Desconocido / sin datos</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Nivel de confianza bajo</translation>
    </message>
    <message>
        <source>Answered without a justification</source>
        <translation>Respondidos sin justificación</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>Puntuaciones por dimensión</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>&amp;Capacity-building priorities: largest weighted gap to the target first</source>
        <translation>&amp;Prioridades de fortalecimiento de capacidades: primero la mayor brecha ponderada respecto al objetivo</translation>
    </message>
    <message>
        <source>Capacity-building priorities</source>
        <translation>Prioridades de fortalecimiento de capacidades</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Needs attention (press Enter to go to an indicator)</source>
        <translation>&amp;Requiere atención (pulse Enter para ir a un indicador)</translation>
    </message>
    <message>
        <source>Indicators that need attention</source>
        <translation>Indicadores que requieren atención</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>Seal for handover</source>
        <translation>Sellar para la entrega</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sellar</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (no encontrado)</translation>
    </message>
    <message>
        <source>Add recipients&apos; certificates</source>
        <translation>Añadir los certificados de los destinatarios</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose your signing key</source>
        <translation>Elija su clave de firma</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Claves de firma (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>Sealed packages (*.p7m)</source>
        <translation>Paquetes sellados (*.p7m)</translation>
    </message>
    <message>
        <source>Add the certificate of at least one recipient.</source>
        <translation>Añada el certificado de al menos un destinatario.</translation>
    </message>
    <message>
        <source>Certificate not found: {name}. Remove it or add it again.</source>
        <translation>Certificado no encontrado: {name}. Quítelo o vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>Choose what goes into the package.</source>
        <translation>Elija qué va en el paquete.</translation>
    </message>
    <message>
        <source>Choose your signing key: the recipients check the package with it.</source>
        <translation>Elija su clave de firma: los destinatarios comprueban el paquete con ella.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>Introduzca la frase de contraseña de la clave.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Elija dónde guardar el paquete.</translation>
    </message>
    <message>
        <source>&amp;Recipients: the certificates (.pem) of the people who may open the package</source>
        <translation>&amp;Destinatarios: los certificados (.pem) de las personas que pueden abrir el paquete</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Añadir un certificado…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>The signed &amp;PDF report</source>
        <translation>El informe &amp;PDF firmado</translation>
    </message>
    <message>
        <source>The Excel &amp;matrix</source>
        <translation>La &amp;matriz de Excel</translation>
    </message>
    <message>
        <source>The assessment &amp;file itself (with its evidence and history)</source>
        <translation>El &amp;archivo de evaluación (con sus pruebas y su historial)</translation>
    </message>
    <message>
        <source>Your signing &amp;key:</source>
        <translation>Su &amp;clave de firma:</translation>
    </message>
    <message>
        <source>A .p12 signing key</source>
        <translation>Una clave de firma .p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Portable mode: settings are kept next to the program.</source>
        <translation>Modo portátil: la configuración se guarda junto al programa.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>Archivo de configuración: {path}</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>Elija la clave de firma</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Claves de firma (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used the next time you start CyberAssess.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie CyberAssess.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the windows and of the framework&apos;s texts; takes effect when CyberAssess is started again</source>
        <translation>El idioma de las ventanas y de los textos del marco; se aplica al volver a iniciar CyberAssess</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Recorded with every answer you give</source>
        <translation>Se registra con cada respuesta que dé</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>&amp;Clave de firma:</translation>
    </message>
    <message>
        <source>A .p12 file, used to sign PDF reports</source>
        <translation>Un archivo .p12, que se usa para firmar los informes PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Archivos recientes:</translation>
    </message>
    <message>
        <source>&amp;Clear the list of recent assessments</source>
        <translation>&amp;Borrar la lista de evaluaciones recientes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <translation>Modo portátil: la configuración permanece en esta unidad.</translation>
    </message>
    <message>
        <source>Version {version}. No network needed.</source>
        <translation>Versión {version}. No necesita conexión de red.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Create an empty assessment file (Ctrl+N)</source>
        <translation>Crear un archivo de evaluación vacío (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a .cyberassess file (Ctrl+O)</source>
        <translation>Abrir un archivo .cyberassess (Ctrl+O)</translation>
    </message>
    <message>
        <source>A complete example assessment of a fictional country (Alt+D)</source>
        <translation>Una evaluación de ejemplo completa de un país ficticio (Alt+D)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (no encontrado)</translation>
    </message>
    <message>
        <source>Assess a country&apos;s capacity to prevent, investigate and prosecute cybercrime. Works offline.</source>
        <translation>Evalúe la capacidad de un país para prevenir, investigar y perseguir la ciberdelincuencia. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translation>&amp;Abrir una evaluación…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo assessment</source>
        <translation>Explorar la evaluación de &amp;demostración</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translation>Evaluaciones &amp;recientes</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Evaluaciones recientes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>No recent assessments yet. Start a new one, or explore the demo assessment of the fictional Republic of Meridia to see how CyberAssess works.</source>
        <translation>Todavía no hay evaluaciones recientes. Cree una nueva o explore la evaluación de demostración de la ficticia República de Meridia para ver cómo funciona CyberAssess.</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove the selected entry from this list (the file is not deleted)</source>
        <translation>Quitar la entrada seleccionada de esta lista (el archivo no se elimina)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
</context>
<context>
    <name>TreatyPage</name>
    <message>
        <source>Full</source>
        <translation>Plena</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citado por</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>National provision</source>
        <translation>Disposición nacional</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Todos los instrumentos</translation>
    </message>
    <message>
        <source>art. {number}</source>
        <translation>art. {number}</translation>
    </message>
    <message>
        <source>{total} provisions cited by the framework; {assessed} assessed: {full} fully, {partial} partly and {none} not reflected in national law.</source>
        <translation>{total} disposiciones citadas por el marco; {assessed} evaluadas: {full} plenamente, {partial} parcialmente y {none} no reflejadas en el derecho nacional.</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>Treaty-compliance table</source>
        <translation>Tabla de conformidad con los tratados</translation>
    </message>
</context>
</TS>
