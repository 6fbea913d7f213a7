## Partners' names

names-heading = Your names (optional)
# $first and $second: the names shown when none are given.
names-help = Used to label each person's answers. Leave them empty to see "{ $first }" and "{ $second }".
names-first = First partner's name
names-second = Second partner's name
