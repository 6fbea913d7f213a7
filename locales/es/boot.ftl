## Lo que boot.js muestra por su cuenta, antes de que arranque la aplicación o fuera de ella: la
## línea de carga, la de cuando no puede arrancar y el aviso de una versión nueva. No se compila en
## la aplicación; la tabla boot-text de index.html repite este texto (y los dos mensajes de la
## salida rápida de shell.ftl), y tests/catalogues.rs comprueba que coinciden.

boot-loading = Cargando Mend…
boot-failed = Mend no pudo iniciarse en este navegador. Necesita un navegador actual con WebAssembly; recargar la página puede ayudar. Tus datos guardados no se ven afectados.
update-ready = Hay una versión nueva de Mend. Tus datos están a salvo.
update-reload = Recargar para actualizar
update-later = Ahora no
