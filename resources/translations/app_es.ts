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
        <source>Confirming {id}</source>
        <translation>Confirmación de {id}</translation>
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
        <source>Export the Excel matrix</source>
        <translation>Exportar la matriz Excel</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
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
        <source>The report for the ministry and partners: scores, the radar chart, priorities with recommendations, and every answer with its justification. Signing it with your key lets anyone check who produced it and that it has not been changed since.</source>
        <translation>El informe para el ministerio y los socios: puntuaciones, gráfico de radar, prioridades con recomendaciones y cada respuesta con su justificación. Si lo firma con su clave, cualquiera puede comprobar quién lo elaboró y que no se ha modificado desde entonces.</translation>
    </message>
    <message>
        <source>Export the &amp;PDF report…</source>
        <translation>Exportar el informe &amp;PDF…</translation>
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
        <source>Treaty references</source>
        <translation>Referencias a tratados</translation>
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
        <source>The answers in this workbook were changed outside CyberAssess after it was exported. Check the differing answers carefully.</source>
        <translation>Las respuestas de este libro se modificaron fuera de CyberAssess después de exportarlo. Revise con atención las respuestas que difieren.</translation>
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
        <source>The framework has been updated since this assessment was made; some questions or descriptors may read differently.</source>
        <translation>El marco se ha actualizado desde que se realizó esta evaluación; algunas preguntas o descriptores pueden tener una redacción distinta.</translation>
    </message>
    <message>
        <source>Every indicator has an answer.</source>
        <translation>Todos los indicadores tienen respuesta.</translation>
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
        <source>{done} of {total} indicators answered</source>
        <translation>{done} de {total} indicadores respondidos</translation>
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
    <name>ReviewPage</name>
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
</TS>
