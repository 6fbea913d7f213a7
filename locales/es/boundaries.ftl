## Las palabras de la hoja de límites (src/domain/boundaries/content.rs). Las hojas guardadas solo
## conservan el id de cada tema, nunca estas palabras. Las preguntas se dirigen a cada persona con
## "tú", porque cada quien llena primero su parte.

boundaries-intro = Un límite expresa lo que necesitas para sentirte a salvo y con respeto. Describe tus propias necesidades y decisiones; no es una regla para controlar a la otra persona. Primero cada quien llena su parte; después toca buscar unas palabras con las que ambas personas estén de acuerdo.
boundaries-safety-note = Si sientes miedo de tu pareja, o sientes presión para aceptar, deja por ahora esta hoja compartida y busca apoyo por tu cuenta. En la página de Ayuda hay líneas de crisis y de apoyo.

# Cada tema incluido: un título, lo que abarca y tres preguntas para empezar la conversación.
topic-emotional-support = Necesidades emocionales y apoyo
topic-emotional-support-about = El consuelo mutuo, lo que se comparte y lo que necesita cada quien cuando la vida pesa.
topic-emotional-support-prompt-1 = Cuando tienes un día difícil, ¿qué te hace sentir que te cuidan?
topic-emotional-support-prompt-2 = De lo que compartes en un momento íntimo, ¿qué debería quedar solo entre tu pareja y tú?
topic-emotional-support-prompt-3 = ¿Tu familia o una relación anterior te enseñaron a esperar que te hicieran daño? ¿Qué te ayudaría a sentirte a salvo ahora?
topic-personal-space = Espacio físico y personal
topic-personal-space-about = Tu cuerpo, tus cosas y tu tiempo a solas. Querer espacio no es un rechazo: es parte de sentirse a salvo.
topic-personal-space-prompt-1 = ¿Cuánto tiempo a solas necesitas, y cómo lo vas a pedir?
topic-personal-space-prompt-2 = ¿Qué cosas son solo tuyas, como un diario, un cajón o una habitación?
topic-personal-space-prompt-3 = ¿Qué tipo de contacto físico te resulta agradable, y cuándo prefieres que no te toquen?
topic-digital-privacy = Teléfono, mensajes y redes sociales
topic-digital-privacy-about = Qué queda en privado en tus dispositivos, qué decides compartir y cómo se comporta cada quien en internet.
topic-digital-privacy-prompt-1 = ¿Está bien mirar el teléfono de la otra persona, o solo cuando te invita a hacerlo?
topic-digital-privacy-prompt-2 = ¿Qué tipo de mensajes con otras personas te dolerían?
topic-digital-privacy-prompt-3 = ¿Qué te parece bien publicar sobre la relación?
topic-money = Dinero
topic-money-about = Gastos, ahorros, deudas y quién decide qué. Los asuntos de dinero ocultos pueden doler tanto como cualquier otro secreto.
topic-money-prompt-1 = ¿A partir de qué cantidad te gustaría hablar de un gasto antes de hacerlo?
topic-money-prompt-2 = ¿Qué dinero te gustaría conservar como propio?
topic-money-prompt-3 = ¿Cómo te gustaría enterarte de una deuda o de un error con el dinero?
topic-time-with-others = Tiempo con amistades, familia y otras personas
topic-time-with-others-about = El tiempo por separado y con otras personas, y cómo mantenerse al tanto.
topic-time-with-others-prompt-1 = ¿Con cuánta antelación te gustaría saber de planes que no te incluyen?
topic-time-with-others-prompt-2 = ¿Qué amistades te resultan fáciles, y cuáles te cuestan ahora mismo?
topic-time-with-others-prompt-3 = ¿Cuánto debería opinar la familia en las decisiones de pareja?
topic-intimacy = Intimidad
topic-intimacy-about = Cercanía, cariño y sexo. Un sí solo cuenta cuando se da con libertad, y un no siempre está permitido.
topic-intimacy-prompt-1 = ¿Qué te ayuda a sentir cercanía otra vez después de una temporada difícil?
topic-intimacy-prompt-2 = ¿Cómo te gustaría decir que no, y cómo te gustaría escucharlo?
topic-intimacy-prompt-3 = ¿Qué te parecería demasiada cercanía con alguien de fuera de la relación?
topic-conflict = Cómo manejamos los conflictos
topic-conflict-about = Lo que pasa en un desacuerdo: cómo hablarse, cuándo hacer una pausa y cómo volver a encontrarse.
topic-conflict-prompt-1 = ¿Qué palabras o qué tonos quedan fuera, incluso con enfado?
topic-conflict-prompt-2 = Si alguien necesita un descanso, ¿cuánto debería durar, y quién retoma la conversación?
topic-conflict-prompt-3 = ¿Alguien está esperando a que la otra persona cambie primero? ¿Con qué podría empezar cada quien ahora?

## Las columnas y los estados de la hoja (src/domain/boundaries/mod.rs)

side-a = Persona A
side-b = Persona B
side-shared = Ambas personas
field-need = Lo que necesito
field-not-ok = Lo que no está bien para mí
field-if-crossed = Lo que me gustaría que pasara si se cruza
field-agreement = Lo que acordamos
status-not-discussed = Aún sin hablar
status-talking = En conversación
status-agreed = Acordado
status-needs-revisiting = Hay que volver a verlo
# Para un tema propio de la pareja cuyo título está vacío.
untitled-topic = Tema propio

## Las etiquetas y botones de la hoja de límites (src/ui/pages/boundaries.rs)

printed-on = Impreso el { $date }
safety-first = Tu seguridad es lo primero.
open-help = Abrir la página de Ayuda
your-names = Los nombres
saved-as-you-type = Lo que escribes se guarda en este navegador mientras escribes.
print = Imprimir
overview-heading = En qué punto está cada tema
nothing-due = Por ahora no hay nada que revisar
ready-again = Listo para revisar
row-filled = : { $filled } de { $count } completados · { $status }
row-due = listo para revisar
due-date = : ha llegado la fecha que elegiste ({ $date }).
due-marked = : una de las dos personas quiere revisarlo.
prompts-lead = Preguntas para empezar:
agreed-on = Esta redacción se acordó el { $date }. Para cambiarla, vuelve a abrirla; esta redacción se conserva más abajo.
print-status = En qué punto está: { $status }
print-agreed-on = (el { $date })
print-revisit = Revisarlo como tarde el { $date }.
revisit = Revisar este acuerdo
earlier-wordings = Redacciones anteriores ({ $count })
earlier-agreed = Acordada el { $agreed }, reabierta el { $reopened }:
earlier-reopened = Reabierta el { $reopened }:
status-label = En qué punto está este tema
revisit-by = Revisarlo como tarde el
move-up = Subir { $topic }
move-down = Bajar { $topic }
hide = Ocultar { $topic }
manage = Cambiar el nombre o quitar este tema
new-name = Nombre nuevo
save-name = Guardar el nombre
reset-name = Volver al nombre original
remove-topic = Quitar este tema
remove-confirm = ¿Quitar este tema y todo lo que hay escrito en él?
remove-yes = Sí, quitarlo
remove-keep = No, conservarlo
own-heading = Temas propios
own-lead = ¿Falta algo? Añade un tema que sea importante para la pareja.
new-topic = Nombre del tema nuevo
add-topic = Añadir el tema
hidden-heading = Temas ocultos
hidden-kept = Lo que escribiste en ellos se conserva.
show-again = Mostrar { $topic } otra vez
agree-first = Escribe primero el acuerdo y después márcalo como acordado.
