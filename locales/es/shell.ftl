# Mend en español: para quien lo lea en España o en América. Trato de "tú", sin giros de un solo
# país ("teléfono", no "móvil" ni "celular"), y "tu pareja", que no supone el género de nadie.
# Un archivo por parte de Mend, con los mismos ids y { $marcadores } que el de locales/en/; el README ("Languages") explica cómo.

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
save-not-written = Tu último cambio aún no está guardado. Deja esta página abierta: si la recargas o la cierras, se perderá.
part-load-failed = No se pudo cargar esta parte de Mend. Si no tienes conexión, conéctate y vuelve a intentarlo; si Mend se acaba de actualizar, recarga la página. Tus datos guardados están a salvo.

## La cabecera y el pie, en todas las pantallas

skip-to-content = Saltar al contenido
nav-label = Principal
nav-assessment = Autoevaluación
nav-boundaries = Límites
nav-repair = Reparación
nav-help = Ayuda
footer-not-therapy = Mend sirve para reflexionar y aprender. No es terapia ni un diagnóstico, ni una forma de decidir sobre tu relación.
footer-unsafe = Si te sientes en peligro, llama a los servicios de emergencia de tu zona.
footer-help-link = Líneas de ayuda y apoyo
footer-stays-here = Todo se queda en este navegador.
footer-privacy-link = Privacidad y límites

## Inicio

home-title = Mend: reconstruir la confianza, en pareja o por tu cuenta
home-lead = Cuando la confianza se tambalea, cuesta saber por dónde empezar. Mend te ofrece tres herramientas tranquilas para ver qué está pasando, hablarlo y dar pasos pequeños y concretos.
tool-assessment-name = Autoevaluación de la confianza
tool-assessment-about = Unos diez minutos de afirmaciones con las que estar de acuerdo o no. Verás dónde la confianza se siente firme y dónde se resiente. Hazla a solas, o por turnos en este dispositivo para comparar.
tool-boundaries-name = Hoja de límites
tool-boundaries-about = Para sentarse en pareja y poner por escrito lo que necesita cada quien, lo que no está bien y en qué hay acuerdo, un ámbito de la vida cada vez.
tool-repair-name = Lista de reparación
tool-repair-about = Los pasos concretos para reconstruir la confianza después de que se haya roto, las pequeñas promesas cumplidas y las conversaciones periódicas, para ver el avance a lo largo de los meses.
home-partner = ¿Cada quien responde en su teléfono? { $link }: envía tu parte en un paquete sellado, sin ningún servidor de por medio.
home-partner-link = Compartir con tu pareja
home-privacy-heading = Tu privacidad
home-privacy-no-account = Sin cuenta, sin registro, sin servidor. Mend funciona por completo en este navegador.
home-privacy-on-device = Lo que escribes se guarda solo en este dispositivo, en este navegador. No se envía nada a ningún sitio.
home-privacy-delete = Puedes borrarlo todo cuando quieras desde { $your-data }.
home-privacy-exit = Si necesitas irte rápido, usa { $exit } arriba.
home-privacy-shift = Pulsar Mayús tres veces hace lo mismo.
home-privacy-more = De qué puede protegerte Mend y de qué no

## Un enlace que no lleva a ninguna parte

not-found-title = Esta página no existe
not-found-body = No hay nada en { $path }. Tus datos guardados no se ven afectados.
not-found-home = Ir a la página de inicio
