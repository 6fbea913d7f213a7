## Pantalla de bloqueo

lock-title = Mend está bloqueado
lock-intro = Escribe tu frase de contraseña para abrir tus datos. Todo sigue cifrado en este navegador hasta que lo hagas.
lock-passphrase = Frase de contraseña
lock-browser-save = Si el navegador se ofrece a guardar la frase de contraseña, dile que no en un dispositivo que también usa otra persona: con una frase guardada, esa persona podría abrir Mend.
lock-unlock = Desbloquear
lock-opening = Abriendo…
lock-forgot = ¿Olvidaste tu frase de contraseña?
lock-forgot-body = La frase de contraseña no se puede recuperar ni restablecer: eso es lo que mantiene privados los datos. Sin ella, la única forma de seguir es borrar los datos bloqueados y empezar de nuevo.
lock-delete-start = Borrar los datos bloqueados…
lock-delete-confirm = ¿Borrar todo lo que Mend ha guardado en este navegador? No se puede deshacer.
lock-delete-yes = Sí, borrarlo todo
cancel = Cancelar
delete-failed = No se pudo borrar: { $details }
