# Mend en español: para quien lo lea en España o en América. Trato de "tú", sin giros de un solo
# país ("teléfono", no "móvil" ni "celular"), y "tu pareja", que no supone el género de nadie.
# Mismos ids y mismos { $marcadores } que locales/en.ftl; el README ("Languages") explica cómo.

## El idioma

language-name = Español
language-switch-label = Idioma
language-load-failed = No se pudo cargar { $language }. Si no tienes conexión, conéctate y vuelve a intentarlo. Mend sigue en { $current }.

## Siempre en pantalla

quick-exit-button = Salir de esta página
quick-exit-hint = o pulsa Mayús 3 veces
nav-your-data = Tus datos
loading = Cargando…
try-again = Volver a intentarlo
part-load-failed = No se pudo cargar esta parte de Mend. Si no tienes conexión, conéctate y vuelve a intentarlo; si Mend se acaba de actualizar, recarga la página. Tus datos guardados están a salvo.

## Inicio

home-title = Mend: reconstruir la confianza, en pareja o por tu cuenta
home-lead = Cuando la confianza se tambalea, cuesta saber por dónde empezar. Mend te ofrece tres herramientas tranquilas para ver qué está pasando, hablarlo y dar pasos pequeños y concretos.
tool-assessment-name = Autoevaluación de la confianza
tool-assessment-about = Unos diez minutos de afirmaciones con las que estar de acuerdo o no. Verás dónde la confianza se siente firme y dónde se resiente. Hazla a solas, o por turnos en este dispositivo para comparar.
tool-boundaries-name = Hoja de límites
tool-boundaries-about = Para sentarse en pareja y poner por escrito lo que necesita cada cual, lo que no está bien y en qué hay acuerdo, un ámbito de la vida cada vez.
tool-repair-name = Lista de reparación
tool-repair-about = Los pasos concretos para reconstruir la confianza después de una ruptura, las pequeñas promesas cumplidas y las conversaciones periódicas, para ver el avance a lo largo de los meses.
home-partner = ¿Cada cual responde en su teléfono? { $link }: envía tu parte en un paquete sellado, sin ningún servidor de por medio.
home-partner-link = Compartir con tu pareja
home-privacy-heading = Tu privacidad
home-privacy-no-account = Sin cuenta, sin registro, sin servidor. Mend funciona por completo en este navegador.
home-privacy-on-device = Lo que escribes se guarda solo en este dispositivo, en este navegador. No se envía nada a ningún sitio.
home-privacy-delete = Puedes borrarlo todo cuando quieras desde { $your-data }.
home-privacy-exit = Si necesitas irte rápido, usa { $exit } arriba, o pulsa Mayús tres veces.
home-privacy-more = De qué puede protegerte Mend y de qué no

## Un enlace que no lleva a ninguna parte

not-found-title = Esta página no existe
not-found-body = No hay nada en { $path }. Tus datos guardados no se ven afectados.
not-found-home = Ir a la página de inicio

## Privacidad y límites

privacy-title = Privacidad y límites
privacy-keeps-heading = Qué guarda Mend, y dónde
privacy-keeps = Tus respuestas, la hoja de límites, la lista, las promesas y las conversaciones periódicas se guardan en el almacenamiento local de este navegador, en este dispositivo, cifrados si activas el bloqueo con frase de contraseña. Mend no tiene servidor y no envía nada a ningún sitio: ni cuentas, ni estadísticas, ni fuentes o scripts de otros sitios.
privacy-lock-heading = Qué sella el bloqueo con frase de contraseña
privacy-lock =
    Con el bloqueo activado, todo lo que Mend guarda en este navegador queda sellado con tu frase de contraseña: tus datos y cualquier copia de datos guardados que Mend no pudo leer.
    Solo quedan legibles tres cosas, y ninguna dice nada de ti ni de tu pareja: los propios datos sellados, que parecen letras al azar, la opción de borrarlo todo al usar "Salir de esta página" y el idioma que elegiste para Mend.
    Esas dos opciones tienen que funcionar antes de escribir la frase de contraseña.
privacy-lock-leaving = Cuando sales de la página con el bloqueo activado (al cerrarla, recargarla o ir a otro sitio), Mend primero limpia la pantalla, así que al pulsar Atrás aparece la pantalla de bloqueo y no tus datos. Lo que escribiste hasta ese momento queda sellado y guardado.
privacy-safety-check = Las respuestas a la comprobación privada de seguridad de la autoevaluación nunca se guardan: permanecen en pantalla mientras respondes y desaparecen cuando sigues adelante o recargas.
privacy-partner-heading = Enviar al teléfono de tu pareja
privacy-partner-packet = Un paquete para tu pareja contiene solo lo que decidiste enviar: tus últimas respuestas y puntuaciones de la autoevaluación, tu nombre, tu parte de la hoja de límites y los pasos de reparación, promesas y conversaciones registrados en tu teléfono. Nunca contiene las respuestas a la comprobación privada de seguridad. Se sella con AES-GCM con una clave que sale del código de un solo uso que ves en pantalla, y el código nunca va dentro del paquete. Al abrirlo, pasa directamente del navegador de tu pareja a Mend en su teléfono: no hay ningún servidor de por medio, y un enlace lleva el paquete después del #, una parte que los navegadores nunca envían a ningún sitio.
privacy-partner-code = Qué protege el código: quien encuentre solo el paquete, en un chat, un correo o una carpeta de descargas, no puede leerlo. El código tiene 10 letras y números elegidos entre 32 posibles, unos 50 bits, y Mend hace que cada intento sea lento a propósito (600.000 rondas de PBKDF2). Es suficiente para un paquete que entregas hoy, no una contraseña en la que confiar durante años. Qué no protege: quien tenga a la vez el paquete y el código puede leer todo lo que contiene. Por eso, dile el código tú en persona, no en el mismo mensaje, y borra el paquete cuando tu pareja lo haya abierto. Una vez abierto, tus respuestas están en el teléfono de tu pareja y solo tan protegidas como lo esté ese teléfono.
privacy-partner-link = Un enlace desaparece de la barra de direcciones en cuanto Mend se abre, pero la lista de páginas visitadas del propio navegador puede seguir anotando que se abrió. El paquete sigue sellado, pero esa entrada muestra que se usó Mend: si eso te importa, abre el enlace en una ventana privada.
privacy-leaving-heading = Moverte por Mend, y salir
privacy-leaving = Pasar de una pantalla de Mend a otra no añade entradas al historial de Atrás de esta pestaña, y el título de la pestaña es siempre solo "Mend", así que ni el título ni el historial dicen qué herramienta usaste. "Salir de esta página" sustituye la única entrada de Mend por una página del tiempo. Funciona en cuanto aparece la página, incluso mientras Mend todavía se está cargando.
privacy-delete-heading = Cómo borrarlo
privacy-delete = Usa { $your-data } para borrar todo lo que Mend ha guardado. Borrar los datos de este sitio en la configuración del navegador hace lo mismo.
privacy-limits-heading = De qué no puede protegerte Mend
privacy-limit-device = Otra persona que use este dispositivo o este perfil del navegador puede abrir Mend y ver lo que está guardado, a menos que actives el bloqueo con frase de contraseña en Tus datos. El bloqueo no sirve frente a alguien que conozca o adivine la frase, o que vea la pantalla mientras Mend está abierto.
privacy-limit-forgotten = Si olvidas la frase de contraseña, nadie puede recuperar los datos bloqueados.
privacy-limit-history = El historial del navegador sigue mostrando que visitaste Mend, una vez por cada vez que lo abriste. La salida rápida sustituye la entrada actual, pero no puede borrar las anteriores.
privacy-limit-monitoring = Un programa de vigilancia o un dispositivo comprometido puede ver todo lo que aparece en pantalla.
privacy-limit-browser-deletes = Los navegadores pueden borrar datos guardados, por ejemplo después de mucho tiempo sin visitas. Guarda una copia exportada si te importa.
privacy-limit-safari = Algunos límites vienen del propio navegador. Safari, y cualquier navegador en un iPhone o iPad, borra lo que un sitio ha guardado después de siete días sin visitas, a menos que Mend se haya añadido a la pantalla de inicio. Una ventana privada o de incógnito no conserva nada al cerrarse, en cualquier navegador. En ambos casos tus datos desaparecen de este dispositivo, así que exporta una copia si quieres conservarlos.
privacy-watched = Si te preocupa que alguien vigile tu dispositivo, piensa en usar uno al que esa persona no tenga acceso, como el de una amistad de confianza o el de una biblioteca pública.

## Pantalla de bloqueo

lock-title = Mend está bloqueado
lock-intro = Escribe tu frase de contraseña para abrir tus datos. Todo sigue cifrado en este navegador hasta que lo hagas.
lock-passphrase = Frase de contraseña
lock-unlock = Desbloquear
lock-opening = Abriendo…
lock-wrong-passphrase = Esa frase de contraseña no abre estos datos. No se cambió nada.
lock-unsupported = Este navegador no puede cifrar aquí (necesita una página segura con https).
lock-damaged = Los datos bloqueados no se pueden abrir: { $details }.
lock-failed = El cifrado falló: { $details }.
lock-forgot = ¿Olvidaste tu frase de contraseña?
lock-forgot-body = La frase de contraseña no se puede recuperar ni restablecer: eso es lo que mantiene privados los datos. Sin ella, la única forma de seguir es borrar los datos bloqueados y empezar de nuevo.
lock-delete-start = Borrar los datos bloqueados…
lock-delete-confirm = ¿Borrar todo lo que Mend ha guardado en este navegador? No se puede deshacer.
lock-delete-yes = Sí, borrarlo todo
cancel = Cancelar
delete-failed = No se pudo borrar: { $details }

## Nombres

names-heading = Nombres (opcional)
names-help = Sirven para identificar las respuestas de cada persona. Si se dejan vacíos, aparecerá "{ $first }" y "{ $second }".
names-first = Nombre de la primera persona
names-second = Nombre de la segunda persona

## Avisos bajo la cabecera

ok = De acuerdo
banner-migrated = Tus datos guardados venían de una versión anterior de Mend (formato { $format }). Se han actualizado; no se perdió nada.
banner-corrupt = No se pudieron leer algunos datos guardados.
banner-corrupt-kept = Apartamos una copia en este navegador y empezamos desde cero. No se borró nada.
banner-corrupt-not-kept = No pudimos apartar una copia, así que Mend no guardará nada encima hasta que la descargues.
banner-details = Detalles: { $details }.
banner-corrupt-download = Descargar la copia ilegible
banner-newer = Estos datos los guardó una versión más reciente de Mend.
banner-newer-readable = Puedes verlos aquí, pero los cambios no se guardarán, para no sobrescribir nada de lo que escribió la versión más reciente.
banner-newer-unreadable = Esta versión no puede mostrarlos, y los cambios no se guardarán, para no sobrescribir nada de lo que escribió la versión más reciente.
banner-newer-format = (Formato de datos { $format }.)
banner-unavailable = Este navegador no deja que Mend guarde nada.
banner-unavailable-body = Puedes usar todas las herramientas, pero lo que escribas desaparecerá al cerrar esta pestaña. Suele pasar con las ventanas privadas y con ajustes de privacidad estrictos.
banner-save-full = El almacenamiento de este navegador para Mend está lleno, así que tu último cambio no se guardó. Sigue en pantalla. Exporta una copia desde Tus datos y luego libera espacio; Mend lo vuelve a intentar con tu próximo cambio.
banner-save-failed = Tu último cambio no se guardó: { $details } Sigue en pantalla, y Mend lo vuelve a intentar con tu próximo cambio.
banner-conflict = Mend se cambió en otra pestaña o ventana mientras editabas aquí.
banner-conflict-body = No se guarda nada hasta que elijas qué versión conservar.
banner-conflict-theirs = Usar la otra versión
banner-conflict-mine = Conservar la versión de esta pantalla
banner-space = El espacio de este navegador para Mend está al { $percent } %. Todo sigue guardado, pero cuando se llene, los cambios nuevos no podrán guardarse. Descarga ahora una copia desde Tus datos; quitar conversaciones o promesas antiguas que ya no necesitas libera espacio.
banner-space-link = Ir a Tus datos
save-state-saving = Guardando…
save-state-saved = Guardado en este dispositivo
