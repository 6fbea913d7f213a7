## El banco de preguntas (src/domain/assessment/bank.rs)

# Los pasos del cuestionario: un título y una frase de entrada para cada uno.
area-honesty = Sinceridad y apertura
area-honesty-intro = Estas frases tratan de decir la verdad y de compartir lo importante.
area-reliability = Constancia y promesas
area-reliability-intro = Estas frases tratan de cumplir lo que se dice que se va a hacer.
area-boundaries = Límites y privacidad
area-boundaries-intro = Estas frases tratan de los límites que necesita cada quien, también con el teléfono y en internet.
area-fidelity = Lealtad, traición y dinero
area-fidelity-intro = Estas frases tratan de la lealtad, la cercanía con otras personas y el dinero.
area-security = Seguridad y celos
area-security-intro = Estas frases tratan de sentirte en calma en lugar de en alerta.
area-support = Apoyo y seguridad emocional
area-support-intro = Estas frases tratan de apoyarse mutuamente y de sentirte a salvo al abrirte.
area-accountability = Asumir errores y reparar
area-accountability-intro = Estas frases tratan de reconocer los errores y de arreglar lo que se dañó.
area-conflict = Los desacuerdos
area-conflict-intro = Estas frases tratan de lo que pasa cuando hay un desacuerdo entre tu pareja y tú.
area-expectations = Expectativas
area-expectations-intro = Estas frases tratan de lo que espera cada quien, se diga o no.
area-how-it-shows = Cómo se nota
area-how-it-shows-intro = Estas frases tratan de cómo la tensión puede notarse en el día a día; una puntuación más alta indica menos señales.
area-self-trust = Confiar en ti
area-self-trust-intro = Estas frases tratan de cuánto confías en ti.

# Las tres caras de la confianza: una etiqueta corta y una frase para cada una.
facet-predictability = Previsibilidad
facet-predictability-about = Lo constante que ha sido el comportamiento de tu pareja, de modo que puedes anticipar lo que hará.
facet-dependability = Fiabilidad
facet-dependability-about = Hasta qué punto puedes contar con que tu pareja sea sincera y atenta contigo, sobre todo cuando te sientes vulnerable.
facet-faith = Fe en el futuro
facet-faith-about = Cuánta seguridad sientes de que tu pareja seguirá cuidándote en lo que viene.

# Se dice en la pantalla de inicio y con los resultados.
assessment-disclaimer = Es un ejercicio de reflexión personal para aprender y conversar. No es terapia ni un diagnóstico, y no puede decirte qué decidir.

# La escala de respuesta, del 1 (muy en desacuerdo) al 7 (muy de acuerdo), y las otras dos opciones.
scale-1 = Muy en desacuerdo
scale-2 = En desacuerdo
scale-3 = Algo en desacuerdo
scale-4 = Ni de acuerdo ni en desacuerdo
scale-5 = Algo de acuerdo
scale-6 = De acuerdo
scale-7 = Muy de acuerdo
scale-skip = Saltar / prefiero no decirlo
scale-not-applicable = No aplica: esto no ha pasado

# Las frases, escritas para que cualquiera de los dos pueda responderlas.
hon-01 = Mi pareja me dice la verdad, aunque sea incómoda.
hon-02 = Las cosas importantes me las cuenta primero mi pareja, no otra persona.
hon-03 = Mi pareja me oculta cosas que yo querría saber.
hon-04 = Cuando le hago una pregunta directa a mi pareja, me responde sin rodeos.
hon-06 = Confío en que mi pareja seguirá siendo sincera conmigo en los próximos años.
rel-01 = Cuando mi pareja dice que va a hacer algo, lo hace.
rel-02 = Lo que hace mi pareja suele coincidir con lo que dice.
rel-03 = Puedo contar con mi pareja cuando algo me importa de verdad.
rel-04 = Si mi pareja no puede cumplir una promesa, me avisa antes, no después.
rel-05 = Confío en que mi pareja cumplirá su palabra en los próximos meses.
bnd-01 = Mi pareja respeta los límites que pongo, aunque preferiría otra cosa.
bnd-02 = Hemos hablado de qué es privado y qué es compartido, también teléfonos y cuentas.
bnd-03 = Mi pareja revisa mi teléfono, mis mensajes o mis cuentas sin preguntar.
bnd-04 = Me siento libre de tener mi propio tiempo y mis propias amistades.
bnd-05 = Tenemos claro qué le resulta cómodo a cada quien en internet.
fid-01 = Tengo la certeza de que mi pareja me es fiel.
fid-02 = Mi pareja me habla con claridad del dinero, los gastos y las deudas.
fid-03 = Las grandes decisiones de dinero que nos afectan como pareja las tomamos en común.
fid-04 = Si mi pareja se sintiera atraída por otra persona, creo que me lo diría.
fid-05 = Mi pareja respeta lo que acordamos sobre la cercanía con otras personas.
sec-01 = Siento seguridad en el amor que mi pareja me tiene.
sec-02 = Cuando mi pareja sale sin mí, puedo estar en calma.
sec-03 = Cuando dudo, mi pareja me ayuda a recuperar la calma.
sec-05 = Las amistades de mi pareja con otras personas me parecen claras y seguras.
sec-06 = Cuando surgen inquietudes por otras personas, podemos hablarlas con calma.
sup-01 = Cuando lo estoy pasando mal, mi pareja está ahí para mí.
sup-02 = Puedo contar algo íntimo sin que luego se use en mi contra.
sup-03 = Mi pareja me escucha cuando necesito hablar.
sup-04 = Mi pareja guarda para sí lo que le cuento.
sup-05 = Mi pareja me trata con respeto, incluso en un mal día.
acc-01 = Cuando mi pareja me ha hecho daño, lo ha reconocido en lugar de poner excusas.
acc-02 = Las disculpas de mi pareja me han parecido sinceras.
acc-03 = Después de disculparse, mi pareja cambió de verdad su comportamiento.
acc-04 = Me siento capaz de decirle a mi pareja cuando me ha hecho daño.
acc-06 = Si mi pareja me fallara en el futuro, creo que se esforzaría por repararlo.
con-01 = Podemos no estar de acuerdo sin que acabe en pelea.
con-02 = Cuando discutimos, mi pareja es justa conmigo, aunque esté alterada.
con-04 = Después de una discusión, volvemos a encontrarnos.
con-05 = Cuando se ha pedido una pausa en un momento tenso, se ha respetado.
con-06 = Cuando hace falta volver a hablar de una herida antigua, mi pareja está dispuesta a escucharme.
exp-01 = Sé lo que mi pareja espera de mí.
exp-02 = Hemos hablado abiertamente de lo que cada quien quiere de esta relación.
exp-03 = Cuando cambian nuestras necesidades, lo hablamos en vez de adivinar.
exp-05 = Siento que queremos lo mismo para nuestro futuro.
exp-06 = Mi pareja entiende lo que necesito de su parte.
shw-01 = Me siento cerca de mi pareja casi todos los días.
shw-02 = Puedo dejar pasar una respuesta tardía o un cambio de planes sin temer lo peor.
shw-03 = Me descubro vigilando a mi pareja.
shw-04 = Los pequeños desacuerdos con mi pareja se quedan en pequeños.
shw-05 = Seguimos sacando tiempo para el cariño y la cercanía.
slf-01 = Confío en mi propia percepción de lo que pasa en nuestra relación.
slf-02 = Puedo nombrar lo que siento sin juzgarme por ello.
slf-03 = Puedo decir que no cuando algo no me parece bien.
slf-04 = Le digo a mi pareja cuando algo me duele o cuando algo va mal.
slf-05 = Cuando pienso en decisiones pasadas, me trato con amabilidad.
slf-06 = Puedo decirle a mi pareja cómo me siento de verdad, sin adornarlo.
slf-07 = Cuando me equivoco, puedo reconocerlo y pedir perdón.
slf-08 = Le digo a mi pareja lo que necesito, en vez de esperar que lo adivine.

## Quién responde (src/domain/assessment/role.rs)

role-question = ¿Cuál de estas opciones describe mejor tu situación ahora?
role-explained = Tu respuesta solo cambia qué sugerencias ves primero. Todo lo demás sigue igual, y siempre puedes leer las sugerencias para cada situación. Se guarda con tus respuestas; si respondes en pareja, tu pareja la verá en los resultados compartidos.
# Cada opción en primera persona; un nombre corto para los resultados; una nota al principio de los resultados de esa persona.
role-was-hurt = Me hizo daño algo que hizo mi pareja
role-was-hurt-short = sufrió el daño
role-was-hurt-note = Después de una decepción, es normal sentir inseguridad, necesitar que te tranquilicen y hacer las mismas preguntas más de una vez. Las puntuaciones bajas describen la herida; no dicen que tú estés fallando en la confianza. Reconstruirla es sobre todo tarea de quien la rompió, a un ritmo que puedas sostener.
role-broke-trust = Hice algo que rompió la confianza de mi pareja
role-broke-trust-short = rompió la confianza
role-broke-trust-note = La confianza de tu pareja puede tardar mucho en volver, y sus dudas son una reacción normal ante el daño. Lo que más ayuda es una sinceridad constante, asumir lo que pasó sin excusas y tener paciencia cuando necesite que la tranquilices otra vez.
role-both = Nos hemos hecho daño mutuamente
role-both-short = daño mutuo
role-both-note = Cuando el daño ha sido mutuo, cada quien necesita escuchar una disculpa y también debe una. Puede ayudar ir por turnos: una herida cada vez, mientras la otra persona escucha.
role-checking-in = No pasó nada grave: queremos ver cómo estamos
role-checking-in-short = revisión
role-checking-in-note = Revisar cómo va la relación cuando no pasa nada malo es un buen hábito. Las áreas más fuertes sirven para recordar lo que funciona, y las más bajas, como temas para una charla tranquila.
role-prefer-not-to-say = Prefiero no decirlo
role-prefer-not-to-say-short = prefiere no decirlo
# En lugar del nombre corto cuando no se hizo la pregunta (respuestas de antes de que existiera).
role-not-asked = sin preguntar
role-prefer-not-to-say-note = No dijiste cuál es tu situación, así que las sugerencias de abajo sirven para cualquiera. Más abajo están todas las sugerencias para cada situación.

## La comprobación privada de seguridad (src/domain/assessment/safety.rs)

safety-answer-yes = Sí
safety-answer-no = No
safety-answer-prefer-not-to-say = Prefiero no decirlo
safety-title = Primero, una comprobación privada
safety-intro = Estas preguntas son solo para ti, y nada de lo que elijas aquí se puntúa nunca.
safety-privacy = Tus respuestas aquí solo están en esta pantalla mientras respondes. Nunca se guardan, ni siquiera en este navegador. No aparecen en tus resultados, tu historial ni un archivo exportado, tampoco cuando le pasas el dispositivo a tu pareja, que nunca las ve. Desaparecen en cuanto sigues adelante, sales de esta página o la recargas.
# Las preguntas, en primera persona.
safe-01 = Me da miedo cómo pueda reaccionar mi pareja a lo que digo o hago.
safe-02 = Mi pareja controla adónde voy, a quién veo o qué dinero puedo usar.
safe-03 = Mi pareja me amenaza o me asusta para que haga lo que quiere.
safe-04 = Mi pareja tergiversa las cosas hasta que dudo de mi memoria o de lo que siento.
safe-05 = Mi pareja me ha hecho daño físico, por ejemplo empujándome, agarrándome o golpeándome.
safety-concern = Gracias por responder. Lo que describes suena difícil y aterrador, y mereces sentirte a salvo. No tienes que resolver esto sin ayuda. Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.
safety-joint-advice = Por ahora, te sugerimos no hacer los ejercicios compartidos de esta aplicación con esta pareja. Trabajar la confianza en pareja requiere que ambas personas se sientan a salvo. Una persona especializada en acompañamiento puede ayudarte, de forma confidencial, a pensar qué es lo mejor para ti.
safety-resources-note = Estos ejemplos son de Estados Unidos. En otros países los números cambian (en España, el 112 y el 016) y la página de Ayuda reúne más. En una emergencia, llama al número de emergencias de tu zona.
# Lugares donde pedir ayuda: ejemplos de Estados Unidos (safety-resources-note lo dice). Los nombres de los servicios y las palabras clave de los mensajes (START, LOVEIS) se quedan como son.
safety-resource-1 = Servicios de emergencia
safety-resource-1-reach = Llama al número de emergencias de tu zona (911 en Estados Unidos).
safety-resource-1-note = Para cuando alguien, tú u otra persona, está en peligro ahora mismo.
safety-resource-2 = National Domestic Violence Hotline (EE. UU.)
safety-resource-2-reach = Llama al 800-799-7233 o envía START por mensaje de texto al 88788.
safety-resource-2-note = Ayuda gratuita y confidencial de personas formadas para acompañar, a cualquier hora del día.
safety-resource-3 = loveisrespect (EE. UU.)
safety-resource-3-reach = Envía LOVEIS por mensaje de texto al 22522.
safety-resource-3-note = Apoyo si tienes dudas sobre una relación que te parece dañina o poco segura.
safety-resource-4 = 988 Suicide & Crisis Lifeline (EE. UU.)
safety-resource-4-reach = Llama o envía un mensaje de texto al 988.
safety-resource-4-note = Para cuando estás en una crisis emocional o piensas en hacerte daño.

## Las etiquetas y botones de la pantalla de la autoevaluación (src/ui/pages/assessment/)

start-lead = Unos diez minutos de afirmaciones breves sobre la confianza en tu relación. En cada una, elige cuánto estás de acuerdo. No hay respuestas correctas y puedes saltarte lo que quieras.
start-saved = Tus respuestas a las afirmaciones se guardan en este navegador sobre la marcha, así que puedes parar y volver más tarde. Nadie más las ve, salvo quien use este dispositivo. La breve comprobación de seguridad del principio es distinta: no se guarda nunca.
start-alone-heading = Por tu cuenta
start-alone-about = Responde en privado y mira dónde la confianza se siente firme y dónde se resiente.
start-alone-button = Empezar por mi cuenta
start-together-heading = En pareja, por turnos
start-together-about = Una persona responde en privado y después pasa el dispositivo. La segunda persona no puede ver las respuestas de la primera. Al final se muestran las respuestas de ambas personas, una junto a la otra.
start-names = Añadir los nombres (opcional)
start-together-button = Empezar en pareja
history-heading = Resultados anteriores
history-over-time = A lo largo del tiempo
history-trend-beside = Mostrar junto a la puntuación general
history-trend-nothing = Nada más
history-showing = Se muestran los { $shown } resultados más recientes de { $total }.
history-show-older = Mostrar { $count } resultados anteriores
history-row = { $date } · { $mode } · general { $score }
history-mode-solo = por tu cuenta
history-mode-together = en pareja
history-open = Abrir
history-open-label = Abrir los resultados del { $date }
history-delete = Borrar
history-delete-label = Borrar los resultados: { $row }
history-start-over = Empezar de nuevo…
history-clear-confirm = ¿Borrar todos los resultados y respuestas de la autoevaluación? La hoja de límites y la lista de reparación se quedan como están.
history-clear-yes = Sí, borrar todos los resultados
history-deleted = Los resultados del { $date } están borrados.
history-cleared = Todos los resultados anteriores están borrados.
cancel = Cancelar
results-load-failed = No se pudieron cargar los resultados. Si no tienes conexión, conéctate y vuelve a intentarlo. Tus respuestas están guardadas.
step-progress = Paso { $shown } de { $count }
step-progress-who = { $who }: paso { $shown } de { $count }
step-back = Atrás
step-next = Siguiente
step-see-results = Ver los resultados
step-saved = Tus respuestas se guardan sobre la marcha.
step-help = Respondas lo que respondas, en la { $link } hay líneas de ayuda de varios países.
step-help-link = página de Ayuda
stop-explain-together = Cualquiera de las dos personas puede parar en cualquier momento. No se guarda nada de este cuestionario, de ninguna de las dos, y no hay comparación. La siguiente pantalla no muestra ninguna respuesta.
stop-explain-alone = Puedes parar en cualquier momento. No se guarda nada de este cuestionario, y la siguiente pantalla no muestra ninguna respuesta.
stop-button = Parar en privado
stopped-title = Este cuestionario ha terminado
stopped-nothing-kept = No se guardó nada de él, así que no hay respuestas ni resultados que mostrar.
stopped-take-time = Tómate el tiempo que necesites. Puedes volver cuando te parezca el momento.
stopped-back = Volver a la autoevaluación
held-back-title = Aquí hay ayuda si la quieres
held-back-body = No pasa nada. Aquí no tienes que explicar nada. Si algo de esto se te hace difícil, puedes hablar en confianza con una línea de apoyo, y si ahora mismo estás en peligro, llama al número de emergencias de tu zona.
held-back-link = Ver líneas de ayuda y apoyo
continue-alone-note = También puedes terminar por tu cuenta, para que no se comparta nada:
continue-alone-button = Seguir por mi cuenta
safety-panel-title = Tu seguridad es lo primero
safety-other-countries = Líneas de ayuda y apoyo de otros países
safety-leave-note = Si alguien pudiera ver esta pantalla, puedes salir ahora mismo:
safety-leave-button = Salir de Mend ahora
role-title = Dónde te sitúas
role-optional = También puedes seguir sin elegir.
hand-over-title = Es el momento de pasar el dispositivo
hand-over-thanks = Gracias, { $a }. Tus respuestas están guardadas y ocultas. Pasa ahora el dispositivo a { $b }.
hand-over-next = { $b }, vas a responder en privado a las mismas afirmaciones. No verás las respuestas de { $a } hasta que las dos personas hayan terminado.
hand-over-button = Soy { $b }: empezar mi parte
hand-over-names = Los nombres son opcionales: sin ellos, se usan «{ $a }» y «{ $b }».
score-none = no hay respuestas suficientes
trend-overall = Confianza general
trend-caption = Puntuaciones a lo largo del tiempo, de 0 a 100

# La tabla oculta junto al gráfico de evolución, que leen los lectores de pantalla.
trend-date = Fecha
# $caption: trend-caption; $rows: cuántos de los últimos resultados lista la tabla; $total: todos.
trend-latest = { $caption }: los { $rows } más recientes de { $total }
