## The Help page (src/domain/help.rs, src/ui/pages/help.rs). Names of services stay as the
## services write them; every phone number and text code must stay exactly as it is.

help-title = Help and support
help-intro = If you are in danger right now, call your local emergency number. Everything else here can wait until you are somewhere safe and private.
help-shared-device = If you share this device with your partner, they may be able to see what you open, including this page. Calling from a phone they cannot check, or from a friend's, is often safer. Exit this page, at the top of the screen, leaves Mend at once.
help-countries = Countries
help-languages = Spain's 016 helps in Spanish and many other languages, and the US National Domestic Violence Hotline chats in Spanish; the other services are in English-speaking countries, so ask each one which languages it can help in.
help-elsewhere-heading = Somewhere else
help-elsewhere-1 = Call your local emergency number if anyone is in danger right now.
help-elsewhere-2 = Your doctor or a local health centre can listen in confidence and point you to services nearby.
help-elsewhere-3 = On a device your partner cannot see, search for "domestic abuse helpline" with the name of your country or city.
help-elsewhere-4 = Many women's shelters and crisis lines talk by phone with anyone who is worried, whether or not they need a place to stay.
help-elsewhere-5 = If something in this list is out of date, try the service's own website; numbers sometimes change.
help-change-heading = If you want to stop hurting your partner
help-change-intro = If you have frightened, controlled or hurt your partner, or you worry that you might, wanting to stop is an important first step. These lines talk with people in your situation in confidence. Where your country is not listed, your doctor can help you find a programme that works with people who want to change.
help-choice-heading = Staying or going is your choice
help-your-choice = Repair only works when both of you want it and both of you put in the work. Some people decide, with time and support, that ending the relationship is right for them, and that can be a healthy choice too. Mend will not tell you what to do; a counsellor can help you think it through.
# $date: the day the details were last checked, like 2026-11-30.
help-checked = These details were checked on { $date } against each service's own website or, for Spain, official notices and news reports quoting the Ministry of Equality. Numbers can change; if one does not work, look the service up by name.
# $name: a service's name; $country: its country (for the lines listed under the last heading).
help-line-in-country = { $name } ({ $country })

# Countries and what a line is for.
country-us = United States
country-uk = United Kingdom
country-ca = Canada
country-au = Australia
country-nz = New Zealand
country-ie = Ireland
country-es = Spain
kind-emergency = Emergency
kind-abuse = Abuse or fear in a relationship
kind-crisis = Emotional crisis
kind-change = If you want to stop hurting your partner

# Each line: who they are, how to reach them, and who it helps and when.
line-us-1 = Emergency services
line-us-1-reach = Call 911.
line-us-1-note = When you or someone else is in danger right now.
line-us-2 = National Domestic Violence Hotline
line-us-2-reach = Call 800-799-7233, or text START to 88788. To chat in Spanish, go to espanol.thehotline.org.
line-us-2-note = Free, confidential support from trained advocates at any hour.
line-us-3 = loveisrespect
line-us-3-reach = Text LOVEIS to 22522.
line-us-3-note = For questions about a relationship that feels unhealthy or unsafe.
line-us-4 = 988 Suicide & Crisis Lifeline
line-us-4-reach = Call or text 988.
line-us-4-note = When you are in emotional crisis or thinking about hurting yourself.
line-us-5 = National Domestic Violence Hotline
line-us-5-reach = Call 800-799-7233.
line-us-5-note = Its advocates also talk, without judging, with people worried that their own behaviour is harmful.
line-uk-1 = National Domestic Abuse Helpline (run by Refuge)
line-uk-1-reach = Call 0808 2000 247, free, at any hour.
line-uk-1-note = Confidential support for women experiencing domestic abuse.
line-uk-2 = Samaritans
line-uk-2-reach = Call 116 123, free from any phone, day or night.
line-uk-2-note = Someone to listen when you are struggling to cope.
line-uk-3 = Respect Phoneline
line-uk-3-reach = Find the phone, webchat and email details at respect.org.uk.
line-uk-3-note = A confidential helpline for people worried that their behaviour towards a partner is abusive.
line-ca-1 = ShelterSafe (Women's Shelters Canada)
line-ca-1-reach = Use the map at sheltersafe.ca to find the shelter nearest you, then call it.
line-ca-1-note = Most shelters answer their phones at any hour, and you can call just to talk; you do not have to stay there.
line-au-1 = Emergency services
line-au-1-reach = Call 000.
line-au-1-note = When you or someone else is in danger right now.
line-au-2 = 1800RESPECT
line-au-2-reach = Call 1800 737 732, or text 0458 737 732.
line-au-2-note = Counselling and support about domestic, family or sexual violence, at any hour.
line-au-3 = Lifeline
line-au-3-reach = Call 13 11 14.
line-au-3-note = Crisis support at any hour when things feel overwhelming.
line-au-4 = Men's Referral Service (No to Violence)
line-au-4-reach = Call 1300 766 491, or use the live chat at ntv.org.au.
line-au-4-note = For men who have behaved abusively and want to change; you can stay anonymous.
line-nz-1 = Emergency services
line-nz-1-reach = Call 111.
line-nz-1-note = When you or someone else is in danger right now.
line-nz-2 = Women's Refuge crisis line
line-nz-2-reach = Call 0800 733 843 (0800 REFUGE), at any hour.
line-nz-2-note = Connects you with an advocate at your local refuge.
line-nz-3 = Are You OK family violence line
line-nz-3-reach = Call 0800 456 450.
line-nz-3-note = Information and a way in to local services, including for people who want to change their own behaviour.
line-ie-1 = Women's Aid National Freephone Helpline
line-ie-1-reach = Call 1800 341 900, free, at any hour.
line-ie-1-note = Support for women living with abuse from a partner or former partner.
line-es-1 = Emergency services
line-es-1-reach = Call 112.
line-es-1-note = When you or someone else is in danger right now.
line-es-2 = 016
line-es-2-reach = Call 016, free, at any hour, or write on WhatsApp to 600 000 016. Text phone: 900 116 016.
line-es-2-note = Information, legal advice and support about any form of violence against women, in many languages. The call is not listed on the phone bill, but it can stay in the phone's list of recent calls: delete it there if someone checks your phone.
