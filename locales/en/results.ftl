## Next steps for the lowest areas (src/domain/assessment/advice.rs): two for anyone, and for some
## areas two written for the partner who was hurt and two for the partner who broke trust.

audience-anyone = For anyone
audience-was-hurt = If you were hurt
audience-broke-trust = If you broke trust
advice-honesty-hurt-1 = Write down the questions that keep coming back to you, and choose a calm time to ask one or two.
advice-honesty-hurt-2 = Say which kind of openness would help you feel steadier for now, and for roughly how long.
advice-honesty-broke-1 = Answer your partner's questions fully and calmly, even the ones you have answered before.
advice-honesty-broke-2 = Share one thing that matters before you are asked, such as a change of plan.
advice-reliability-hurt-1 = Ask for one small, clear promise you would like kept this week, and notice when it is.
advice-reliability-hurt-2 = Tell your partner when a kept promise meant something to you, as well as when one slipped.
advice-reliability-broke-1 = Make one small promise you are sure you can keep, and keep it without being reminded.
advice-reliability-broke-2 = If you cannot keep a promise, say so before the moment passes, and offer a new plan.
advice-fidelity-hurt-1 = If the betrayal is still raw, ask for a calm time where you can say how it hurt without being interrupted.
advice-fidelity-hurt-2 = Say what you need to know about the outside contact ending, and what would help you believe it.
advice-fidelity-broke-1 = If there was an outside relationship, end the contact clearly and tell your partner how you did it.
advice-fidelity-broke-2 = Offer openness about money and other people before you are asked, for as long as your partner needs.
advice-security-hurt-1 = Needing reassurance after being let down is normal. Ask for it in words, such as "Can you tell me where we stand?"
advice-security-hurt-2 = Notice which small signs help you settle, and share them with your partner.
advice-security-broke-1 = When your partner asks for reassurance, give it patiently, even if you have given it before.
advice-security-broke-2 = Offer small signs of where you are and when you will be back, before they are needed.
advice-accountability-hurt-1 = Tell your partner what a real apology would need to include for you.
advice-accountability-hurt-2 = Take the time you need. Forgiveness, if it comes, can come at your own pace.
advice-accountability-broke-1 = Name plainly what you did and how it hurt your partner, without a "but".
advice-accountability-broke-2 = Say what you will do differently, then let your actions show it over the coming weeks.
advice-conflict-hurt-1 = When an old hurt comes up in a new argument, ask for a separate, calmer time to talk about it.
advice-conflict-hurt-2 = Agree on a pause signal you can use when a talk starts to feel too much.
advice-conflict-broke-1 = When your partner brings up the old hurt again, listen first; it usually means it still needs care.
advice-conflict-broke-2 = Agree on a pause signal, and be the one who comes back to the talk at the time you said.
advice-honesty-1 = Pick one small thing you have been holding back and share it this week, calmly and without a big build-up.
advice-honesty-2 = Agree together on which kinds of news you want to hear from each other first.
advice-reliability-1 = Make one small, clear promise each and keep it. Small kept promises rebuild more than big ones.
advice-reliability-2 = If a promise starts to slip, say so early and offer a new plan.
advice-boundaries-1 = Write down, each on your own, what feels private to you and what you are happy to share, including phones and accounts.
advice-boundaries-2 = Compare your lists kindly and agree on one boundary you will both keep.
advice-fidelity-1 = If a betrayal is still raw, set aside a calm time where the hurt can be named and heard without interruption.
advice-fidelity-2 = Agree on what openness about money and other people will look like from now on.
advice-security-1 = When worry rises, name it as your feeling ("I notice I feel uneasy") rather than as a charge.
advice-security-2 = Agree on one small thing that helps you both feel settled, such as a quick message when plans change.
advice-support-1 = Set aside ten minutes a few times a week to ask how the other is really doing, phones down.
advice-support-2 = Agree that what one of you shares in a tender moment stays out of later arguments.
advice-accountability-1 = Talk about what makes an apology feel real to each of you.
advice-accountability-2 = When either of you gets something wrong, name it plainly, without a "but", and say what will change.
advice-conflict-1 = Agree on a pause signal for heated moments, and on when you will come back to the talk.
advice-conflict-2 = Keep each disagreement to one topic; leave older hurts for a calmer time of their own.
advice-expectations-1 = Each write three things you expect from the other but have never quite said out loud.
advice-expectations-2 = Share them and choose one to talk through together this week.
advice-how-it-shows-1 = Plan one short, easy moment together this week that has nothing to do with problems.
advice-how-it-shows-2 = Try a weekly check-in: one thing that went well, one thing that was hard.
advice-self-trust-1 = Notice what you feel each day and name it without judging it.
advice-self-trust-2 = Practise one small, kind "no" this week when something does not sit right with you.

## How a score is described (src/domain/assessment/scoring.rs)

band-solid = Mostly solid
band-solid-about = Most of your answers lean toward trust. Right now this feels fairly steady to you.
band-some-strain = Some strain
band-some-strain-about = Your answers are mixed: some things feel steady to you and some feel uncertain right now.
band-significant-strain = A lot of strain
band-significant-strain-about = Many of your answers lean away from trust right now. That describes how things feel today, and it can be a gentle place to begin.
band-disclaimer = These bands only describe how you answered today. They are not a diagnosis or a verdict on your relationship, and no research sets official cut-offs for them.
facets-explained = Researchers who study trust between partners (Rempel, Holmes and Zanna, 1985) describe three sides of it. Predictability grows from what you have seen your partner do. Dependability is about whether you can rely on who they are, especially when you feel exposed. Faith looks ahead: how sure you feel that they will keep caring. The same statements as the overall score, sorted into these three.
not-enough-answers = Not enough answers to show a score here.

## Two partners' answers side by side (src/domain/assessment/compare.rs)

# Questions to ask each other about an area, without blame; the first is also shown alone.
talk-honesty-1 = What helps each of you feel safe enough to say the hard thing out loud?
talk-honesty-2 = Which kinds of news would you each like to hear first, and from whom?
talk-honesty-3 = Is there a question you have been holding back from asking?
talk-reliability-1 = Which small promise, if kept for a month, would mean the most to you?
talk-reliability-2 = When a plan has to change, how would you like to hear about it?
talk-reliability-3 = What makes it hard, sometimes, to say no instead of yes?
talk-boundaries-1 = What feels private to each of you, and what would you like to share more?
talk-boundaries-2 = Is there a limit one of you has set that the other finds hard to keep?
talk-boundaries-3 = How would you like to be asked before someone looks at your phone or accounts?
talk-fidelity-1 = What does loyalty look like to you, with people and with money?
talk-fidelity-2 = What would help you feel sure that an outside contact has really ended?
talk-fidelity-3 = Which money decisions would you each like to make together?
talk-security-1 = When you feel unsure of us, what helps you settle again?
talk-security-2 = What small signs of care mean the most to you on an ordinary day?
talk-security-3 = How can one of you ask for reassurance without it turning into a fight?
talk-support-1 = When you are having a hard time, what do you most want from me?
talk-support-2 = Has something you shared ever come back at you in a way that hurt?
talk-support-3 = When do you feel most listened to?
talk-accountability-1 = What makes an apology feel real to you?
talk-accountability-2 = Is there a hurt that still feels unfinished for either of you?
talk-accountability-3 = How can you tell that a change after an apology is lasting?
talk-conflict-1 = What would help our disagreements feel safer for both of us?
talk-conflict-2 = What pause signal could either of us use, and when will we come back to the talk?
talk-conflict-3 = How do we find our way back to each other after a fight?
talk-expectations-1 = What is one thing you expect from me that we have never really talked about?
talk-expectations-2 = Are you each waiting for the other to change first? What could you each start with now?
talk-expectations-3 = What do you each hope our life looks like a year from now?
talk-how-it-shows-1 = When did you last feel close to me, and what made it easy?
talk-how-it-shows-2 = What small moment together could we plan this week that has nothing to do with problems?
talk-self-trust-1 = When do you find it easiest to trust your own feelings?
talk-self-trust-2 = Did trust feel hard before us, in your family or earlier relationships? How does that show now?
# Where two partners stand on an area: a heading and what it means.
standing-shared-strength = Shared strengths
standing-shared-strength-about = You both see these as steady right now. Talking about what keeps them that way can give you something to lean on.
standing-shared-concern = Shared concerns
standing-shared-concern-about = You both feel some strain here. Agreeing on that is already common ground: start with the one that feels easiest.
standing-seen-differently = Seen differently
standing-seen-differently-about = Your answers are far apart here. Neither of you is wrong: you may be living the same things very differently. Listen first.
standing-not-enough-answers = Not enough answers to compare
standing-not-enough-answers-about = One or both of you skipped most of these, so there is nothing to compare.
together-disclaimer = This report only puts your two sets of answers next to each other. It is not a test you pass or fail, not therapy and not a verdict on your relationship, and it cannot tell you what to decide. Each score describes how one of you felt on the day you answered.
after-a-betrayal = When one of you broke the other's trust, big gaps are common and expected. The partner who was hurt often scores honesty, loyalty and security much lower, because they are living with the doubt that the breach left behind. That is not overreacting, and a higher score from the other partner is not proof that things are fine. Let the lower score set the pace of the talk.
# How to talk about the results: a few simple rules for the conversation, in order.
talking-guide-1 = Choose a calm time with no rush, and agree how long you will talk. Twenty to thirty minutes is plenty.
talking-guide-2 = Take one topic at a time. Finish it, or agree to come back to it, before you start another.
talking-guide-3 = Take turns. One of you speaks about their own experience, using "I" rather than "you always".
talking-guide-4 = The other listens, then says back what they heard, and asks whether they got it right, before giving their own view.
talking-guide-5 = Agree on a pause signal, such as a raised hand or a word. Either of you can use it; you stop, and agree when to come back.
talking-guide-6 = End by naming one small thing each of you will try before you next talk.

## The results screen's own labels and buttons (src/ui/pages/assessment/results.rs)

results-gone = These results are no longer here.
# $link: a link whose text is results-help-link.
results-help = { $link } are there whenever you need them.
results-help-link = Help and support lines
results-back = Back to the assessment
results-print = Print
# $date: the day of the run.
solo-title = Your results from { $date }
# $score: a number from 0 to 100, or score-none; the band's name follows.
solo-overall = Overall trust: { $score } out of 100
solo-older-bank = These results come from an earlier version of the statements, so they may differ a little from newer runs.
by-area-heading = Trust by area
# Captions of the charts, read with their table twins.
by-area-chart = Trust by area, 0 to 100
other-heading = How it shows, and trusting yourself
other-note = These two are about how things feel day to day and about your trust in yourself. They are not part of the overall score.
other-chart = How it shows and self-trust, 0 to 100
# Each followed by a list of areas.
strongest = Strongest:
most-strained = Most strained:
facets-heading = Three sides of trust
facets-chart = Three sides of trust, 0 to 100
# The one column of a chart's table.
chart-score = Score
# $link: a link whose text is change-lines-link.
change-lines = If you have frightened or hurt your partner and want to stop, there are confidential lines for that: { $link }.
change-lines-link = see the Help page
solo-next-heading = Where you could start
all-advice = Every suggestion, for every situation
open-worksheet = Open the boundary worksheet
open-checklist = Open the repair checklist
# $name: one partner's name.
next-for = Next steps for { $name }
# $date: the day of the run.
together-title = Your agreement report, { $date }
# $a, $b: the partners' names; $a-score, $b-score: their overall scores.
together-overall = Overall trust: { $a } { $a-score } · { $b } { $b-score }
agreement-heading = Where you agree, and where you differ
talk-heading = How to talk about this
talk-afraid = If either of you feels afraid, stop the talk: this report is not a place to start, and the Help page has lines you can call on your own.
each-next-heading = Each of you, next
both-heading = Both of you, area by area
both-chart = Both partners' scores by area, 0 to 100

# The visually hidden tables beside the bar charts, read by screen readers: the heading over the
# first column.
chart-area = Area
chart-facet = Side of trust
