## The question bank (src/domain/assessment/bank.rs). Ids of statements are the ids stored with
## answers: never change one.

# The steps of the questionnaire: a title and one opening sentence each.
area-honesty = Honesty and openness
area-honesty-intro = These are about telling the truth and sharing what matters.
area-reliability = Reliability and promises
area-reliability-intro = These are about doing what you say you will do.
area-boundaries = Boundaries and privacy
area-boundaries-intro = These are about the limits you each need, including phones and online life.
area-fidelity = Loyalty, betrayal and money
area-fidelity-intro = These are about loyalty, closeness with others, and money.
area-security = Security and jealousy
area-security-intro = These are about feeling settled rather than on guard.
area-support = Support and emotional safety
area-support-intro = These are about being there for each other and feeling safe to open up.
area-accountability = Owning mistakes and repair
area-accountability-intro = These are about owning mistakes and making things right.
area-conflict = Handling conflict
area-conflict-intro = These are about what happens when the two of you disagree.
area-expectations = Expectations
area-expectations-intro = These are about what you each expect, spoken or not.
area-how-it-shows = How it shows
area-how-it-shows-intro = These are about how strain can show up day to day; a higher score means fewer signs of it.
area-self-trust = Trusting yourself
area-self-trust-intro = These are about how much you trust yourself.

# The three sides of trust: a short label and one sentence each.
facet-predictability = Predictability
facet-predictability-about = How steady your partner's behaviour has been, so that you can tell what they will do next.
facet-dependability = Dependability
facet-dependability-about = How far you can rely on your partner to be honest and caring, above all when you feel exposed.
facet-faith = Faith
facet-faith-about = How sure you feel that your partner will keep caring for you in the time ahead.

# Said on the start screen and with the results.
assessment-disclaimer = This is a self-reflection exercise to help you learn and talk. It is not therapy or a diagnosis, and it cannot tell you what to decide.

# The answer scale, from 1 (strongly disagree) to 7 (strongly agree), and the two other choices.
scale-1 = Strongly disagree
scale-2 = Disagree
scale-3 = Somewhat disagree
scale-4 = Neither agree nor disagree
scale-5 = Somewhat agree
scale-6 = Agree
scale-7 = Strongly agree
scale-skip = Skip / prefer not to say
scale-not-applicable = Does not apply: this has not happened

# The statements, written so either partner can answer them.
hon-01 = My partner tells me the truth, even when it is awkward.
hon-02 = I hear about important things from my partner first, not from someone else.
hon-03 = My partner keeps things from me that I would want to know.
hon-04 = When I ask my partner a direct question, I get a straight answer.
hon-06 = I trust my partner to stay truthful with me in the years ahead.
rel-01 = When my partner says they will do something, it gets done.
rel-02 = My partner's actions usually match their words.
rel-03 = I can count on my partner when something really matters to me.
rel-04 = If my partner cannot keep a promise, they tell me before, not after.
rel-05 = I expect my partner to keep their word in the months ahead.
bnd-01 = My partner respects the limits I set, even when they would like something else.
bnd-02 = We have talked about what is private and what is shared, including phones and accounts.
bnd-03 = My partner looks through my phone, messages or accounts without asking.
bnd-04 = I feel free to have my own time and my own friends.
bnd-05 = It is clear between us what each of us is comfortable with online.
fid-01 = I feel sure that my partner is faithful to me.
fid-02 = My partner is open with me about money, spending and debt.
fid-03 = Big money decisions that affect us both are made together.
fid-04 = If my partner felt drawn to someone else, I believe they would tell me.
fid-05 = My partner keeps to what we agreed about closeness with other people.
sec-01 = I feel secure in my partner's love for me.
sec-02 = When my partner is out without me, I can relax.
sec-03 = When I feel unsure, my partner helps me feel settled again.
sec-05 = My partner's friendships with other people feel clear and safe to me.
sec-06 = When worries about other people come up, we can talk them through calmly.
sup-01 = When I am struggling, my partner is there for me.
sup-02 = I can share something tender without it being used against me later.
sup-03 = My partner listens when I need to talk.
sup-04 = My partner keeps what I share with them private.
sup-05 = My partner treats me with respect, even on a bad day.
acc-01 = When my partner has hurt me, they owned it instead of making excuses.
acc-02 = My partner's apologies to me have felt sincere.
acc-03 = After my partner apologised, their behaviour really changed.
acc-04 = I feel able to tell my partner when they have hurt me.
acc-06 = If my partner let me down in future, I believe they would work to put it right.
con-01 = We can disagree without it turning into a fight.
con-02 = In an argument, my partner stays fair, even when upset.
con-04 = After an argument, we find our way back to each other.
con-05 = When one of us has asked for a pause in a heated moment, the other respected it.
con-06 = When an old hurt needs talking about again, my partner is willing to hear it.
exp-01 = I know what my partner expects of me.
exp-02 = We have talked openly about what we each want from this relationship.
exp-03 = When our needs change, we talk about it instead of guessing.
exp-05 = I feel we want the same things for our future.
exp-06 = My partner understands what I need from them.
shw-01 = I feel close to my partner on most days.
shw-02 = I can let a late reply or a change of plan go without fearing the worst.
shw-03 = I catch myself checking up on my partner.
shw-04 = Small disagreements between us stay small.
shw-05 = We still make time for affection and closeness.
slf-01 = I trust my own sense of what is happening between us.
slf-02 = I can name what I feel without judging myself for it.
slf-03 = I can say no when something does not feel right to me.
slf-04 = I tell my partner when I am hurt or when something is wrong.
slf-05 = When I think about past choices, I treat myself kindly.
slf-06 = I can tell my partner how I really feel without dressing it up.
slf-07 = When I get something wrong, I can own it and say sorry.
slf-08 = I tell my partner what I need from them, rather than hoping they guess.

## Who is answering (src/domain/assessment/role.rs)

role-question = Which of these fits you best right now?
role-explained = Your answer only changes which suggestions you see first. Everything else stays the same, and you can always read the suggestions for every situation. It is saved with your answers; in a together run, your partner sees it in the shared results.
# Each choice in the first person; a short name for the results; a note for the top of that person's results.
role-was-hurt = I was hurt by something my partner did
role-was-hurt-short = was hurt
role-was-hurt-note = After being let down, it is normal to feel unsure, to need reassurance and to ask the same questions more than once. Low scores here describe the hurt; they say nothing about you failing at trust. Rebuilding it is mostly the work of the partner who broke it, at a pace you can live with.
role-broke-trust = I did something that broke my partner's trust
role-broke-trust-short = broke trust
role-broke-trust-note = Your partner's trust may take a long time to return, and their doubts are a normal reaction to being hurt. What helps most is steady honesty, owning what happened without excuses, and patience when they need reassurance again.
role-both = We have both hurt each other
role-both-short = both hurt each other
role-both-note = When both of you have been hurt, each of you is both the one who needs to hear an apology and the one who owes one. It can help to take turns: one hurt at a time, with the other listening.
role-checking-in = Nothing big happened: we are checking in on how we are doing
role-checking-in-short = checking in
role-checking-in-note = Checking in when nothing is wrong is a good habit. Use the strongest areas as reminders of what works, and the lowest as topics for a relaxed talk.
role-prefer-not-to-say = I would rather not say
role-prefer-not-to-say-short = rather not say
# Shown instead of a short name when the question was not asked (runs from before it existed).
role-not-asked = not asked
role-prefer-not-to-say-note = You did not say where you stand, so the suggestions below are written for anyone. Every suggestion, for every situation, is further down.

## The private safety check (src/domain/assessment/safety.rs)

safety-answer-yes = Yes
safety-answer-no = No
safety-answer-prefer-not-to-say = Prefer not to say
safety-title = First, a private check
safety-intro = These questions are just for you, and nothing you choose here is ever scored.
safety-privacy = Your answers here stay only on this screen while you answer. They are never saved, not even in this browser. They are not in your results, your history, an exported file or the hand-over, and your partner never sees them. They are gone as soon as you move on, leave this page or reload it.
# The questions, in the first person.
safe-01 = I am afraid of how my partner might react to what I say or do.
safe-02 = My partner controls where I go, who I see, or what money I can use.
safe-03 = My partner threatens me, or frightens me into doing what they want.
safe-04 = My partner twists things until I doubt my own memory or feelings.
safe-05 = My partner has hurt me physically, for example by pushing, grabbing or hitting.
safety-concern = Thank you for answering. What you describe sounds hard and frightening, and you deserve to feel safe. You do not have to sort this out alone. If you are in danger right now, call your local emergency number.
safety-joint-advice = For now, we suggest you do not do the shared exercises in this app with this partner. Working on trust together needs both of you to feel safe. A trained advocate can help you think through what is right for you, in confidence.
safety-resources-note = These examples are for the United States. Numbers differ in other countries (in Spain, 112 and 016), and the Help page lists more. In an emergency, call your local emergency number.
# Places to get help: examples from the United States (safety-resources-note says so).
safety-resource-1 = Emergency services
safety-resource-1-reach = Call your local emergency number (911 in the US).
safety-resource-1-note = For when you or someone else is in danger right now.
safety-resource-2 = National Domestic Violence Hotline (US)
safety-resource-2-reach = Call 800-799-7233, or text START to 88788.
safety-resource-2-note = Free and confidential help from trained advocates, any time of day.
safety-resource-3 = loveisrespect (US)
safety-resource-3-reach = Text LOVEIS to 22522.
safety-resource-3-note = Support for questions about a relationship that feels unhealthy or unsafe.
safety-resource-4 = 988 Suicide & Crisis Lifeline (US)
safety-resource-4-reach = Call or text 988.
safety-resource-4-note = For when you are in emotional crisis or thinking about hurting yourself.

## The assessment screen's own labels and buttons (src/ui/pages/assessment/)

# Start screen.
start-lead = About ten minutes of short statements about trust in your relationship. For each one, choose how much you agree. There are no right answers, and you can skip anything.
start-saved = Your answers to the statements are saved in this browser as you go, so you can stop and come back later. Nobody else sees them unless they use this device. The short safety check at the start is different: it is never saved at all.
start-alone-heading = On your own
start-alone-about = Answer privately and see where trust feels steady and where it feels strained.
start-alone-button = Start on my own
start-together-heading = Together, one after the other
start-together-about = One of you answers privately, then hands the device over. The second person cannot see the first person's answers. At the end you see both side by side.
start-names = Add your names (optional)
start-together-button = Start together
# The list of earlier results.
history-heading = Earlier results
history-over-time = Over time
history-trend-beside = Show beside the overall score
history-trend-nothing = Nothing else
# $shown: how many results the list shows; $total: how many there are.
history-showing = Showing the newest { $shown } of { $total } results.
# $count: how many more the button shows (at most 20).
history-show-older = Show { $count } older results
# One row: $date, $mode (history-mode-solo or history-mode-together) and $score (the overall score).
history-row = { $date } · { $mode } · overall { $score }
history-mode-solo = on your own
history-mode-together = together
history-open = Open
# For screen readers; $date: the date of the results.
history-open-label = Open results from { $date }
history-delete = Delete
# For screen readers; $row: the whole row (history-row).
history-delete-label = Delete results from { $row }
history-start-over = Start over…
history-clear-confirm = Delete all assessment results and answers? Your worksheet and checklist stay.
history-clear-yes = Yes, delete all results
# Said once a result is deleted, for everyone and for screen readers; $date: its date.
history-deleted = The results from { $date } are deleted.
history-cleared = Every earlier result is deleted.
cancel = Cancel
results-load-failed = The results could not be loaded. If you are offline, connect and try again. Your answers are saved.
# Each step.
# $shown: the step's number; $count: how many steps there are.
step-progress = Step { $shown } of { $count }
# The same when two people take turns; $who: the name of the person answering.
step-progress-who = { $who }: step { $shown } of { $count }
step-back = Back
step-next = Next
step-see-results = See results
step-saved = Your answers are saved as you go.
# $link: a link whose text is step-help-link.
step-help = Whatever you answer, support lines for several countries are on the { $link }.
step-help-link = Help page
stop-explain-together = Either of you can stop at any moment. Nothing from this questionnaire is kept, for either of you, and there is no comparison. The next screen shows no answers.
stop-explain-alone = You can stop at any moment. Nothing from this questionnaire is kept, and the next screen shows no answers.
stop-button = Stop privately
stopped-title = This questionnaire has ended
stopped-nothing-kept = Nothing from it was kept, so there are no answers or results to show.
stopped-take-time = Take whatever time you need. You are welcome back whenever it feels right.
stopped-back = Back to the assessment
# The private safety check.
held-back-title = Help is here if you want it
held-back-body = That is completely fine. You do not have to explain anything here. If any of this is hard for you, you can talk in confidence to a support line, and if you are in danger right now, call your local emergency number.
held-back-link = See help and support lines
# Followed by the button continue-alone-button.
continue-alone-note = You can finish on your own instead, so nothing is shared:
continue-alone-button = Continue on my own
safety-panel-title = Your safety comes first
safety-other-countries = Help and support lines for other countries
# Followed by the button safety-leave-button.
safety-leave-note = If someone might see this screen, you can leave at once:
safety-leave-button = Leave Mend now
role-title = Where you stand
role-optional = You can also move on without choosing.
# Between the two people: $a answered first, $b answers next.
hand-over-title = Time to hand over
hand-over-thanks = Thank you, { $a }. Your answers are saved and hidden. Please hand the device to { $b } now.
hand-over-next = { $b }, you will answer the same statements privately. You will not see { $a }'s answers until you have both finished.
hand-over-button = I am { $b }: start my part
# $a and $b: the names used when none is given.
hand-over-names = Names are optional: without them you are "{ $a }" and "{ $b }".
# A score that cannot be worked out, in the list of earlier results and with the results.
score-none = not enough answers
# The chart of earlier results.
trend-overall = Overall trust
trend-caption = Scores over time, 0 to 100

# The visually hidden table beside the trend chart, read by screen readers.
trend-date = Date
# $caption: trend-caption; $rows: how many of the latest results the table lists; $total: all of them.
trend-latest = { $caption }: the latest { $rows } of { $total }
