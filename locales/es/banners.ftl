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

## Mensajes compartidos: lo que dicen las herramientas, los datos guardados y el bloqueo cuando
## rechazan algo o fallan.

field-empty = Escribe primero unas palabras aquí.
field-too-long = Esto tiene { $len } caracteres. Procura que no pase de { $max }.
field-out-of-range = Elige un número del { $min } al { $max }.
field-due-before-today = Elige hoy o un día posterior.
field-date-in-future = Fecha: una conversación periódica no puede estar en el futuro.
field-unknown-topic = Este tema ya no está en tu hoja de límites.
field-unknown-phase = Esta parte de la lista de reparación ya no existe.
field-unknown-step = Este paso ya no está en tu lista de reparación.
field-unknown-promise = Esta promesa ya no está en tu lista.
field-unknown-check-in = Esta conversación periódica ya no está guardada.
field-not-a-field = Ese recuadro no es de esta persona.
field-agreement-locked = Esta redacción está acordada. Para cambiarla, elige «Revisar este acuerdo»; la redacción anterior se conserva.
field-built-in = Esto viene con Mend: puedes ocultarlo, pero no quitarlo ni describirlo de nuevo.
field-not-built-in = Solo los temas que vienen con Mend tienen un nombre original al que volver.
field-not-ticked = Marca primero este paso y después añade una nota.
field-too-many = Aquí caben { $max } y ya están todos en uso. Quita uno para añadir otro.
bad-day = «{ $text }» no es una fecha como 2026-01-31
decode-not-json = no es un JSON legible ({ $reason })
decode-no-version = no parecen datos de Mend (falta la versión de esquema)
decode-unknown-version = indica una versión de esquema que Mend nunca usó ({ $version })
decode-invalid = indica la versión de esquema { $version }, pero su contenido no encaja con ella ({ $reason })
storage-unavailable = Este navegador no deja que Mend guarde datos ({ $details }).
storage-full = El almacenamiento de este navegador para Mend está lleno.
storage-corrupt = No se pudieron leer los datos guardados: { $details }.
storage-newer = Los datos guardados vienen de una versión más reciente de Mend (esquema { $version }).
storage-failed = El navegador no permitió guardar ({ $details }).
crypto-unsupported = Este navegador no puede cifrar aquí (necesita una página segura con https).
crypto-wrong-passphrase = Esa frase de contraseña no abre estos datos. No se cambió nada.
crypto-damaged = Los datos bloqueados no se pueden abrir: { $details }.
crypto-failed = El cifrado falló: { $details }.
locked-data-damaged = los datos bloqueados están dañados ({ $details })
passphrase-too-short = Usa al menos { $count } caracteres.
passphrase-mismatch = Las dos frases de contraseña no coinciden.
storage-locked-elsewhere = Los datos se bloquearon en otra pestaña. Desbloquéalos para seguir.
storage-not-ready = Mend no estaba listo para guardar. Recarga la página; lo que se guardó antes se conserva.
storage-runs-kept-aside = Mend acaba de ver que las evaluaciones terminadas de tus datos guardados están dañadas, así que no se hizo nada más. Dejó los datos guardados como estaban y se abrió sin ellos, como hace con cualquier dato que no puede leer; el aviso de arriba de la página da más detalles.
storage-runs-on-screen = Mend acaba de ver que las evaluaciones terminadas en pantalla están dañadas, así que no se hizo nada y no se cambió nada de lo guardado.
crypto-gone = Los datos bloqueados ya no están en este dispositivo: se borraron, quizá desde otra pestaña.
crypto-code-missing = No se pudo descargar el código de cifrado, así que no se cifró ni se abrió nada. Vuelve a intentarlo cuando tengas conexión.
