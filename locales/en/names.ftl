## Partners' names

names-heading = Your names (optional)
# $first and $second: the names shown when none are given.
names-help = Used to label each person's answers. Leave them empty to see "{ $first }" and "{ $second }".
names-first = First partner's name
names-second = Second partner's name
# Each partner's name when none was given, shown wherever a name would be (results, the
# worksheet's columns, check-ins, packets). Never stored: data saved before names were looked
# up here holds the English "Partner A" and "Partner B", shown as these too.
default-name-a = Partner A
default-name-b = Partner B
