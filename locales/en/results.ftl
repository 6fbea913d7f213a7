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
