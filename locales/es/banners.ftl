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
