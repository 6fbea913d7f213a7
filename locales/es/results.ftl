## Próximos pasos para las áreas más bajas (src/domain/assessment/advice.rs): dos para cualquiera y,
## en algunas áreas, dos para quien sufrió el daño y dos para quien rompió la confianza. Lo que
## toca hacer en pareja va en infinitivo, para no elegir entre "vosotros" y "ustedes".

audience-anyone = Para cualquiera
audience-was-hurt = Si sufriste el daño
audience-broke-trust = Si rompiste la confianza
advice-honesty-hurt-1 = Anota las preguntas que te vuelven una y otra vez, y elige un momento tranquilo para hacer una o dos.
advice-honesty-hurt-2 = Di qué tipo de transparencia te ayudaría a sentir más estabilidad por ahora, y durante cuánto tiempo, más o menos.
advice-honesty-broke-1 = Responde a las preguntas de tu pareja por completo y con calma, incluso las que ya respondiste antes.
advice-honesty-broke-2 = Cuenta algo importante antes de que te lo pregunten, como un cambio de planes.
advice-reliability-hurt-1 = Pide una promesa pequeña y clara que te gustaría ver cumplida esta semana, y fíjate cuando se cumpla.
advice-reliability-hurt-2 = Dile a tu pareja cuando una promesa cumplida significó algo para ti, y también cuando alguna falló.
advice-reliability-broke-1 = Haz una promesa pequeña que sepas que puedes cumplir, y cúmplela sin que te la recuerden.
advice-reliability-broke-2 = Si no puedes cumplir una promesa, dilo antes de que pase el momento, y propón un plan nuevo.
advice-fidelity-hurt-1 = Si la traición todavía está en carne viva, pide un momento tranquilo para contar cómo te dolió sin que te interrumpan.
advice-fidelity-hurt-2 = Di qué necesitas saber sobre el fin del contacto con esa persona, y qué te ayudaría a creerlo.
advice-fidelity-broke-1 = Si hubo una relación con otra persona, corta el contacto con claridad y cuéntale a tu pareja cómo lo hiciste.
advice-fidelity-broke-2 = Ofrece transparencia sobre el dinero y las otras personas antes de que te la pidan, durante el tiempo que tu pareja lo necesite.
advice-security-hurt-1 = Necesitar que te tranquilicen después de una decepción es normal. Pídelo con palabras, por ejemplo: "¿Me dices en qué punto estamos?"
advice-security-hurt-2 = Fíjate en qué pequeñas señales te ayudan a calmarte, y compártelas con tu pareja.
advice-security-broke-1 = Cuando tu pareja te pida que la tranquilices, hazlo con paciencia, aunque ya lo hayas hecho antes.
advice-security-broke-2 = Da pequeñas señales de dónde estás y de cuándo vas a volver, antes de que hagan falta.
advice-accountability-hurt-1 = Dile a tu pareja qué tendría que incluir, para ti, una disculpa de verdad.
advice-accountability-hurt-2 = Tómate el tiempo que necesites. El perdón, si llega, puede llegar a tu propio ritmo.
advice-accountability-broke-1 = Nombra con claridad lo que hiciste y cuánto le dolió a tu pareja, sin ningún "pero".
advice-accountability-broke-2 = Di qué vas a hacer de otra manera, y deja que tus actos lo demuestren en las próximas semanas.
advice-conflict-hurt-1 = Cuando una herida antigua salga en una discusión nueva, pide otro momento, más tranquilo, para hablar de ella.
advice-conflict-hurt-2 = Acuerda una señal de pausa que puedas usar cuando una conversación empiece a ser demasiado.
advice-conflict-broke-1 = Cuando tu pareja vuelva a sacar la herida antigua, escucha primero: suele significar que todavía necesita cuidado.
advice-conflict-broke-2 = Acuerda una señal de pausa, y sé tú quien retome la conversación a la hora que dijiste.
advice-honesty-1 = Elegir algo pequeño que cada quien se haya estado guardando y contarlo esta semana, con calma y sin grandes preámbulos.
advice-honesty-2 = Acordar qué tipo de noticias quiere oír cada quien de la otra persona antes que de nadie.
advice-reliability-1 = Hacer cada quien una promesa pequeña y clara, y cumplirla. Las promesas pequeñas cumplidas reconstruyen más que las grandes.
advice-reliability-2 = Si una promesa empieza a fallar, decirlo pronto y proponer un plan nuevo.
advice-boundaries-1 = Escribir, cada quien por su cuenta, lo que siente privado y lo que comparte a gusto, también teléfonos y cuentas.
advice-boundaries-2 = Comparar las listas con amabilidad y acordar un límite que ambas personas vayan a respetar.
advice-fidelity-1 = Si una traición todavía está en carne viva, reservar un momento tranquilo para nombrar la herida y escucharla sin interrupciones.
advice-fidelity-2 = Acordar cómo será, a partir de ahora, la transparencia sobre el dinero y las otras personas.
advice-security-1 = Cuando aparezca la preocupación, nombrarla como un sentimiento propio ("siento inquietud") y no como una acusación.
advice-security-2 = Acordar algo pequeño que ayude a ambas personas a sentir calma, como un mensaje rápido cuando cambian los planes.
advice-support-1 = Reservar diez minutos varias veces por semana para preguntar cómo está de verdad la otra persona, sin teléfonos.
advice-support-2 = Acordar que lo que alguien comparte en un momento íntimo no se use después en una discusión.
advice-accountability-1 = Hablar de qué hace que una disculpa se sienta de verdad para cada quien.
advice-accountability-2 = Cuando cualquiera de las dos personas se equivoque, nombrarlo con claridad, sin "pero", y decir qué va a cambiar.
advice-conflict-1 = Acordar una señal de pausa para los momentos tensos, y cuándo retomar la conversación.
advice-conflict-2 = Limitar cada desacuerdo a un solo tema; dejar las heridas antiguas para otro momento, más tranquilo.
advice-expectations-1 = Escribir cada quien tres cosas que espera de la otra persona pero que nunca ha dicho del todo en voz alta.
advice-expectations-2 = Compartirlas y elegir una para hablarla esta semana.
advice-how-it-shows-1 = Planear esta semana un momento corto y sencillo en pareja que no tenga nada que ver con los problemas.
advice-how-it-shows-2 = Probar una conversación semanal: una cosa que fue bien y una que costó.
advice-self-trust-1 = Fíjate cada día en lo que sientes y nómbralo sin juzgarlo.
advice-self-trust-2 = Practica esta semana un "no" pequeño y amable cuando algo no te siente bien.

## Cómo se describe una puntuación (src/domain/assessment/scoring.rs)

band-solid = Bastante sólida
band-solid-about = La mayoría de tus respuestas se inclinan hacia la confianza. Ahora mismo esto te parece bastante estable.
band-some-strain = Algo de tensión
band-some-strain-about = Tus respuestas son variadas: algunas cosas te parecen estables y otras, inciertas en este momento.
band-significant-strain = Mucha tensión
band-significant-strain-about = Muchas de tus respuestas se alejan de la confianza en este momento. Eso describe cómo se sienten las cosas hoy, y puede ser un punto de partida amable.
band-disclaimer = Estos niveles solo describen cómo respondiste hoy. No son un diagnóstico ni un veredicto sobre tu relación, y ninguna investigación fija para ellos unos límites oficiales.
facets-explained = Quienes estudian la confianza en la pareja (Rempel, Holmes y Zanna, 1985) describen tres caras. La previsibilidad crece con lo que has visto hacer a tu pareja. La fiabilidad trata de si puedes contar con quien es, sobre todo cuando te sientes vulnerable. La fe en el futuro mira hacia delante: cuánta seguridad sientes de que seguirá cuidándote. Son las mismas frases que la puntuación general, repartidas en estas tres.
not-enough-answers = No hay respuestas suficientes para mostrar aquí una puntuación.

## Las respuestas de la pareja lado a lado (src/domain/assessment/compare.rs)

# Preguntas para hacerse sobre un área, sin culpas, de tú a tú; la primera también se muestra sola.
talk-honesty-1 = ¿Qué te ayuda a sentirte con la seguridad suficiente para decir en voz alta lo difícil?
talk-honesty-2 = ¿Qué tipo de noticias te gustaría oír primero, y de boca de quién?
talk-honesty-3 = ¿Hay alguna pregunta que te hayas estado guardando?
talk-reliability-1 = ¿Qué promesa pequeña, cumplida durante un mes, significaría más para ti?
talk-reliability-2 = Cuando un plan tiene que cambiar, ¿cómo te gustaría enterarte?
talk-reliability-3 = ¿Qué hace que a veces cueste decir que no en lugar de que sí?
talk-boundaries-1 = ¿Qué sientes como privado, y qué te gustaría compartir más?
talk-boundaries-2 = ¿Hay algún límite puesto por una de las dos personas que a la otra le cueste respetar?
talk-boundaries-3 = ¿Cómo te gustaría que te pidieran permiso antes de mirar tu teléfono o tus cuentas?
talk-fidelity-1 = ¿Cómo es para ti la lealtad, con las personas y con el dinero?
talk-fidelity-2 = ¿Qué te ayudaría a tener la certeza de que un contacto con otra persona terminó de verdad?
talk-fidelity-3 = ¿Qué decisiones de dinero te gustaría que tomáramos en común?
talk-security-1 = Cuando dudas de lo nuestro, ¿qué te ayuda a recuperar la calma?
talk-security-2 = ¿Qué pequeñas muestras de cariño significan más para ti en un día cualquiera?
talk-security-3 = ¿Cómo podemos pedir que nos tranquilicen sin que acabe en pelea?
talk-support-1 = Cuando lo estás pasando mal, ¿qué es lo que más quieres de mí?
talk-support-2 = ¿Alguna vez algo que compartiste se volvió contra ti de una forma que te dolió?
talk-support-3 = ¿Cuándo sientes que te escucho de verdad?
talk-accountability-1 = ¿Qué hace que una disculpa te parezca de verdad?
talk-accountability-2 = ¿Hay alguna herida que todavía sientas sin cerrar?
talk-accountability-3 = ¿Cómo puedes saber que un cambio después de una disculpa va a durar?
talk-conflict-1 = ¿Qué ayudaría a que nuestros desacuerdos se sintieran más seguros?
talk-conflict-2 = ¿Qué señal de pausa podríamos usar, y cuándo retomaríamos la conversación?
talk-conflict-3 = ¿Cómo volvemos a encontrarnos después de una pelea?
talk-expectations-1 = ¿Qué esperas de mí de lo que nunca hemos hablado de verdad?
talk-expectations-2 = ¿Estamos esperando a que la otra persona cambie primero? ¿Con qué podría empezar cada quien ahora?
talk-expectations-3 = ¿Cómo te gustaría que fuera nuestra vida dentro de un año?
talk-how-it-shows-1 = ¿Cuándo te sentiste cerca de mí por última vez, y qué lo hizo fácil?
talk-how-it-shows-2 = ¿Qué pequeño momento en pareja podríamos planear esta semana que no tenga nada que ver con los problemas?
talk-self-trust-1 = ¿Cuándo te resulta más fácil confiar en lo que sientes?
talk-self-trust-2 = ¿Te costaba confiar antes de esta relación, en tu familia o en relaciones anteriores? ¿Cómo se nota eso ahora?
# Dónde está la pareja en un área: un título y lo que significa.
standing-shared-strength = Fortalezas compartidas
standing-shared-strength-about = Ambas personas ven estas áreas estables ahora mismo. Hablar de qué las mantiene así puede dar un punto de apoyo.
standing-shared-concern = Preocupaciones compartidas
standing-shared-concern-about = Ambas personas sienten algo de tensión aquí. Coincidir en eso ya es un terreno común: conviene empezar por la que parezca más fácil.
standing-seen-differently = Vistas de forma distinta
standing-seen-differently-about = Aquí las respuestas están muy lejos. Nadie se equivoca: quizá cada quien esté viviendo lo mismo de una manera muy distinta. Primero, escuchar.
standing-not-enough-answers = No hay respuestas suficientes para comparar
standing-not-enough-answers-about = Una de las dos personas, o ambas, se saltaron la mayoría de estas frases, así que no hay nada que comparar.
together-disclaimer = Este informe solo pone las respuestas de ambas personas una al lado de la otra. No es un examen que se aprueba o se suspende, no es terapia ni un veredicto sobre la relación, y no puede decir qué decidir. Cada puntuación describe cómo se sentía una de las dos personas el día que respondió.
after-a-betrayal = Cuando una persona rompió la confianza de la otra, es habitual y esperable que haya grandes diferencias. Quien sufrió el daño suele puntuar mucho más bajo la sinceridad, la lealtad y la seguridad, porque vive con la duda que dejó lo ocurrido. Eso no es exagerar, y una puntuación más alta de la otra persona no demuestra que todo esté bien. Que la puntuación más baja marque el ritmo de la conversación.
# Cómo hablar de los resultados: unas pocas pautas sencillas para la conversación, en orden.
talking-guide-1 = Elegir un momento tranquilo, sin prisas, y acordar cuánto tiempo hablar. Veinte o treinta minutos son suficientes.
talking-guide-2 = Un tema cada vez. Terminarlo, o acordar volver a él, antes de empezar otro.
talking-guide-3 = Hablar por turnos. Una persona cuenta su propia experiencia, con "yo" en lugar de "tú siempre".
talking-guide-4 = La otra escucha, repite lo que entendió y pregunta si lo entendió bien, antes de dar su punto de vista.
talking-guide-5 = Acordar una señal de pausa, como levantar la mano o una palabra. Cualquiera puede usarla: se para la conversación y se acuerda cuándo retomarla.
talking-guide-6 = Terminar nombrando una cosa pequeña que cada quien va a intentar antes de la próxima conversación.

## Las etiquetas y botones de la pantalla de resultados (src/ui/pages/assessment/results.rs)

results-gone = Estos resultados ya no están aquí.
results-help = Tienes { $link } siempre que las necesites.
results-help-link = líneas de ayuda y apoyo
results-back = Volver a la autoevaluación
results-print = Imprimir
solo-title = Tus resultados del { $date }
solo-overall = Confianza general: { $score } de 100
solo-older-bank = Estos resultados vienen de una versión anterior de las afirmaciones, así que pueden diferir un poco de los más recientes.
by-area-heading = La confianza por áreas
by-area-chart = La confianza por áreas, de 0 a 100
other-heading = Cómo se nota, y la confianza en ti
other-note = Estas dos tratan de cómo se sienten las cosas en el día a día y de la confianza que tienes en ti. No cuentan en la puntuación general.
other-chart = Cómo se nota y la confianza en ti, de 0 a 100
strongest = Lo más firme:
most-strained = Lo que más se resiente:
facets-heading = Tres caras de la confianza
facets-chart = Tres caras de la confianza, de 0 a 100
chart-score = Puntuación
change-lines = Si has asustado o hecho daño a tu pareja y quieres dejar de hacerlo, hay líneas confidenciales para eso: { $link }.
change-lines-link = mira la página de Ayuda
solo-next-heading = Por dónde podrías empezar
all-advice = Todas las sugerencias, para cada situación
open-worksheet = Abrir la hoja de límites
open-checklist = Abrir la lista de reparación
next-for = Próximos pasos para { $name }
together-title = El informe de acuerdo, { $date }
together-overall = Confianza general: { $a } { $a-score } · { $b } { $b-score }
agreement-heading = Dónde hay acuerdo y dónde hay diferencias
talk-heading = Cómo hablarlo
talk-afraid = Si alguna de las dos personas siente miedo, mejor dejar la conversación: este informe no es un buen punto de partida, y en la página de Ayuda hay líneas a las que cada quien puede llamar por su cuenta.
each-next-heading = Lo siguiente, para cada persona
both-heading = Ambas personas, área por área
both-chart = Puntuaciones de ambas personas por área, de 0 a 100

# Las tablas ocultas junto a los gráficos de barras, que leen los lectores de pantalla: el
# encabezado de la primera columna.
chart-area = Área
chart-facet = Cara de la confianza
