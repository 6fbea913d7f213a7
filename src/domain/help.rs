//! The Help page's content: crisis and support lines by country, how to find help elsewhere,
//! and lines for people who want to stop hurting their partner.
//!
//! Every entry records where its details were checked and when. Only details confirmed on the
//! service's own published pages (or, for the US, the facts given to the project) are here;
//! anything that could not be confirmed is left out rather than guessed.

/// A country or region the Help page lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Country {
    /// The United States.
    UnitedStates,
    /// The United Kingdom.
    UnitedKingdom,
    /// Canada.
    Canada,
    /// Australia.
    Australia,
    /// New Zealand.
    NewZealand,
    /// Ireland.
    Ireland,
}

impl Country {
    /// Every country, in the order the page lists them.
    pub const ALL: [Country; 6] = [
        Country::UnitedStates,
        Country::UnitedKingdom,
        Country::Canada,
        Country::Australia,
        Country::NewZealand,
        Country::Ireland,
    ];

    /// The country's name.
    pub fn name(self) -> &'static str {
        match self {
            Country::UnitedStates => "United States",
            Country::UnitedKingdom => "United Kingdom",
            Country::Canada => "Canada",
            Country::Australia => "Australia",
            Country::NewZealand => "New Zealand",
            Country::Ireland => "Ireland",
        }
    }

    /// A stable lowercase name, for element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Country::UnitedStates => "us",
            Country::UnitedKingdom => "uk",
            Country::Canada => "ca",
            Country::Australia => "au",
            Country::NewZealand => "nz",
            Country::Ireland => "ie",
        }
    }
}

/// What a line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Danger right now.
    Emergency,
    /// Abuse, fear or control in a relationship.
    Abuse,
    /// Emotional crisis, or thoughts of ending your life.
    Crisis,
    /// For people who want to stop hurting their partner.
    Change,
}

impl Kind {
    /// A short label shown with each entry.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Emergency => "Emergency",
            Kind::Abuse => "Abuse or fear in a relationship",
            Kind::Crisis => "Emotional crisis",
            Kind::Change => "If you want to stop hurting your partner",
        }
    }
}

/// One place to get help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HelpLine {
    /// Where it serves.
    pub country: Country,
    /// What it is for.
    pub kind: Kind,
    /// Who they are.
    pub name: &'static str,
    /// How to reach them, in words.
    pub how_to_reach: &'static str,
    /// A phone number to dial, digits only with an optional leading `+`, for a `tel:` link.
    pub dial: Option<&'static str>,
    /// Who it helps and when, in a sentence.
    pub note: &'static str,
    /// Where the details were checked: the service's own page (or, for the US, the project's
    /// verified facts).
    pub source: &'static str,
    /// The day the details were checked, `YYYY-MM-DD`.
    pub checked: &'static str,
}

const CHECKED: &str = "2026-11-30";
const GIVEN_US_FACTS: &str = "Mend's verified content facts (CONTENT.md, US crisis resources)";

/// Every line, grouped by country in [`Country::ALL`] order.
#[rustfmt::skip]
pub static LINES: &[HelpLine] = &[
    HelpLine { country: Country::UnitedStates, kind: Kind::Emergency, name: "Emergency services",
        how_to_reach: "Call 911.", dial: Some("911"),
        note: "When you or someone else is in danger right now.",
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Abuse, name: "National Domestic Violence Hotline",
        how_to_reach: "Call 800-799-7233, or text START to 88788.", dial: Some("8007997233"),
        note: "Free, confidential support from trained advocates at any hour.",
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Abuse, name: "loveisrespect",
        how_to_reach: "Text LOVEIS to 22522.", dial: None,
        note: "For questions about a relationship that feels unhealthy or unsafe.",
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Crisis, name: "988 Suicide & Crisis Lifeline",
        how_to_reach: "Call or text 988.", dial: Some("988"),
        note: "When you are in emotional crisis or thinking about hurting yourself.",
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Change, name: "National Domestic Violence Hotline",
        how_to_reach: "Call 800-799-7233.", dial: Some("8007997233"),
        note: "Its advocates also talk, without judging, with people worried that their own behaviour is harmful.",
        source: "https://www.thehotline.org/tag/bip/ (the Hotline's own article on calls from people who identify as abusive)", checked: CHECKED },

    HelpLine { country: Country::UnitedKingdom, kind: Kind::Abuse, name: "National Domestic Abuse Helpline (run by Refuge)",
        how_to_reach: "Call 0808 2000 247, free, at any hour.", dial: Some("08082000247"),
        note: "Confidential support for women experiencing domestic abuse.",
        source: "https://www.refuge.org.uk/category/news/", checked: CHECKED },
    HelpLine { country: Country::UnitedKingdom, kind: Kind::Crisis, name: "Samaritans",
        how_to_reach: "Call 116 123, free from any phone, day or night.", dial: Some("116123"),
        note: "Someone to listen when you are struggling to cope.",
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/", checked: CHECKED },
    HelpLine { country: Country::UnitedKingdom, kind: Kind::Change, name: "Respect Phoneline",
        how_to_reach: "Find the phone, webchat and email details at respect.org.uk.", dial: None,
        note: "A confidential helpline for people worried that their behaviour towards a partner is abusive.",
        source: "https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if", checked: CHECKED },

    HelpLine { country: Country::Canada, kind: Kind::Abuse, name: "ShelterSafe (Women's Shelters Canada)",
        how_to_reach: "Use the map at sheltersafe.ca to find the shelter nearest you, then call it.", dial: None,
        note: "Most shelters answer their phones at any hour, and you can call just to talk; you do not have to stay there.",
        source: "https://sheltersafe.ca/about-shelters/", checked: CHECKED },

    HelpLine { country: Country::Australia, kind: Kind::Emergency, name: "Emergency services",
        how_to_reach: "Call 000.", dial: Some("000"),
        note: "When you or someone else is in danger right now.",
        source: "https://www.1800respect.org.au/terms-and-conditions", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Abuse, name: "1800RESPECT",
        how_to_reach: "Call 1800 737 732, or text 0458 737 732.", dial: Some("1800737732"),
        note: "Counselling and support about domestic, family or sexual violence, at any hour.",
        source: "https://www.1800respect.org.au/terms-and-conditions and https://plan4womenssafety.dss.gov.au/initiatives/1800respect", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Crisis, name: "Lifeline",
        how_to_reach: "Call 13 11 14.", dial: Some("131114"),
        note: "Crisis support at any hour when things feel overwhelming.",
        source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Change, name: "Men's Referral Service (No to Violence)",
        how_to_reach: "Call 1300 766 491, or use the live chat at ntv.org.au.", dial: Some("1300766491"),
        note: "For men who have behaved abusively and want to change; you can stay anonymous.",
        source: "https://ntv.org.au/get-help/getting-support", checked: CHECKED },

    HelpLine { country: Country::NewZealand, kind: Kind::Emergency, name: "Emergency services",
        how_to_reach: "Call 111.", dial: Some("111"),
        note: "When you or someone else is in danger right now.",
        source: "https://womensrefuge.org.nz/get-help/", checked: CHECKED },
    HelpLine { country: Country::NewZealand, kind: Kind::Abuse, name: "Women's Refuge crisis line",
        how_to_reach: "Call 0800 733 843 (0800 REFUGE), at any hour.", dial: Some("0800733843"),
        note: "Connects you with an advocate at your local refuge.",
        source: "https://womensrefuge.org.nz/get-help/", checked: CHECKED },
    HelpLine { country: Country::NewZealand, kind: Kind::Change, name: "Are You OK family violence line",
        how_to_reach: "Call 0800 456 450.", dial: Some("0800456450"),
        note: "Information and a way in to local services, including for people who want to change their own behaviour.",
        source: "http://areyouok.org.nz/utility-pages/about-us/ and https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/", checked: CHECKED },

    HelpLine { country: Country::Ireland, kind: Kind::Abuse, name: "Women's Aid National Freephone Helpline",
        how_to_reach: "Call 1800 341 900, free, at any hour.", dial: Some("1800341900"),
        note: "Support for women living with abuse from a partner or former partner.",
        source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/", checked: CHECKED },
];

/// The lines for one country, in list order.
pub fn lines_for(country: Country) -> impl Iterator<Item = &'static HelpLine> {
    LINES.iter().filter(move |line| line.country == country)
}

/// The lines for people who want to stop hurting their partner, in country order.
pub fn change_lines() -> impl Iterator<Item = &'static HelpLine> {
    LINES.iter().filter(|line| line.kind == Kind::Change)
}

/// Opening of the Help page.
pub const INTRO: &str = "If you are in danger right now, call your local emergency number. \
Everything else here can wait until you are somewhere safe and private.";

/// On a shared device.
pub const SHARED_DEVICE_NOTE: &str = "If you share this device with your partner, they may be \
able to see what you open, including this page. Calling from a phone they cannot check, or from a \
friend's, is often safer. Exit this page, at the top of the screen, leaves Mend at once.";

/// How to find help where the page lists nothing.
pub const ELSEWHERE: &[&str] = &[
    "Call your local emergency number if anyone is in danger right now.",
    "Your doctor or a local health centre can listen in confidence and point you to services nearby.",
    "On a device your partner cannot see, search for \"domestic abuse helpline\" with the name of your country or city.",
    "Many women's shelters and crisis lines talk by phone with anyone who is worried, whether or not they need a place to stay.",
    "If something in this list is out of date, try the service's own website; numbers sometimes change.",
];

/// For someone who wants to stop hurting their partner.
pub const CHANGE_INTRO: &str = "If you have frightened, controlled or hurt your partner, or you \
worry that you might, wanting to stop is an important first step. These lines talk with people in \
your situation in confidence. Where your country is not listed, your doctor can help you find a \
programme that works with people who want to change.";

/// For someone weighing whether to stay.
pub const YOUR_CHOICE: &str = "Repair only works when both of you want it and both of you put \
in the work. Some people decide, with time and support, that ending the relationship is right for \
them, and that can be a healthy choice too. Mend will not tell you what to do; a counsellor can \
help you think it through.";

/// When the details on the page were last checked.
pub fn last_checked() -> &'static str {
    LINES
        .iter()
        .map(|line| line.checked)
        .max()
        .unwrap_or(CHECKED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_date(text: &str) -> bool {
        let parts: Vec<&str> = text.split('-').collect();
        parts.len() == 3
            && [4, 2, 2]
                .iter()
                .zip(&parts)
                .all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()))
    }

    #[test]
    fn every_entry_has_a_source_and_a_date() {
        for line in LINES {
            assert!(!line.source.trim().is_empty(), "{}", line.name);
            assert!(
                line.source.contains("https://")
                    || line.source.contains("http://")
                    || line.source == GIVEN_US_FACTS,
                "{}: {}",
                line.name,
                line.source
            );
            assert!(is_date(line.checked), "{}: {}", line.name, line.checked);
            assert!(
                !line.name.is_empty() && !line.how_to_reach.is_empty() && !line.note.is_empty()
            );
        }
        assert!(is_date(last_checked()));
    }

    #[test]
    fn every_country_has_help_and_dial_strings_are_digits() {
        for country in Country::ALL {
            assert!(lines_for(country).next().is_some(), "{country:?}");
        }
        for line in LINES {
            if let Some(dial) = line.dial {
                assert!(dial.chars().all(|c| c.is_ascii_digit()), "{dial}");
                assert!(
                    line.how_to_reach.replace([' ', '-'], "").contains(dial)
                        || dial == "8007997233",
                    "{}",
                    line.name
                );
            }
        }
    }

    #[test]
    fn the_known_us_facts_and_change_lines_are_here() {
        let all: String = LINES
            .iter()
            .map(|l| format!("{} {}\n", l.name, l.how_to_reach))
            .collect();
        for fact in [
            "800-799-7233",
            "START to 88788",
            "LOVEIS to 22522",
            "988",
            "911",
        ] {
            assert!(all.contains(fact), "{fact}");
        }
        assert!(change_lines().count() >= 3);
        assert!(YOUR_CHOICE.contains("both of you"));
        assert!(
            !ELSEWHERE.is_empty() && !CHANGE_INTRO.is_empty() && !SHARED_DEVICE_NOTE.is_empty()
        );
    }
}
