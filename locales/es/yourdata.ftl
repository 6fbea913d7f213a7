## Tus datos (src/ui/pages/your_data/): lo que Mend guarda en este navegador, en una pantalla.

stored-here = Todo lo de aquí se guarda solo en este navegador, en este dispositivo.
partner-heading = Cada cual en su teléfono
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
exit-limits = La salida rápida cambia esta página por un sitio del tiempo y la quita del historial de Atrás de esta pestaña. No puede borrar tu historial anterior del navegador ni ocultar Mend a programas de vigilancia. Consulta { $link }.

## Copias de datos que Mend no pudo leer

copies-heading = Copias de datos ilegibles
copies-lead = Mend encontró una vez datos guardados que no pudo leer y los conservó aquí en lugar de borrarlos. Con el bloqueo con frase de contraseña activado, estas copias también quedan selladas con ella.
copy-download = Descargar
copy-sealed-earlier = (sellada con una frase de contraseña anterior)
copy-delete = Borrar esta copia

## Borrarlo todo

delete-heading = Borrarlo todo
delete-lead = Quita todos los datos de Mend de este navegador: respuestas, hoja de límites, lista de reparación y copias. No se puede deshacer.
delete-button = Borrarlo todo…
delete-confirm = ¿Borrar todos los datos de Mend de este navegador?
delete-yes = Sí, borrarlo todo
cancel = Cancelar
deleted = Se ha borrado todo lo que Mend guardaba en este navegador.
delete-failed = No se pudo borrar: { $error }
