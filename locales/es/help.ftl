## La página de Ayuda (src/domain/help.rs, src/ui/pages/help.rs). Los nombres de los servicios se
## dejan como los escribe cada servicio; cada número de teléfono y cada palabra clave de los
## mensajes de texto se quedan exactamente igual.

help-title = Ayuda y apoyo
help-intro = Si estás en peligro ahora mismo, llama al número de emergencias de tu zona. Todo lo demás puede esperar a que estés en un lugar seguro y privado.
help-shared-device = Si compartes este dispositivo con tu pareja, es posible que vea lo que abres, también esta página. Suele ser más seguro llamar desde un teléfono que no pueda revisar, o desde el de una amistad. «Salir de esta página», arriba en la pantalla, cierra Mend al instante.
help-countries = Países
help-languages = El 016 de España atiende en español y en muchos otros idiomas, y la National Domestic Violence Hotline de Estados Unidos tiene un chat en español; los demás servicios son de países de habla inglesa, así que pregunta en cada uno en qué idiomas pueden atenderte.
help-elsewhere-heading = En otro lugar
help-elsewhere-1 = Si alguien está en peligro ahora mismo, llama al número de emergencias de tu zona.
help-elsewhere-2 = Tu centro de salud puede escucharte de forma confidencial y orientarte hacia servicios cercanos.
help-elsewhere-3 = En un dispositivo que tu pareja no pueda ver, busca "línea de ayuda violencia de pareja" junto con el nombre de tu país o tu ciudad.
help-elsewhere-4 = Muchas casas de acogida y líneas de crisis atienden por teléfono a cualquier persona preocupada, necesite o no un lugar donde quedarse.
help-elsewhere-5 = Si algo de esta lista está desactualizado, prueba en la web del propio servicio; los números a veces cambian.
help-change-heading = Si quieres dejar de hacerle daño a tu pareja
help-change-intro = Si has asustado, controlado o hecho daño a tu pareja, o te preocupa poder hacerlo, querer parar es un primer paso importante. Estas líneas hablan de forma confidencial con personas en tu situación. Si tu país no aparece, tu centro de salud puede ayudarte a encontrar un programa que trabaje con personas que quieren cambiar.
help-choice-heading = Quedarte o irte es tu decisión
help-your-choice = Reparar solo funciona cuando ambas personas lo quieren y ambas se esfuerzan. Hay quien decide, con tiempo y apoyo, que terminar la relación es lo correcto, y esa también puede ser una decisión sana. Mend no te dirá qué hacer; un servicio de orientación o terapia puede ayudarte a pensarlo.
# $date: el día en que se comprobaron los datos, como 2026-11-30.
help-checked = Estos datos se comprobaron el { $date } en la web de cada servicio o, para España, en avisos oficiales y en noticias que citan al Ministerio de Igualdad. Los números pueden cambiar; si alguno no funciona, busca el servicio por su nombre.
# $name: el nombre de un servicio; $country: su país (para las líneas de la última sección).
help-line-in-country = { $name } ({ $country })

# Los países y para qué sirve cada línea.
country-us = Estados Unidos
country-uk = Reino Unido
country-ca = Canadá
country-au = Australia
country-nz = Nueva Zelanda
country-ie = Irlanda
country-es = España
kind-emergency = Emergencias
kind-abuse = Maltrato o miedo en la pareja
kind-crisis = Crisis emocional
kind-change = Si quieres dejar de hacerle daño a tu pareja

# Cada línea: quiénes son, cómo contactar y a quién ayuda y cuándo.
line-us-1 = Servicios de emergencia
line-us-1-reach = Llama al 911.
line-us-1-note = Cuando alguien, tú u otra persona, está en peligro ahora mismo.
line-us-2 = National Domestic Violence Hotline
line-us-2-reach = Llama al 800-799-7233 o envía START por mensaje de texto al 88788. Para chatear en español, entra en espanol.thehotline.org.
line-us-2-note = Apoyo gratuito y confidencial de personas formadas para acompañar, a cualquier hora.
line-us-3 = loveisrespect
line-us-3-reach = Envía LOVEIS por mensaje de texto al 22522.
line-us-3-note = Para dudas sobre una relación que te parece dañina o poco segura.
line-us-4 = 988 Suicide & Crisis Lifeline
line-us-4-reach = Llama o envía un mensaje de texto al 988.
line-us-4-note = Cuando estás en una crisis emocional o piensas en hacerte daño.
line-us-5 = National Domestic Violence Hotline
line-us-5-reach = Llama al 800-799-7233.
line-us-5-note = Sus profesionales también hablan, sin juzgar, con personas a las que les preocupa que su propio comportamiento haga daño.
line-uk-1 = National Domestic Abuse Helpline (gestionada por Refuge)
line-uk-1-reach = Llama al 0808 2000 247, gratis, a cualquier hora.
line-uk-1-note = Apoyo confidencial para mujeres que sufren violencia doméstica.
line-uk-2 = Samaritans
line-uk-2-reach = Llama al 116 123, gratis desde cualquier teléfono, de día o de noche.
line-uk-2-note = Alguien que te escuche cuando te cuesta salir adelante.
line-uk-3 = Respect Phoneline
line-uk-3-reach = Encontrarás el teléfono, el chat y el correo en respect.org.uk.
line-uk-3-note = Una línea confidencial para personas a las que les preocupa que su comportamiento con su pareja sea maltrato.
line-ca-1 = ShelterSafe (Women's Shelters Canada)
line-ca-1-reach = Usa el mapa de sheltersafe.ca para encontrar la casa de acogida más cercana y llama.
line-ca-1-note = La mayoría de las casas de acogida atienden el teléfono a cualquier hora, y puedes llamar solo para hablar; no tienes que quedarte allí.
line-au-1 = Servicios de emergencia
line-au-1-reach = Llama al 000.
line-au-1-note = Cuando alguien, tú u otra persona, está en peligro ahora mismo.
line-au-2 = 1800RESPECT
line-au-2-reach = Llama al 1800 737 732 o envía un mensaje de texto al 0458 737 732.
line-au-2-note = Orientación y apoyo ante la violencia doméstica, familiar o sexual, a cualquier hora.
line-au-3 = Lifeline
line-au-3-reach = Llama al 13 11 14.
line-au-3-note = Apoyo en crisis a cualquier hora, cuando todo te sobrepasa.
line-au-4 = Men's Referral Service (No to Violence)
line-au-4-reach = Llama al 1300 766 491 o usa el chat en vivo de ntv.org.au.
line-au-4-note = Para hombres que han ejercido maltrato y quieren cambiar; puedes mantener el anonimato.
line-nz-1 = Servicios de emergencia
line-nz-1-reach = Llama al 111.
line-nz-1-note = Cuando alguien, tú u otra persona, está en peligro ahora mismo.
line-nz-2 = Women's Refuge crisis line
line-nz-2-reach = Llama al 0800 733 843 (0800 REFUGE), a cualquier hora.
line-nz-2-note = Te pone en contacto con una persona de apoyo de la casa de acogida de tu zona.
line-nz-3 = Are You OK family violence line
line-nz-3-reach = Llama al 0800 456 450.
line-nz-3-note = Información y una puerta de entrada a los servicios locales, también para quienes quieren cambiar su propio comportamiento.
line-ie-1 = Women's Aid National Freephone Helpline
line-ie-1-reach = Llama al 1800 341 900, gratis, a cualquier hora.
line-ie-1-note = Apoyo para mujeres que viven maltrato de su pareja o expareja.
line-es-1 = Servicios de emergencia
line-es-1-reach = Llama al 112.
line-es-1-note = Cuando alguien, tú u otra persona, está en peligro ahora mismo.
line-es-2 = 016
line-es-2-reach = Llama al 016, gratis y a cualquier hora, o escribe por WhatsApp al 600 000 016. Teléfono de texto: 900 116 016.
line-es-2-note = Información, asesoramiento jurídico y apoyo ante cualquier forma de violencia contra las mujeres, en muchos idiomas. La llamada no aparece en la factura, pero puede quedar en la lista de llamadas recientes del teléfono: bórrala si alguien lo revisa.
