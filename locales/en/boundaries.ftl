## The boundary worksheet's words (src/domain/boundaries/content.rs). Saved worksheets keep
## only a topic's id, never these words.

boundaries-intro = A boundary says what you need to feel safe and respected. It describes your own needs and choices. It is not a rule for controlling the other person. Each of you fills in your own side first, then you look for words you can both agree on.
boundaries-safety-note = If you feel afraid of your partner, or feel pushed to agree, please skip this shared worksheet for now and look for support on your own. The Help page lists crisis and support lines.

# Each built-in topic: a title, what it covers, and three questions to start the conversation.
topic-emotional-support = Emotional needs and support
topic-emotional-support-about = How you comfort each other, what you share, and what you each need when life gets heavy.
topic-emotional-support-prompt-1 = When you have a hard day, what helps you feel cared for?
topic-emotional-support-prompt-2 = Which things you share in a tender moment should stay between the two of you?
topic-emotional-support-prompt-3 = Did your family or an earlier relationship teach you to expect hurt? What would help you feel safe now?
topic-personal-space = Physical and personal space
topic-personal-space-about = Your body, your belongings and your time alone. Wanting space is not a rejection. It is part of feeling safe.
topic-personal-space-prompt-1 = How much time on your own do you need, and how will you ask for it?
topic-personal-space-prompt-2 = Which things are yours alone, like a journal, a drawer or a room?
topic-personal-space-prompt-3 = What kind of touch feels good, and when would you rather not be touched?
topic-digital-privacy = Phone, messages and social media
topic-digital-privacy-about = What stays private on your devices, what you choose to share, and how each of you acts online.
topic-digital-privacy-prompt-1 = Is it OK to look at each other's phone, or only when invited?
topic-digital-privacy-prompt-2 = What kind of messages with other people would feel hurtful to you?
topic-digital-privacy-prompt-3 = What are you each comfortable posting about your relationship?
topic-money = Money
topic-money-about = Spending, saving, debts and who decides what. Hidden money matters can hurt as much as any other secret.
topic-money-prompt-1 = Above what amount would you like to talk before either of you spends it?
topic-money-prompt-2 = What money would you each like to keep as your own?
topic-money-prompt-3 = How would you like to hear about a debt or a money mistake?
topic-time-with-others = Time with friends, family and others
topic-time-with-others-about = How you spend time apart and with other people, and how you keep each other in the loop.
topic-time-with-others-prompt-1 = How much notice would you like about plans that do not include you?
topic-time-with-others-prompt-2 = Which friendships feel easy for you, and which feel hard right now?
topic-time-with-others-prompt-3 = How much say should family have in the choices you make as a couple?
topic-intimacy = Intimacy
topic-intimacy-about = Closeness, affection and sex. A yes only counts when it is freely given, and a no is always allowed.
topic-intimacy-prompt-1 = What helps you feel close again after a difficult stretch?
topic-intimacy-prompt-2 = How would you like to say no, and how would you like to hear it?
topic-intimacy-prompt-3 = What would feel too close with someone outside the relationship?
topic-conflict = How we handle conflict
topic-conflict-about = What happens when you disagree: how you speak to each other, when you pause, and how you find your way back.
topic-conflict-prompt-1 = Which words or tones are off limits, even when you are angry?
topic-conflict-prompt-2 = If one of you needs a break, how long should it be, and who restarts the talk?
topic-conflict-prompt-3 = Is either of you waiting for the other to change first? What is one thing you could each start on now?

## The worksheet's columns and states (src/domain/boundaries/mod.rs)

side-a = Partner A
side-b = Partner B
side-shared = Both of you
field-need = What I need
field-not-ok = What is not OK for me
field-if-crossed = What I would like to happen if it is crossed
field-agreement = What we agree
status-not-discussed = Not talked about yet
status-talking = Talking it through
status-agreed = Agreed
status-needs-revisiting = Needs another look
# Shown for a topic of the couple's own whose title is blank.
untitled-topic = Your own topic

## The worksheet screen's own labels and buttons (src/ui/pages/boundaries.rs)

# On paper only; $date: the day it was printed.
printed-on = Printed on { $date }
# Followed by boundaries-safety-note and a link whose text is open-help.
safety-first = Your safety comes first.
open-help = Open the Help page
your-names = Your names
# Followed by a button whose text is print.
saved-as-you-type = What you write is saved in this browser as you type.
print = Print
overview-heading = Where you are
nothing-due = Nothing is due for another look yet
ready-again = Ready to look at again
# After a topic's name in the overview; $filled and $count: boxes written in and boxes in all;
# $status: where the couple stands (status-…).
row-filled = : { $filled } of { $count } filled · { $status }
# Added to the line above when the topic is due.
row-due = ready to look at again
# After a topic's name, why it is due; $date: the day chosen.
due-date = : the date you chose ({ $date }) has come.
due-marked = : one of you would like another look.
prompts-lead = Questions to start with:
# $date: the day of the agreement.
agreed-on = You agreed on this wording on { $date }. To change it, open it again; this wording is kept below.
# On paper: $status, then print-agreed-on and print-revisit when they apply.
print-status = Where you are: { $status }
print-agreed-on = (on { $date })
print-revisit = Look at it again by { $date }.
revisit = Revisit this agreement
# $count: how many earlier wordings there are.
earlier-wordings = Earlier wordings ({ $count })
# Above an earlier wording; $agreed: the day it was agreed; $reopened: the day it was opened again.
earlier-agreed = Agreed on { $agreed }, opened again on { $reopened }:
earlier-reopened = Opened again on { $reopened }:
status-label = Where you are with this
revisit-by = Look at it again by
# $topic: the topic's name (read by screen readers only).
move-up = Move up { $topic }
move-down = Move down { $topic }
hide = Hide { $topic }
manage = Rename or remove this topic
new-name = New name
save-name = Save the name
reset-name = Use the original name
remove-topic = Remove this topic
remove-confirm = Remove this topic and everything written in it?
remove-yes = Yes, remove it
remove-keep = No, keep it
own-heading = Topics of your own
own-lead = Is something missing? Add a topic that matters to the two of you.
new-topic = Name of the new topic
add-topic = Add topic
hidden-heading = Hidden topics
hidden-kept = What you wrote in them is kept.
# $topic: the hidden topic's name.
show-again = Show { $topic } again
agree-first = Write what you agree first, then mark it as agreed.
