## Tus datos (src/ui/pages/your_data/): lo que Mend guarda en este navegador, en una pantalla.

stored-here = Todo lo de aquí se guarda solo en este navegador, en este dispositivo.
partner-heading = Cada quien en su teléfono
partner-lead = Para comparar con tu pareja si usa Mend en su propio teléfono, envía tu parte en un paquete sellado: { $link }.
mode-normal = Los cambios se guardan en este navegador sobre la marcha.
mode-read-only = Solo lectura: estos datos vienen de una versión más nueva de Mend, así que no se guarda nada.
mode-memory-only = No se está guardando nada: este navegador no deja que Mend guarde datos.

## Conservar los datos, y salir rápido

keep-heading = Conservar tus datos, y salir rápido
keep-lead = Los navegadores pueden borrar por su cuenta los datos de un sitio, por ejemplo cuando falta espacio, y Safari tras siete días sin visitarlo. Puedes pedir a este navegador que conserve los datos de Mend, y conviene exportar una copia de vez en cuando.
keep-ask = Pedir a este navegador que conserve los datos de Mend
keep-not-offered = Este navegador no ofrece esa opción. Exportar una copia de vez en cuando te protege.
keep-granted = Hecho: este navegador ha aceptado conservar los datos de Mend salvo que los borres.
keep-refused = Este navegador no lo ha aceptado, así que puede borrar los datos de Mend cuando falte espacio. Exporta una copia de vez en cuando.
wipe-on-exit = Borrarlo todo cuando use «{ $exit }»
exit-limits = La salida rápida cambia esta página por un sitio del tiempo y la quita del historial de Atrás de esta pestaña. No puede borrar tu historial anterior del navegador ni ocultar Mend a programas de vigilancia. También se sale pulsando Mayús tres veces; si usas Teclas especiales (Sticky Keys), puedes desactivarlo. Consulta { $link } para ambas cosas.

## Copias de datos que Mend no pudo leer

copies-heading = Copias de datos ilegibles
copies-lead = Mend encontró una vez datos guardados que no pudo leer y los conservó aquí en lugar de borrarlos. Con el bloqueo con frase de contraseña activado, estas copias también quedan selladas con ella.
copies-plain = Una copia descargada no está cifrada, ni siquiera con el bloqueo activado: cualquiera que abra el archivo puede leerla. Borra el archivo cuando hayas sacado de él lo que necesites.
copy-download = Descargar
copy-sealed-earlier = (sellada con una frase de contraseña anterior)
copy-delete = Borrar esta copia

## Borrarlo todo

delete-heading = Borrarlo todo
delete-lead = Quita todos los datos de Mend de este navegador: respuestas, hoja de límites, lista de reparación y copias, y la copia de Mend guardada para usarlo sin conexión. No se puede deshacer.
delete-button = Borrarlo todo…
delete-confirm = ¿Borrar todos los datos de Mend de este navegador?
delete-yes = Sí, borrarlo todo
cancel = Cancelar
deleted = Se ha borrado todo lo que Mend guardaba en este navegador.
delete-failed = No se pudo borrar: { $error }

## El bloqueo con frase de contraseña

lock-heading = Bloqueo con frase de contraseña
lock-lead = Con el bloqueo activado, todo lo que Mend guarda queda cifrado en este navegador, y Mend te pide la frase de contraseña cada vez que se abre. Actívalo antes de escribir nada privado: lo guardado antes puede seguir legible durante un tiempo en los archivos propios del navegador en este dispositivo.
lock-warning = Si olvidas la frase de contraseña, nadie puede recuperar tus datos, ni siquiera nosotros.
lock-warning-more = Quien la conozca, o quien vea la pantalla mientras Mend está abierto, aún puede leerlos.
lock-passphrase = Frase de contraseña
lock-new-passphrase = Nueva frase de contraseña
lock-again = Escríbela otra vez
lock-browser-save = Puede que tu navegador se ofrezca a guardar esta frase de contraseña, o a inventar una y guardarla. En un dispositivo que también usa otra persona, dile que no: una frase guardada por el navegador permite abrir Mend a cualquiera que lo use.
lock-working = Un momento…
lock-turn-on = Activar el bloqueo
lock-change = Cambiar la frase de contraseña
lock-cannot-save = Mend no puede guardar en este navegador ahora mismo, así que no puede bloquear tus datos.
lock-changed = Tu frase de contraseña se ha cambiado.
lock-on = El bloqueo está activado. Tus datos se guardan ahora cifrados.
lock-off = El bloqueo está desactivado. Tus datos vuelven a guardarse sin cifrar.
lock-set-failed = No se pudo activar el bloqueo: { $error }
lock-remove-failed = No se pudo quitar el bloqueo: { $error }
lock-now = Bloquear ahora
lock-remove = Quitar el bloqueo
auto-lock-label = Bloquear automáticamente si Mend no se usa durante
auto-lock-never = Nunca
auto-lock-minutes = { $minutes } minutos

## Hacer una copia o llevar los datos a otro sitio

transfer-heading = Hacer una copia o llevar tus datos a otro dispositivo
transfer-lead = Guarda todo en un archivo, como copia de seguridad o para abrir Mend en otro dispositivo. Guarda el archivo en un lugar privado: cualquiera que lo abra puede leerlo.
export = Exportar mis datos
import-label = Importar un archivo de Mend
encrypt-export = Cifrar el archivo con mi frase de contraseña
import-encrypted = Esta copia está cifrada. Escribe la frase de contraseña con la que se hizo.
import-passphrase = Frase de contraseña del archivo
import-open = Abrir el archivo
export-failed = No se pudo crear el archivo: { $error }
import-unreadable = No se pudo leer el archivo. No se cambió nada.
import-cannot-save = Mend no puede guardar en este navegador ahora mismo, así que lo importado se perdería. No se cambió nada.
import-merged = El archivo se ha combinado con tus datos.
import-replaced = Tus datos se han sustituido por los del archivo.
preview-title = Este archivo contiene
preview-settings = Si sustituyes, cambian estos ajustes en este dispositivo:
preview-locks = Este archivo está cifrado, así que importarlo activa el bloqueo con frase de contraseña en este navegador, con la frase que acabas de escribir. La necesitarás para abrir Mend aquí.
preview-save-first = Antes de seguir, puedes guardar lo que tiene ahora este navegador.
preview-download = Descargar primero mis datos actuales
merge-replace-word = Sustituir
merge-replace-about = cambia todo lo de aquí por el archivo.
merge-merge-word = Combinar
merge-merge-about = conserva lo de aquí y añade los resultados del archivo, y toma su hoja de límites y su lista de reparación solo donde este navegador no tenga.
merge-button = Combinar con mis datos
replace-button = Sustituir mis datos

## Lo que contiene un archivo de copia, por qué se rechaza y qué cambiaría al sustituir
## (src/domain/transfer.rs)

import-runs-one = 1 autoevaluación terminada
import-runs = { $count } autoevaluaciones terminadas
import-areas-one = 1 tema de la hoja de límites con notas
import-areas = { $count } temas de la hoja de límites con notas
import-steps-one = 1 paso de reparación hecho
import-steps = { $count } pasos de reparación hechos
import-promises-one = 1 promesa
import-promises = { $count } promesas
import-check-ins-one = 1 conversación periódica
import-check-ins = { $count } conversaciones periódicas
import-counts = { $runs }, { $areas }, { $steps }, { $promises }, { $checkins }
import-counts-note = { $counts }. { $note }
import-renumbered-one = Una entrada de este archivo tenía el mismo número que otra, así que Mend le dio uno propio. Se conservan las dos.
import-renumbered = { $count } entradas de este archivo tenían el mismo número que otras, así que Mend les dio números propios. Se conservan todas.
import-too-many = Este archivo tiene { $count } registros en una sola lista, más de los que Mend llega a guardar (como máximo { $limit }), así que no se leyó. No se cambió nada.
import-too-large = Este archivo es demasiado grande para ser una copia de Mend ({ $size } KB; el límite es de { $limit } KB). No se cambió nada.
import-empty = Este archivo está vacío. No se cambió nada.
import-cannot = Este archivo no se puede importar: { $why }. No se cambió nada.
import-not-text = el archivo no es de texto
import-newer = Este archivo se hizo con una versión más nueva de Mend (formato { $version }). Ábrelo allí, o actualiza esta copia de Mend. No se cambió nada.
import-ids-in-doubt = En este archivo, dos de los { $what } figuran como si fueran el mismo, y lo que se guardó con ellos podría ser de cualquiera de los dos. Para no adivinar, Mend no ha importado el archivo. No se cambió nada.
import-doubt-steps = pasos que añadiste a la lista de reparación
import-doubt-topics = temas que añadiste a la hoja de límites
import-wipe-label = Borrarlo todo cuando use «Salir de esta página»
setting-turns-on = { $setting }: se activaría
setting-turns-off = { $setting }: se desactivaría
auto-lock-turns-on = Bloquear automáticamente si Mend no se usa durante { $span }: se activaría
auto-lock-turns-off = Bloquear automáticamente si Mend no se usa durante { $span }: se desactivaría
auto-lock-changes = Bloquear automáticamente si Mend no se usa: pasaría de { $old } a { $new }
import-minute-one = 1 minuto
