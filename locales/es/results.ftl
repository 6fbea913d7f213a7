## Próximos pasos para las áreas más bajas (src/domain/assessment/advice.rs): dos para cualquiera y,
## en algunas áreas, dos para quien recibió el daño y dos para quien rompió la confianza. Lo que
## toca hacer en pareja va en infinitivo, para no elegir entre "vosotros" y "ustedes".

audience-anyone = Para cualquiera
audience-was-hurt = Si recibiste el daño
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
