## Nombres

names-heading = Nombres (opcional)
names-help = Sirven para identificar las respuestas de cada persona. Si se dejan vacíos, aparecerán «{ $first }» y «{ $second }».
names-first = Nombre de la primera persona
names-second = Nombre de la segunda persona
default-name-a = Persona A
default-name-b = Persona B
