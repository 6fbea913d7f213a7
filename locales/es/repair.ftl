## Las palabras de la lista de reparación (src/domain/repair/content.rs). Los planes guardados solo
## conservan los ids de las fases y los pasos, nunca estas palabras. Lo que hay que hacer va en
## infinitivo, como en cualquier lista de tareas, para que sirva a cada persona y a la pareja.

repair-intro = Reconstruir la confianza lleva tiempo, y casi nunca avanza en línea recta. Estos pasos son una guía, no un examen. La idea es avanzar a un ritmo que resulte seguro para ambas personas, ocultar los que no encajen y añadir los propios.
repair-commitment = Reconstruir la confianza requiere que ambas personas lo quieran y lo sostengan; una sola no puede hacerlo. También está bien descubrir, con el tiempo, que no quieres seguir en la relación. Terminarla puede ser la decisión correcta para algunas personas, y un servicio de orientación o terapia puede ayudarte a pensarlo.
repair-self-trust-intro = Confiar en otra persona es más fácil cuando puedes confiar en ti. Esta lista corta es solo para ti, estés del lado que estés de la herida.
# Enlaces de una fase a otra parte de Mend.
related-boundaries = Abrir la hoja de límites
related-safety-help = Buscar ayuda para tu seguridad

# Fase: reconocer la herida. Cada paso: qué hacer, por qué ayuda y cómo saber que está hecho.
phase-acknowledge = Reconocer la herida
phase-acknowledge-intro = Antes de que algo pueda cambiar, la herida tiene que nombrarse y escucharse. Esta parte trata de escuchar, no de arreglar.
step-ack-say-it = Contarle a tu pareja, con tus palabras, qué viviste y cómo te sentiste.
step-ack-say-it-why = Ponerlo en palabras convierte un peso privado en algo que ambas personas pueden ver.
step-ack-say-it-done = Has dicho lo que necesitabas decir, aunque haya hecho falta más de una conversación.
step-ack-listen = Escuchar cómo le afectó a tu pareja sin defenderte, justificarte ni corregir.
step-ack-listen-why = Sentir que te escuchan viene antes que sentirte a salvo. Tu versión de la historia puede esperar.
step-ack-listen-done = Tu pareja te dice que se sintió escuchada.
step-ack-reflect = Repetir con tus palabras lo que escuchaste, y preguntar si lo entendiste bien.
step-ack-reflect-why = Demuestra que las palabras llegaron, y detecta malentendidos a tiempo.
step-ack-reflect-done = Tu pareja está de acuerdo en que tu resumen es fiel.
step-ack-pace = Acordar cómo y cuándo hablarlo, y cómo puede pedir una pausa cualquiera de las dos personas.
step-ack-pace-why = Las conversaciones difíciles van mejor con un poco de estructura. Una pausa es un descanso, no un final.
step-ack-pace-done = Ambas personas saben cómo pedir una pausa y cuándo retomar la conversación.

# Fase: responsabilidad, arrepentimiento y una disculpa sincera.
phase-ownership = Responsabilidad, arrepentimiento y una disculpa sincera
phase-ownership-intro = Quien rompió la confianza asume toda la responsabilidad. Una disculpa de verdad nombra lo que hiciste, muestra que entiendes cuánto dolió, no pone excusas y dice qué harás de otra manera.
step-own-name-it = Decir con claridad lo que hiciste, sin suavizarlo ni señalar nada de lo que hizo tu pareja.
step-own-name-it-why = Asumirlo por completo le ahorra a tu pareja tener que sacarte la verdad a pedazos.
step-own-name-it-done = Has descrito por completo lo que hiciste, con tus propias palabras.
step-own-impact = Decirle a tu pareja lo que ahora entiendes sobre el daño que le hiciste.
step-own-impact-why = El arrepentimiento es más creíble cuando muestra que ves el daño, no solo el error.
step-own-impact-done = Tu pareja siente que entiendes la herida, no solo los hechos.
step-own-apology = Pedir perdón sin "pero": decir que lo sientes, por qué, y una cosa que vas a cambiar.
step-own-apology-why = Un "pero" convierte una disculpa en una defensa.
step-own-apology-done = Te has disculpado sin excusas y has nombrado al menos un cambio concreto.
step-own-own-pace = Tomarte el tiempo que necesites. Decirle a tu pareja que el perdón, si llega, llegará a tu ritmo.
step-own-own-pace-why = El perdón con prisas rara vez se sostiene. Tu ritmo forma parte de la sanación.
step-own-own-pace-done = Tu pareja lo ha escuchado y no te presiona para que pongas una fecha.
step-own-amends = Hablar de cómo podría ser, para ti, una forma de reparar el daño.
step-own-amends-why = Reparar convierte las palabras en algo que tu pareja puede ver y sentir.
step-own-amends-done = Hemos acordado al menos una forma de reparar.

# Fase: sinceridad y transparencia.
phase-honesty = Sinceridad y transparencia
phase-honesty-intro = Después de una ruptura de la confianza, hasta un secreto pequeño puede sentirse como una herida nueva. Ser transparente con lo que importa ayuda a que la sospecha se calme con el tiempo.
step-hon-answer = Responder con sinceridad a las preguntas de tu pareja, aunque la respuesta sea incómoda.
step-hon-answer-why = Cada respuesta directa es una pequeña señal de que contigo la verdad está a salvo.
step-hon-answer-done = Tu pareja dice que confía en que le respondes sin rodeos.
step-hon-tell-first = Contar lo que importa antes de que te lo pregunten, como un cambio de planes o un fallo.
step-hon-tell-first-why = Contarlo primero quita la necesidad de comprobar.
step-hon-tell-first-done = Contar primero se ha vuelto un hábito, y tu pareja lo ha notado.
step-hon-ask = Decir qué tipo de transparencia te ayudaría a sentir más seguridad, y durante cuánto tiempo, más o menos.
step-hon-ask-why = Una petición clara es más fácil de cumplir que una suposición. Lo que necesitas probablemente cambiará a medida que crezca la confianza.
step-hon-ask-done = Has dicho lo que pides y has puesto una fecha para volver a revisarlo.
step-hon-reassure = Cuando tu pareja necesite que la tranquilices, o vuelva a hacer la misma pregunta, responder con calma y por completo.
step-hon-reassure-why = Después de una ruptura de la confianza, necesitar que te tranquilicen es una parte normal de sanar, no una señal de que nada cambia.
step-hon-reassure-done = Tu pareja dice que tus respuestas le ayudan a calmarse, incluso en los días difíciles.
step-hon-privacy = Acordar dónde termina la transparencia y empieza la privacidad, para que la transparencia no se convierta en vigilancia.
step-hon-privacy-why = La transparencia construye confianza. Vigilar todo el tiempo mantiene en tensión a ambas personas.
step-hon-privacy-done = Tenemos un acuerdo en común, quizá por escrito en la hoja de límites.

# Fase: constancia a base de pequeñas promesas cumplidas.
phase-reliability = Constancia a base de pequeñas promesas cumplidas
phase-reliability-intro = La confianza vuelve con muchas promesas pequeñas cumplidas, no con un gran gesto. Empezar por poco y cumplir.
step-rel-small-promises = Hacer promesas pequeñas y concretas que sabes que puedes cumplir, y añadirlas a la lista de promesas.
step-rel-small-promises-why = Una promesa sencilla cumplida dice más que una grandiosa hecha.
step-rel-small-promises-done = Tienes al menos tres promesas en la lista.
step-rel-honest-no = Decir "no" o "todavía no" cuando no vas a poder cumplir, en lugar de aceptar solo para salir de un momento incómodo.
step-rel-honest-no-why = Un sí que no puedes cumplir hace más daño que un no sincero.
step-rel-honest-no-done = Solo aceptas lo que de verdad piensas hacer.
step-rel-own-slips = Cuando no cumplas una promesa, decirlo tú, disculparte y hacer un plan nuevo.
step-rel-own-slips-why = Reconocer pronto un fallo también es una forma de ser fiable.
step-rel-own-slips-done = Nombras las promesas incumplidas antes de que tu pareja tenga que sacarlas.
step-rel-first-move = Si cada quien está esperando a que cambie la otra persona primero, decirlo, y elegir cada quien una cosa con la que empezar ya.
step-rel-first-move-why = Un pulso de "tú primero" deja a ambas personas atascadas. Pequeños pasos de cada lado lo desbloquean.
step-rel-first-move-done = Cada quien ha dicho lo que va a hacer, sin esperar a la otra persona.
step-rel-notice = Fijarte en las promesas que se cumplieron, y decirlo, no solo en las que no.
step-rel-notice-why = Ver el avance ayuda a que ambas personas sigan adelante.
step-rel-notice-done = Le has contado a tu pareja una promesa cumplida que fue importante para ti.

# Fase: límites claros.
phase-boundaries = Límites claros
phase-boundaries-intro = Los límites expresan lo que cada quien necesita para sentirse a salvo y con respeto. La hoja de límites ayuda a ponerlos por escrito y a volver a ellos.
step-bnd-own-side = Llenar cada quien su parte de la hoja antes de compararlas.
step-bnd-own-side-why = Pensar primero a solas te ayuda a conocer tus necesidades antes de escuchar las de tu pareja.
step-bnd-own-side-done = Cada quien ha escrito su parte en los temas que más importan.
step-bnd-agree = Encontrar unas palabras con las que ambas personas estén de acuerdo en al menos un tema.
step-bnd-agree-why = Una frase compartida es más fácil de respetar que una idea vaga de lo que se quiso decir.
step-bnd-agree-done = Al menos un tema está marcado como acordado.
step-bnd-if-crossed = Decidir con calma qué hacer si se cruza un límite, sin castigos.
step-bnd-if-crossed-why = Un plan hecho en un momento de calma es más fácil de seguir en uno difícil.
step-bnd-if-crossed-done = Cada tema acordado dice qué pasa si se cruza.
step-bnd-end-contact = Si hubo una relación con otra persona, cortar el contacto con claridad y contarle a tu pareja cómo y cuándo lo hiciste.
step-bnd-end-contact-why = La lealtad renovada tiene que verse. Saber que el contacto terminó le permite a tu pareja dejar de preguntárselo.
step-bnd-end-contact-done = El contacto terminó y tu pareja lo supo por ti, no por otra persona.
step-bnd-review-date = Elegir una fecha para revisar de nuevo los acuerdos.
step-bnd-review-date-why = Las necesidades cambian a medida que crece la confianza, así que los límites también necesitan margen para cambiar.
step-bnd-review-date-done = Cada tema acordado tiene una fecha de revisión.

# Fase: reconectar.
phase-reconnect = Reconectar
phase-reconnect-intro = La cercanía vuelve despacio. Pequeños momentos de apertura, calidez y atención ayudan a sentirse otra vez un equipo.
step-rec-share = Cada semana, compartir un sentimiento o una preocupación que normalmente te guardarías.
step-rec-share-why = Un poco de apertura de una persona se lo pone más fácil a la otra.
step-rec-share-done = Ambas personas lo han hecho durante varias semanas seguidas.
step-rec-affection = Encontrar formas de cariño que ahora mismo les resulten agradables a ambas personas, como un abrazo, una nota amable o sentarse cerca.
step-rec-affection-why = El cariño solo ayuda cuando es bienvenido. Conviene ir al ritmo de quien lo necesite más despacio.
step-rec-affection-done = Cada quien conoce una forma de cariño que la otra persona recibe bien en este momento.
step-rec-present = Reservar tiempo en pareja con regularidad, con los teléfonos guardados.
step-rec-present-why = La atención plena le dice a tu pareja que te importa.
step-rec-present-done = Hemos tenido ese tiempo en pareja al menos tres veces.
step-rec-light = Hacer en pareja algo ligero que no tenga nada que ver con la herida.
step-rec-light-why = Recordar lo que cada quien disfruta de la otra persona da motivos para seguir adelante.
step-rec-light-done = Hemos compartido un momento de diversión o de calma.

# Fase: buscar apoyo.
phase-support = Buscar apoyo
phase-support-intro = No tienes que hacer esto sin ayuda. La terapia puede acompañar las conversaciones que se hacen demasiado grandes para la pareja. Si cualquiera de las dos personas siente miedo de la otra, conviene buscar ayuda primero por separado, no en pareja.
step-sup-talk = Hablar de si la terapia de pareja podría ayudar, y de lo que preocupa de ella.
step-sup-talk-why = Preocupaciones como el costo, el tiempo o la privacidad son más fáciles de resolver una vez dichas en voz alta.
step-sup-talk-done = Cada quien sabe qué piensa la otra persona de la terapia.
step-sup-find = Buscar terapeutas con experiencia en parejas y en confianza, por ejemplo en un directorio profesional, en tu centro de salud o a través de tu seguro médico. Preguntar por las tarifas y las sesiones en línea.
step-sup-find-why = Unas cuantas preguntas al principio ayudan a encontrar a alguien que encaje con ambas personas.
step-sup-find-done = Tenemos uno o dos nombres que nos parecen bien.
step-sup-first-session = Pedir una primera sesión, o una llamada breve para ver si encaja.
step-sup-first-session-why = La primera cita suele ser el paso más difícil. Después se hace más fácil.
step-sup-first-session-done = Hay una primera sesión o una llamada en el calendario.
step-sup-past = Hablar de cómo la familia o las relaciones anteriores de cada quien influyeron en su facilidad para confiar.
step-sup-past-why = Algunas dudas empezaron mucho antes de esta relación. Ver de dónde vienen ayuda a tratarlas con delicadeza.
step-sup-past-done = Cada quien entiende un poco mejor de dónde vienen las dudas de la otra persona.
step-sup-own-support = Pensar también en un apoyo solo para ti, como tu propia terapia o una amistad de confianza.
step-sup-own-support-why = Las heridas antiguas pueden influir en cómo se siente esta. Un espacio propio puede ayudar con eso.
step-sup-own-support-done = Cada quien sabe a dónde podría acudir para tener su propio apoyo.

# Fase: mantenerlo.
phase-maintain = Mantenerlo
phase-maintain-intro = La confianza necesita cuidado constante. Las conversaciones periódicas, el agradecimiento y el perdón la ayudan a seguir creciendo cuando lo más difícil ya pasó.
step-mnt-check-ins = Fijar una conversación periódica y cumplirla, incluso cuando todo parece ir bien.
step-mnt-check-ins-why = Las preocupaciones pequeñas son más fáciles de atender antes de que crezcan.
step-mnt-check-ins-done = Hemos mantenido nuestras conversaciones periódicas según lo previsto durante un mes.
step-mnt-appreciate = Decirse mutuamente algo que se agradeció esta semana.
step-mnt-appreciate-why = Agradecer ayuda a ver el esfuerzo que se está haciendo.
step-mnt-appreciate-done = Dar las gracias ya forma parte de la semana.
step-mnt-forgive = Cuando llegue el momento, practicar dejar pasar los pequeños fallos, y tratarse también con amabilidad.
step-mnt-forgive-why = Aferrarse a cada error mantiene fresca la herida. El perdón puede llegar poco a poco.
step-mnt-forgive-done = Un pequeño fallo ya no supone días de retroceso.
step-mnt-celebrate = Celebrar los pequeños logros, como una conversación difícil que se mantuvo amable.
step-mnt-celebrate-why = Marcar el avance recuerda cuánto camino se ha recorrido.
step-mnt-celebrate-done = Hemos celebrado al menos un logro en pareja.

# La lista de confianza en ti, para cada persona por su cuenta: qué practicar y por qué ayuda.
self-feelings = Fijarte en tus sentimientos y nombrarlos, sin juzgarte por tenerlos.
self-feelings-why = Los sentimientos son información. Nombrarlos te ayuda a decidir qué hacer después.
self-learn = Mirar atrás a decisiones pasadas para aprender de ellas, no para culparte.
self-learn-why = Aprender fortalece la confianza en tu criterio. La culpa solo la desgasta.
self-no = Practicar decir que no cuando algo no te parece bien.
self-no-why = Cada no sincero te demuestra que puedes proteger lo que te importa.
self-gut = Anotar lo que te dice tu intuición, y más adelante mirar cómo salieron las cosas.
self-gut-why = Comprobar tus corazonadas con el tiempo te muestra cuándo puedes fiarte de ellas.
self-small-promise = Cumplir cada día una pequeña promesa contigo.
self-small-promise-why = La confianza en ti se reconstruye igual que con cualquier persona: cumpliendo.
self-kindness = Hablarte como le hablarías a una buena amistad.
self-kindness-why = La amabilidad contigo hace que los pasos difíciles parezcan posibles.

## Quién da un paso, y cómo van las promesas y las conversaciones periódicas (src/domain/repair/mod.rs)

doer-broke-trust = Quien rompió la confianza
doer-hurt = Quien sufrió el daño
doer-both = Ambas personas
outcome-kept = Cumplida
outcome-missed = No cumplida
promise-open = Pendiente
promise-overdue = Pasó su fecha
reminder-first = Cuando quieras, prueba a tener la primera conversación periódica en pareja. Solo lleva unos minutos.
reminder-today = La próxima conversación periódica toca hoy.
# $day: el día de la última conversación.
reminder-last = La última conversación periódica fue el { $day }. Unos minutos en pareja pueden ayudar a mantener el rumbo.

## Las etiquetas y botones de la lista de reparación (src/ui/pages/repair/)

overall-label = En total:
progress-done = { $done } de { $total } hechos
safety-link-first = Si sientes miedo de tu pareja, lo primero es { $link },
safety-link-text = buscar ayuda para tu seguridad
safety-link-help = o puedes ir directamente a la { $link }.
help-page-link = página de Ayuda
whose-label = Mostrar los pasos de
whose-everyone = Todo el mundo: todos los pasos
whose-hurt = Yo: sufrí el daño
whose-broke = Yo: rompí la confianza
safety-text = Si sientes miedo de tu pareja, o te está haciendo daño, amenazando o controlando, tu seguridad es lo primero, y trabajar esto en pareja no es por donde empezar. Habla por tu cuenta con alguien de confianza, con tu centro de salud o con una línea de ayuda contra la violencia en la pareja de donde vives. Si ahora mismo estás en peligro, llama al número de emergencias de tu zona.
crisis-lines = Líneas de crisis y de apoyo, por país
exit-note = «Salir de esta página», arriba en la pantalla, te saca de Mend al instante.
hidden-steps = Pasos que has ocultado
show-again = Mostrar otra vez
show-again-label = Mostrar otra vez: { $step }
add-own = Añadir un paso propio
your-step = Tu paso
who-does-it = Quién lo hace
add-step = Añadir el paso
step-added = Paso añadido a esta fase.
self-trust-heading = Confiar en ti
why-matters = Por qué importa
done-when = Sabrás que está hecho cuando:
remove-step = Quitar este paso
hide-step = Ocultar este paso
note = Nota
note-label = Nota: { $step }
remove-label = Quitar este paso: { $step }
hide-label = Ocultar este paso: { $step }
done-on = Hecho el { $date }
promises-showing = Se muestran las { $shown } promesas más recientes de { $total }.
promises-show-older = Mostrar { $count } promesas anteriores
check-ins-showing = Se muestran las { $shown } conversaciones periódicas más recientes de { $total }.
check-ins-show-older = Mostrar { $count } conversaciones periódicas anteriores
promises-heading = Pequeñas promesas
promises-lead = La confianza vuelve a crecer con pequeñas promesas cumplidas. Elige algo concreto que de verdad puedas hacer y ponle una fecha.
promise-what = ¿Qué vas a hacer?
promise-by = Para cuándo
promise-add = Añadir la promesa
promise-added = Promesa añadida.
promise-choose-day = Elige un día para esta promesa.
choice-undecided = Sin decidir todavía
choice-kept = Cumplida
choice-missed = No cumplida
kept-summary-one = { $kept } de { $total } promesa cumplida: { $rate } %
kept-summary = { $kept } de { $total } promesas cumplidas: { $rate } %
kept-none-yet = Cuando marques una promesa como cumplida o no cumplida, verás aquí cuántas se cumplieron.
kept-chart = Porcentaje de promesas cumplidas a lo largo del tiempo
promise-due = Para el { $date }.
promise-decided = { $outcome } el { $date }
promise-what-happened = Qué pasó (opcional)
promise-delete = Borrar esta promesa
check-ins-heading = Conversaciones periódicas
check-ins-lead = Unos minutos en pareja, con regularidad, para ver cómo van las cosas. No hay respuestas correctas.
check-in-next = La próxima conversación periódica es el { $date }.
check-in-every-label = Cada cuánto hablarlo
every-week = Cada semana
every-two-weeks = Cada dos semanas
every-month = Cada mes
every-days = Cada { $days } días
rating-trust = { $name }: confianza
rating-closeness = { $name }: cercanía
answer-went-well = Qué fue bien desde la última vez
answer-was-hard = Qué costó
answer-next-step = Un próximo paso
check-in-add = Añadir una conversación
check-in-date = Fecha
check-in-scale = Cada persona puntúa del 1 (muy poco) al 10 (mucho): cuánto confía ahora mismo en su pareja y cuánta cercanía siente.
check-in-save = Guardar la conversación
check-in-saved = Conversación guardada. Gracias por dedicarle este tiempo.
check-in-choose-day = Fecha: elige el día de esta conversación.
check-ins-going = Cómo ha ido
check-ins-chart = Las puntuaciones de las conversaciones a lo largo del tiempo
check-ins-chart-empty = Tus puntuaciones aparecerán aquí en un gráfico después de la primera conversación.
check-ins-past = Conversaciones anteriores
check-in-ratings = { $a }: confianza { $a-trust }, cercanía { $a-closeness }. { $b }: confianza { $b-trust }, cercanía { $b-closeness }.
past-went-well = Fue bien
past-was-hard = Costó
past-next-step = Próximo paso
check-in-delete = Borrar esta conversación
check-in-delete-label = Borrar esta conversación del { $date }

# Las tablas ocultas junto a los gráficos, que leen los lectores de pantalla.
chart-date = Fecha
# $caption: el título del gráfico; $rows: cuántos de los últimos días lista la tabla; $total: todos.
chart-latest = { $caption }: los { $rows } más recientes de { $total }
