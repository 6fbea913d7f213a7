## The repair checklist's words (src/domain/repair/content.rs). Saved plans keep only the ids of
## phases and steps, never these words.

## What the checklist shows first: the top, the first phase and the labels of any step.

repair-intro = Rebuilding trust takes time, and it rarely goes in a straight line. These steps are a guide, not a test. Take them at a pace that feels safe for both of you, hide any that do not fit, and add your own.
repair-commitment = Rebuilding trust needs both of you to want it and to keep at it; one person cannot do it alone. It is also all right to find, in time, that you do not want to go on together. Ending a relationship can be the right choice for some people, and a counsellor can help you think it through.
# Links from a phase to another part of Mend.
related-boundaries = Open the boundaries worksheet
related-safety-help = Find safety help

# Phase: Acknowledge the hurt. Each step: what to do, why it helps, and how you can tell it is done.
phase-acknowledge = Acknowledge the hurt
phase-acknowledge-intro = Before anything can change, the hurt needs to be named and heard. This part is about listening, not fixing.
step-ack-say-it = Tell your partner, in your own words, what happened for you and how it felt.
step-ack-say-it-why = Putting it into words turns a private weight into something you can both see.
step-ack-say-it-done = You have said what you needed to say, even if it took more than one talk.
step-ack-listen = Listen to how it affected your partner without defending, explaining or correcting.
step-ack-listen-why = Feeling heard comes before feeling safe. Your side of the story can wait.
step-ack-listen-done = Your partner tells you they felt listened to.
step-ack-reflect = Say back what you heard, and ask whether you got it right.
step-ack-reflect-why = It shows the words landed, and it catches misunderstandings early.
step-ack-reflect-done = Your partner agrees that your summary fits.
step-ack-pace = Agree how and when you will talk about it, and how either of you can ask for a pause.
step-ack-pace-why = Hard talks go better with a little structure. A pause is a break, not an ending.
step-ack-pace-done = You both know how to ask for a pause and when you will pick the talk up again.

# Who takes a step (src/domain/repair/mod.rs).
doer-broke-trust = The partner who broke trust
doer-hurt = The partner who was hurt
doer-both = Both of you

## The checklist screen's own labels and buttons (src/ui/pages/repair/)

# Before the overall progress bar's numbers.
overall-label = Overall:
# $done and $total: steps ticked and steps in all.
progress-done = { $done } of { $total } done
# $link: a link whose text is safety-link-text.
safety-link-first = If you feel afraid of your partner, { $link } first,
# The link in safety-link-first: related-safety-help as it reads inside that sentence.
safety-link-text = find safety help
# $link: a link whose text is help-page-link.
safety-link-help = or go straight to the { $link }.
help-page-link = Help page
whose-label = Show the steps for
whose-everyone = Everyone: all steps
whose-hurt = Me: I was hurt
whose-broke = Me: I broke trust
safety-text = If you are afraid of your partner, or you are being hurt, threatened or controlled, your safety comes first, and working on this as a couple is not the place to start. Talk on your own to someone you trust, your doctor, or a domestic abuse helpline where you live. If you are in danger right now, call your local emergency number.
crisis-lines = Crisis and support lines, by country
# "Exit this page" is the quick exit button's text (quick-exit-button in shell.ftl).
exit-note = Exit this page, at the top of the screen, leaves Mend at once.
hidden-steps = Steps you have hidden
show-again = Show again
# For screen readers; $step: the step's text.
show-again-label = Show again: { $step }
add-own = Add your own step
your-step = Your step
who-does-it = Who does it
add-step = Add step
# Said once a step is added (not its words: they are on screen, and would stay after a deletion).
step-added = Step added to this phase.
why-matters = Why it matters
# Followed by what shows the step is done.
done-when = You will know it is done when:
remove-step = Remove this step
hide-step = Hide this step
note = Note
# For screen readers; $step: the step's text.
note-label = Note: { $step }
remove-label = Remove this step: { $step }
hide-label = Hide this step: { $step }
# $date: the day the step was ticked.
done-on = Done on { $date }

## What the checklist shows once its first phase works: in English, these come with the
## checklist's later part (LATE_ENGLISH in build.rs names phase-ownership as the first of them).

# Phase: Ownership, remorse and a sincere apology. Each step: what to do, why it helps, and how you can tell it is done.
phase-ownership = Ownership, remorse and a sincere apology
phase-ownership-intro = The partner who broke trust takes full responsibility. A real apology names what you did, shows you understand how it hurt, makes no excuses, and says what you will do differently.
step-own-name-it = Say plainly what you did, without softening it or pointing to anything your partner did.
step-own-name-it-why = Owning all of it spares your partner from having to pull the truth out piece by piece.
step-own-name-it-done = You have described what you did in full, in your own words.
step-own-impact = Tell your partner what you now understand about how it hurt them.
step-own-impact-why = Remorse is easier to believe when it shows you see the harm, not only the mistake.
step-own-impact-done = Your partner feels you understand the hurt, not just the facts.
step-own-apology = Apologise with no "but": say you are sorry, what for, and one thing you will change.
step-own-apology-why = A "but" turns an apology into a defence.
step-own-apology-done = You have apologised without excuses and named at least one concrete change.
step-own-own-pace = Take the time you need. Tell your partner that forgiveness, if it comes, will come at your pace.
step-own-own-pace-why = Forgiveness that is rushed rarely holds. Your pace is part of the healing.
step-own-own-pace-done = Your partner has heard this and is not pressing you for a date.
step-own-amends = Talk about what making amends could look like for you.
step-own-amends-why = Amends turn words into something your partner can see and feel.
step-own-amends-done = You have agreed on at least one way to make amends.

# Phase: Honesty and transparency. Each step: what to do, why it helps, and how you can tell it is done.
phase-honesty = Honesty and transparency
phase-honesty-intro = After a breach, even a small secret can feel like a fresh hurt. Being open about what matters helps suspicion settle over time.
step-hon-answer = Answer your partner's questions honestly, even when the answer is uncomfortable.
step-hon-answer-why = Each straight answer is a small sign that the truth is safe with you.
step-hon-answer-done = Your partner says they trust they are getting straight answers.
step-hon-tell-first = Share things that matter before you are asked, like changed plans or a slip.
step-hon-tell-first-why = Telling first takes away the need to check.
step-hon-tell-first-done = Telling first has become a habit, and your partner has noticed.
step-hon-ask = Say what kind of openness would help you feel safer, and for roughly how long.
step-hon-ask-why = A clear request is easier to meet than a guess. What you need will likely change as trust grows.
step-hon-ask-done = You have named your requests and set a time to look at them again.
step-hon-reassure = When your partner asks for reassurance, or asks the same question again, answer calmly and fully.
step-hon-reassure-why = After a breach, needing reassurance is a normal part of healing, not a sign that nothing is changing.
step-hon-reassure-done = Your partner says your answers help them settle, even on hard days.
step-hon-privacy = Agree where openness ends and privacy begins, so that openness does not turn into checking up.
step-hon-privacy-why = Openness builds trust. Constant checking keeps you both on edge.
step-hon-privacy-done = You share an understanding, perhaps written down in the boundaries worksheet.

# Phase: Reliability through small promises kept. Each step: what to do, why it helps, and how you can tell it is done.
phase-reliability = Reliability through small promises kept
phase-reliability-intro = Trust grows back through many small promises kept, not one big gesture. Start small and follow through.
step-rel-small-promises = Make small, specific promises you are sure you can keep, and add them to the promise list.
step-rel-small-promises-why = An easy promise kept says more than a grand one made.
step-rel-small-promises-done = You have at least three promises on the list.
step-rel-honest-no = Say "no" or "not yet" when you cannot follow through, rather than agreeing just to end an awkward moment.
step-rel-honest-no-why = A yes you cannot keep does more harm than an honest no.
step-rel-honest-no-done = You only agree to things you fully mean to do.
step-rel-own-slips = When you miss a promise, say so yourself, apologise and make a new plan.
step-rel-own-slips-why = Owning a slip quickly is a form of reliability too.
step-rel-own-slips-done = You name missed promises before your partner has to bring them up.
step-rel-first-move = If you are each waiting for the other to change first, name it, and each choose one thing to start on now.
step-rel-first-move-why = A "you first" standoff keeps both of you stuck. Small moves from each side break it.
step-rel-first-move-done = You have each said what you will do, without waiting for the other.
step-rel-notice = Notice the promises that were kept, and say so, not only the ones that were missed.
step-rel-notice-why = Seeing progress helps you both keep going.
step-rel-notice-done = You have told your partner about a kept promise that mattered to you.

# Phase: Clear boundaries. Each step: what to do, why it helps, and how you can tell it is done.
phase-boundaries = Clear boundaries
phase-boundaries-intro = Boundaries say what each of you needs to feel safe and respected. The boundaries worksheet helps you write them down and come back to them.
step-bnd-own-side = Each fill in your own side of the worksheet before you compare.
step-bnd-own-side-why = Thinking on your own first helps you know your needs before you hear your partner's.
step-bnd-own-side-done = You have each written your side for the areas that matter most.
step-bnd-agree = Find wording you can both agree on for at least one area.
step-bnd-agree-why = A shared sentence is easier to keep than a vague sense of what was meant.
step-bnd-agree-done = At least one area is marked as agreed.
step-bnd-if-crossed = Decide calmly what you will do if a boundary is crossed, without punishing each other.
step-bnd-if-crossed-why = A plan made in a calm moment is easier to follow in a hard one.
step-bnd-if-crossed-done = Each agreed area says what happens if it is crossed.
step-bnd-end-contact = If there was an outside relationship, end the contact clearly, and tell your partner how and when you did it.
step-bnd-end-contact-why = Renewed loyalty needs to be visible. Knowing the contact has ended lets your partner stop wondering.
step-bnd-end-contact-done = The contact has ended and your partner has heard it from you, not from someone else.
step-bnd-review-date = Pick a date to look at your agreements again.
step-bnd-review-date-why = Needs change as trust grows, so boundaries need room to change too.
step-bnd-review-date-done = Your agreed areas each have a review date.

# Phase: Reconnect. Each step: what to do, why it helps, and how you can tell it is done.
phase-reconnect = Reconnect
phase-reconnect-intro = Closeness comes back slowly. Small moments of openness, warmth and attention help you feel like a team again.
step-rec-share = Each week, share one feeling or worry you would usually keep to yourself.
step-rec-share-why = A little openness from one of you makes it easier for the other.
step-rec-share-done = You have both done it for a few weeks in a row.
step-rec-affection = Find kinds of affection that feel good to both of you right now, like a hug, a kind note or sitting close.
step-rec-affection-why = Warmth helps only when it is welcome. Go at the pace of whoever needs it slower.
step-rec-affection-done = You each know one kind of affection the other welcomes at the moment.
step-rec-present = Set aside regular time together with phones put away.
step-rec-present-why = Full attention tells your partner they matter to you.
step-rec-present-done = You have had this time together at least three times.
step-rec-light = Do something light together that has nothing to do with the hurt.
step-rec-light-why = Remembering what you enjoy about each other gives you reasons to keep going.
step-rec-light-done = You have shared a moment of fun or ease together.

# Phase: Get support. Each step: what to do, why it helps, and how you can tell it is done.
phase-support = Get support
phase-support-intro = You do not have to do this alone. A counsellor can help with talks that feel too big for the two of you. If either of you feels afraid of the other, look for help on your own first, not as a couple.
step-sup-talk = Talk about whether couples counselling could help, and what worries you about it.
step-sup-talk-why = Worries like cost, time or privacy are easier to solve once they are said out loud.
step-sup-talk-done = You each know how the other feels about counselling.
step-sup-find = Look for a counsellor who works with couples and trust, for example through a professional directory, your doctor or your health insurer. Ask about fees and online sessions.
step-sup-find-why = A few questions at the start help you find someone who fits you both.
step-sup-find-done = You have one or two names you both feel OK about.
step-sup-first-session = Book a first session, or a short call to see whether it fits.
step-sup-first-session-why = The first appointment is often the hardest step. After that it gets easier.
step-sup-first-session-done = A first session or call is in your calendars.
step-sup-past = Talk about how your families or earlier relationships shaped how easily each of you trusts.
step-sup-past-why = Some doubts started long before this relationship. Seeing where they come from helps you treat them gently.
step-sup-past-done = You each understand a little more of where the other's doubts come from.
step-sup-own-support = Think about support just for yourself too, such as your own counsellor or a trusted friend.
step-sup-own-support-why = Old hurts can shape how this one feels. A space of your own can help with that.
step-sup-own-support-done = You each know where you could turn for support of your own.

# Phase: Keep it going. Each step: what to do, why it helps, and how you can tell it is done.
phase-maintain = Keep it going
phase-maintain-intro = Trust needs ongoing care. Regular check-ins, thanks and forgiveness help it keep growing once the hardest part is behind you.
step-mnt-check-ins = Set a regular check-in and keep it, even when things feel fine.
step-mnt-check-ins-why = Small concerns are easier to handle before they grow.
step-mnt-check-ins-done = You have kept your check-ins on schedule for a month.
step-mnt-appreciate = Tell each other one thing you appreciated this week.
step-mnt-appreciate-why = Thanks helps you both notice the effort that is being made.
step-mnt-appreciate-done = Saying thanks has become part of your week.
step-mnt-forgive = When you are ready, practise letting small slips go, and be gentle with yourselves too.
step-mnt-forgive-why = Holding on to every mistake keeps the hurt fresh. Forgiveness can come bit by bit.
step-mnt-forgive-done = A small slip no longer sets you back for days.
step-mnt-celebrate = Celebrate small wins, like a hard talk that stayed kind.
step-mnt-celebrate-why = Marking progress reminds you both how far you have come.
step-mnt-celebrate-done = You have celebrated at least one win together.

# The self-trust checklist, for one person on their own: its heading and what it is for.
self-trust-heading = Trusting yourself
repair-self-trust-intro = Trusting someone else is easier when you can trust yourself. This short list is for you alone, whichever side of the hurt you are on.
# Each item: what to practise and why it helps.
self-feelings = Notice your feelings and name them, without judging yourself for having them.
self-feelings-why = Feelings are information. Naming them helps you decide what to do next.
self-learn = Look back at past choices to learn from them, not to blame yourself.
self-learn-why = Learning builds confidence in your judgement. Blame only wears it down.
self-no = Practise saying no when something does not feel right for you.
self-no-why = Each honest no shows you that you can protect what matters to you.
self-gut = Write down what your gut tells you, and later look at how things turned out.
self-gut-why = Checking your hunches over time shows you when you can rely on them.
self-small-promise = Keep one small promise to yourself each day.
self-small-promise-why = You rebuild trust in yourself the same way as with anyone: by following through.
self-kindness = Speak to yourself the way you would speak to a good friend.
self-kindness-why = Kindness towards yourself makes hard steps feel possible.

## How promises and check-ins stand (src/domain/repair/mod.rs)

outcome-kept = Kept
outcome-missed = Missed
promise-open = Open
promise-overdue = Past its day
reminder-first = Whenever you are ready, try your first check-in together. It only takes a few minutes.
reminder-today = Your next check-in is due today.
# $day: the day of the latest check-in.
reminder-last = Your last check-in was on { $day }. A few minutes together can help you stay on track.

## The labels and buttons of the promises and check-ins (src/ui/pages/repair/)

# $shown and $total: how many the list shows and how many there are; $count: how many more the button shows.
promises-showing = Showing the newest { $shown } of { $total } promises.
promises-show-older = Show { $count } older promises
check-ins-showing = Showing the newest { $shown } of { $total } check-ins.
check-ins-show-older = Show { $count } older check-ins
# Small promises.
promises-heading = Small promises
promises-lead = Trust grows back through small promises kept. Choose something specific you can really do, and give it a day.
promise-what = What will you do?
promise-by = By when
promise-add = Add promise
# Said once a promise is added.
promise-added = Promise added.
promise-choose-day = Please choose a day for this promise.
choice-undecided = Not decided yet
choice-kept = Kept
choice-missed = Missed
# $kept: promises kept; $total: promises decided; $rate: the share kept, 0 to 100. One promise:
kept-summary-one = { $kept } of { $total } promise kept: { $rate }%
# More than one:
kept-summary = { $kept } of { $total } promises kept: { $rate }%
kept-none-yet = Once you mark a promise as kept or missed, you will see here how many were kept.
kept-chart = Share of promises kept over time
# $date: the day the promise is due.
promise-due = Due { $date }.
# $outcome: choice-kept or choice-missed; $date: the day it was marked.
promise-decided = { $outcome } on { $date }
promise-what-happened = What happened (optional)
promise-delete = Delete this promise
# Check-ins.
check-ins-heading = Check-ins
check-ins-lead = A few minutes together, regularly, to see how things are going. There are no right answers.
# $date: the day of the next check-in.
check-in-next = Your next check-in is on { $date }.
check-in-every-label = How often to check in
every-week = Every week
every-two-weeks = Every two weeks
every-month = Every month
# $days: a number of days, more than one.
every-days = Every { $days } days
# $name: a partner's name.
rating-trust = { $name }'s trust
rating-closeness = { $name }'s closeness
answer-went-well = What went well since last time
answer-was-hard = What was hard
answer-next-step = One next step
check-in-add = Add a check-in
check-in-date = Date
check-in-scale = Each of you rates from 1 (very low) to 10 (very high): how much you trust your partner right now, and how close you feel.
check-in-save = Save check-in
check-in-saved = Check-in saved. Thank you for taking the time.
check-in-choose-day = Date: please choose the day of this check-in.
check-ins-going = How it has been going
check-ins-chart = Check-in ratings over time
check-ins-chart-empty = Your ratings will show here as a chart after your first check-in.
check-ins-past = Past check-ins
# One past check-in: $a and $b, the partners' names, each with their two ratings.
check-in-ratings = { $a }: trust { $a-trust }, closeness { $a-closeness }. { $b }: trust { $b-trust }, closeness { $b-closeness }.
past-went-well = Went well
past-was-hard = Was hard
past-next-step = Next step
check-in-delete = Delete this check-in
# For screen readers; $date: the check-in's day. It must begin with check-in-delete, the button's visible text.
check-in-delete-label = Delete this check-in from { $date }
# The visually hidden tables beside the charts, read by screen readers.
chart-date = Date
# $caption: the chart's caption; $rows: how many of the latest days the table lists; $total: all days.
chart-latest = { $caption }: the latest { $rows } of { $total }
