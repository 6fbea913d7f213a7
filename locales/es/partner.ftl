## Compartir con tu pareja (src/ui/pages/partner.rs): un paquete sellado y un código de un solo uso.

partner-lead = Cada persona puede responder en su propio teléfono, en privado, y aun así comparar. Mend sella tu parte en un paquete que solo abre un código corto. Llevas el paquete a tu pareja como quieras y le dices el código tú. No hay ningún servidor de por medio: Mend no tiene.
say-who-first = Cuando hayas dicho quién usa este teléfono, podrás enviar y recibir aquí.
code-limits = Lo que el código protege, y lo que no: consulta { $link }.
no-safety-answers = Las respuestas a la comprobación privada de seguridad nunca van en un paquete.
who-legend = ¿Quién usa este teléfono?
who-note = Mend lo recuerda en este teléfono. Decide qué columna de la hoja de límites es la tuya y evita que abras tu propio paquete por error. Los nombres se pueden cambiar en { $link }.
who-first = { $name } (la primera persona)
who-second = { $name } (la segunda persona)

## Enviar

send-heading = Enviar a mi pareja
send-legend = Qué enviar
send-run = Mis últimas respuestas de la autoevaluación (hecha por mi cuenta, { $date })
send-run-none = Mis respuestas de la autoevaluación (primero hazla por tu cuenta)
send-sheet-none = Mi lado de la hoja de límites (todavía no has escrito nada en tu lado)
send-sheet-one = Mi lado de la hoja de límites (1 tema con texto)
send-sheet = Mi lado de la hoja de límites ({ $count } temas con texto)
send-repair-none = La lista de reparación (todavía no se ha marcado ni añadido nada en este teléfono)
send-repair-one = La lista de reparación: 1 paso, promesa o conversación hecha en este teléfono
send-repair = La lista de reparación: los { $count } pasos marcados, promesas y conversaciones hechas en este teléfono
send-nothing = Todavía no hay nada que enviar. Haz la autoevaluación por tu cuenta, escribe en tu lado de la hoja de límites o usa la lista de reparación, y vuelve después.
seal = Crear un paquete sellado
sealing = Sellando…
seal-failed = No se pudo crear el paquete: { $error }
sealed-heading = Tu paquete está sellado
code-lead = Tu código de un solo uso:
code-tell = Dile este código a tu pareja tú, en persona o por una llamada, no en el mismo mensaje que el paquete. No va dentro del paquete y Mend no lo guarda: cuando salgas de esta pantalla, desaparece.
download-packet = Descargar el paquete
share = Compartir…
copy-text = Copiar como texto
copy-link = Copiar el enlace
link-label = Enlace para abrir en el teléfono de tu pareja
link-note = El paquete viaja después del # del enlace, una parte que los navegadores nunca envían a ningún servidor. Mend la quita de la barra de direcciones en cuanto la ha leído.
text-label = El paquete como texto
saved-file = Se guardó el archivo del paquete. Envíaselo a tu pareja como quieras.
save-failed = No se pudo guardar el archivo: { $error }
shared = Compartido.
copied-link = Se copió el enlace.
copied-text = Se copió el paquete como texto.
copy-failed = Copiar no funcionó en este navegador. Selecciona el texto del cuadro y cópialo tú.
share-failed = Compartir no funcionó aquí. Descarga el paquete o cópialo.
share-cancelled = Se canceló el envío o no funcionó. El paquete sigue aquí.

## Recibir

receive-heading = Recibir de mi pareja
from-link = Abriste un enlace con un paquete dentro. Escribe el código que te dijo tu pareja para abrirlo.
see-assessment = Ver la autoevaluación
see-worksheet = Ver la hoja de límites
open-file = Abrir un archivo de paquete
paste-label = O pega el paquete o el enlace
code-label = El código que te dijo tu pareja
open-packet = Abrir el paquete
opening = Abriendo…
file-unreadable = No se pudo leer el archivo. No se cambió nada.
preview-from = De { $name }, creado el { $date }
adding-only = Añadir solo trae lo que es de { $name }. No se cambia ni se sustituye nada tuyo.
add = Añadir a mi Mend
cancel = Cancelar
add-cannot-save = Mend no puede guardar en este navegador ahora mismo, así que lo que añadas se perdería. No se cambió nada.
added = Hecho: lo que envió { $name } ya está en tu Mend. Tus propias respuestas y palabras siguen como estaban.
nothing-new = No había nada nuevo que añadir. Tus datos siguen como estaban.

## Lo que añadiría un paquete abierto (src/domain/merge.rs, Preview::lines)

preview-run-paired = La autoevaluación de { $name } del { $date }: se mostrará junto a tu última autoevaluación.
preview-run-new = La autoevaluación de { $name } del { $date }. Haz tú también la autoevaluación por tu cuenta y se mostrarán una junto a la otra.
preview-run-update = La autoevaluación de { $name } del { $date }: actualizará la que recibiste antes.
preview-run-same = La autoevaluación de { $name } del { $date }: ya la tienes.
preview-run-older = La autoevaluación de { $name } del { $date }: ya tienes una más reciente, así que se queda como está.
preview-areas-one = 1 tema de la hoja de límites
preview-areas = { $count } temas de la hoja de límites
preview-sheet-replaces = El lado de { $name } de la hoja de límites ({ $areas } con texto): sustituirá lo que tiene ahora la columna de { $name } en este dispositivo, también lo que se haya escrito en ella aquí. Tu propia columna se queda como está.
preview-sheet-fills = El lado de { $name } de la hoja de límites ({ $areas } con texto): completará la columna de { $name }. Tu propia columna se queda como está.
preview-sheet-have = El lado de { $name } de la hoja de límites ({ $areas } con texto): ya tienes esto o algo más reciente.
preview-records-one = 1 registro
preview-records = { $count } registros
preview-repair-have = La parte de { $name } de la lista de reparación ({ $records }): ya la tienes entera.
preview-repair-add = La parte de { $name } de la lista de reparación ({ $records }): por añadir: { $added }.
preview-repair-update = La parte de { $name } de la lista de reparación ({ $records }): por actualizar: { $updated }.
preview-repair-both = La parte de { $name } de la lista de reparación ({ $records }): por añadir: { $added }; por actualizar: { $updated }.
preview-nothing = Este paquete de { $name } no trae nada que añadir.

## Por qué no se puede abrir un paquete (src/domain/packet.rs).

packet-empty = Todavía no hay ningún paquete aquí. Abre el archivo, pega el texto o sigue el enlace que te mandó tu pareja.
packet-too-large = Es demasiado grande para ser un paquete de Mend ({ $size } KB; el límite es { $limit } KB). No se cambió nada.
packet-not-a-packet = Esto no es un paquete de Mend. Comprueba que lo copiaste entero. No se cambió nada.
packet-incomplete = Este paquete está incompleto o dañado: una parte se perdió o cambió por el camino. Pide a tu pareja que lo vuelva a enviar. No se cambió nada.
packet-newer = Este paquete lo hizo una versión más reciente de Mend. Actualiza esta copia de Mend y vuelve a abrirlo. No se cambió nada.
packet-wrong-code = Este código no abre este paquete. Revisa el código con tu pareja. Si es correcto, el paquete cambió o se cortó por el camino: pide uno nuevo. No se cambió nada.
packet-unreadable = El paquete se abrió, pero Mend no puede usar lo que hay dentro ({ $details }). No se cambió nada.
packet-code-missing = Mend no pudo descargar la parte de sí misma que abre los paquetes. Comprueba que este dispositivo tiene conexión y vuelve a intentarlo. No se cambió nada.
packet-bad-code = Un código tiene 10 letras y números, como 7KQ2M-XR9TB. Revísalo. No se cambió nada.
packet-own = Este paquete se envió desde este teléfono: viene de la persona para la que está configurado, así que no trae nada nuevo para ti. Ábrelo en el teléfono de tu pareja. Si las dos personas eligieron la misma respuesta en «¿Quién usa este teléfono?», una de ellas puede cambiarla. No se cambió nada.

## Por qué no se puede usar lo que trae un paquete (src/domain/merge.rs)

packet-not-mends-form = no tiene el formato que usa Mend
packet-run-newer = la autoevaluación se respondió con una versión más nueva de Mend
packet-run-unknown = la autoevaluación tiene respuestas a afirmaciones que Mend no conoce
packet-words-too-long = algunos textos de la hoja de límites son más largos de lo que Mend guarda
packet-in-repair = en la lista de reparación: { $why }
packet-seal-failed = Este navegador no pudo sellar el paquete, así que no se creó. Vuelve a intentarlo o prueba con otro navegador.
