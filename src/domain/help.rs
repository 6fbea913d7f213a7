//! The Help page's content: crisis and support lines by country, how to find help elsewhere,
//! and lines for people who want to stop hurting their partner.
//!
//! Every entry records where its details were checked and when. Only details confirmed on the
//! service's own published pages (or, for the US, the facts given to the project) are here;
//! anything that could not be confirmed is left out rather than guessed. The words are in the
//! `help` slice of the catalogues (`locales/<tag>/help.ftl`); a translation keeps every number
//! (`tests/catalogues.rs` checks it).

use crate::i18n::help::{t, Msg};

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
    /// Spain.
    Spain,
}

impl Country {
    /// Every country, in the order the page lists them.
    pub const ALL: [Country; 7] = [
        Country::UnitedStates,
        Country::UnitedKingdom,
        Country::Canada,
        Country::Australia,
        Country::NewZealand,
        Country::Ireland,
        Country::Spain,
    ];

    /// The country's name.
    pub fn name(self) -> &'static str {
        t(match self {
            Country::UnitedStates => Msg::CountryUs,
            Country::UnitedKingdom => Msg::CountryUk,
            Country::Canada => Msg::CountryCa,
            Country::Australia => Msg::CountryAu,
            Country::NewZealand => Msg::CountryNz,
            Country::Ireland => Msg::CountryIe,
            Country::Spain => Msg::CountryEs,
        })
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
            Country::Spain => "es",
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
        t(match self {
            Kind::Emergency => Msg::KindEmergency,
            Kind::Abuse => Msg::KindAbuse,
            Kind::Crisis => Msg::KindCrisis,
            Kind::Change => Msg::KindChange,
        })
    }
}

/// One place to get help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HelpLine {
    /// Where it serves.
    pub country: Country,
    /// What it is for.
    pub kind: Kind,
    /// Who they are (see [`HelpLine::name`]).
    pub name: Msg,
    /// How to reach them, in words (see [`HelpLine::how_to_reach`]).
    pub how_to_reach: Msg,
    /// A phone number to dial, digits only with an optional leading `+`, for a `tel:` link.
    pub dial: Option<&'static str>,
    /// Who it helps and when, in a sentence (see [`HelpLine::note`]).
    pub note: Msg,
    /// Where the details were checked: the service's own page (or, for the US, the project's
    /// verified facts).
    pub source: &'static str,
    /// The day the details were checked, `YYYY-MM-DD`.
    pub checked: &'static str,
}

impl HelpLine {
    /// Who they are, in the language on screen.
    pub fn name(&self) -> &'static str {
        t(self.name)
    }

    /// How to reach them, in the language on screen.
    pub fn how_to_reach(&self) -> &'static str {
        t(self.how_to_reach)
    }

    /// Who it helps and when, in the language on screen.
    pub fn note(&self) -> &'static str {
        t(self.note)
    }
}

const CHECKED: &str = "2026-11-30";
const GIVEN_US_FACTS: &str = "Mend's verified content facts (CONTENT.md, US crisis resources)";

/// Every line, grouped by country in [`Country::ALL`] order.
#[rustfmt::skip]
pub static LINES: &[HelpLine] = &[
    HelpLine { country: Country::UnitedStates, kind: Kind::Emergency, name: Msg::LineUs1,
        how_to_reach: Msg::LineUs1Reach, dial: Some("911"),
        note: Msg::LineUs1Note,
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Abuse, name: Msg::LineUs2,
        how_to_reach: Msg::LineUs2Reach, dial: Some("8007997233"),
        note: Msg::LineUs2Note,
        source: concat!("Mend's verified content facts (CONTENT.md, US crisis resources); the chat in Spanish: ",
            "https://www.hhs.texas.gov/es/servicios/seguridad/programa-contra-la-violencia-familiar (Texas Health and Human Services, in Spanish)"),
        checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Abuse, name: Msg::LineUs3,
        how_to_reach: Msg::LineUs3Reach, dial: None,
        note: Msg::LineUs3Note,
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Crisis, name: Msg::LineUs4,
        how_to_reach: Msg::LineUs4Reach, dial: Some("988"),
        note: Msg::LineUs4Note,
        source: GIVEN_US_FACTS, checked: CHECKED },
    HelpLine { country: Country::UnitedStates, kind: Kind::Change, name: Msg::LineUs5,
        how_to_reach: Msg::LineUs5Reach, dial: Some("8007997233"),
        note: Msg::LineUs5Note,
        source: "https://www.thehotline.org/tag/bip/ (the Hotline's own article on calls from people who identify as abusive)", checked: CHECKED },

    HelpLine { country: Country::UnitedKingdom, kind: Kind::Abuse, name: Msg::LineUk1,
        how_to_reach: Msg::LineUk1Reach, dial: Some("08082000247"),
        note: Msg::LineUk1Note,
        source: "https://www.refuge.org.uk/category/news/", checked: CHECKED },
    HelpLine { country: Country::UnitedKingdom, kind: Kind::Crisis, name: Msg::LineUk2,
        how_to_reach: Msg::LineUk2Reach, dial: Some("116123"),
        note: Msg::LineUk2Note,
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/", checked: CHECKED },
    HelpLine { country: Country::UnitedKingdom, kind: Kind::Change, name: Msg::LineUk3,
        how_to_reach: Msg::LineUk3Reach, dial: None,
        note: Msg::LineUk3Note,
        source: "https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if", checked: CHECKED },

    HelpLine { country: Country::Canada, kind: Kind::Abuse, name: Msg::LineCa1,
        how_to_reach: Msg::LineCa1Reach, dial: None,
        note: Msg::LineCa1Note,
        source: "https://sheltersafe.ca/about-shelters/", checked: CHECKED },

    HelpLine { country: Country::Australia, kind: Kind::Emergency, name: Msg::LineAu1,
        how_to_reach: Msg::LineAu1Reach, dial: Some("000"),
        note: Msg::LineAu1Note,
        source: "https://www.1800respect.org.au/terms-and-conditions", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Abuse, name: Msg::LineAu2,
        how_to_reach: Msg::LineAu2Reach, dial: Some("1800737732"),
        note: Msg::LineAu2Note,
        source: "https://www.1800respect.org.au/terms-and-conditions and https://plan4womenssafety.dss.gov.au/initiatives/1800respect", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Crisis, name: Msg::LineAu3,
        how_to_reach: Msg::LineAu3Reach, dial: Some("131114"),
        note: Msg::LineAu3Note,
        source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/", checked: CHECKED },
    HelpLine { country: Country::Australia, kind: Kind::Change, name: Msg::LineAu4,
        how_to_reach: Msg::LineAu4Reach, dial: Some("1300766491"),
        note: Msg::LineAu4Note,
        source: "https://ntv.org.au/get-help/getting-support", checked: CHECKED },

    HelpLine { country: Country::NewZealand, kind: Kind::Emergency, name: Msg::LineNz1,
        how_to_reach: Msg::LineNz1Reach, dial: Some("111"),
        note: Msg::LineNz1Note,
        source: "https://womensrefuge.org.nz/get-help/", checked: CHECKED },
    HelpLine { country: Country::NewZealand, kind: Kind::Abuse, name: Msg::LineNz2,
        how_to_reach: Msg::LineNz2Reach, dial: Some("0800733843"),
        note: Msg::LineNz2Note,
        source: "https://womensrefuge.org.nz/get-help/", checked: CHECKED },
    HelpLine { country: Country::NewZealand, kind: Kind::Change, name: Msg::LineNz3,
        how_to_reach: Msg::LineNz3Reach, dial: Some("0800456450"),
        note: Msg::LineNz3Note,
        source: "http://areyouok.org.nz/utility-pages/about-us/ and https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/", checked: CHECKED },

    HelpLine { country: Country::Ireland, kind: Kind::Abuse, name: Msg::LineIe1,
        how_to_reach: Msg::LineIe1Reach, dial: Some("1800341900"),
        note: Msg::LineIe1Note,
        source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/", checked: CHECKED },

    // Spain: the government's own site (violenciagenero.igualdad.gob.es) was not in reach from
    // here, so the details come from a town hall's page relaying the government delegation's
    // notice and from news agencies quoting the Ministry of Equality; only what they agree on.
    HelpLine { country: Country::Spain, kind: Kind::Emergency, name: Msg::LineEs1,
        how_to_reach: Msg::LineEs1Reach, dial: Some("112"),
        note: Msg::LineEs1Note,
        source: "https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html (the government delegate: 016 informs and advises, an emergency is 112)", checked: CHECKED },
    HelpLine { country: Country::Spain, kind: Kind::Abuse, name: Msg::LineEs2,
        how_to_reach: Msg::LineEs2Reach, dial: Some("016"),
        note: Msg::LineEs2Note,
        source: concat!("https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/ (the Government Delegation against Gender Violence's notice: 016, WhatsApp 600 000 016, text phone 900 116 016, every form of violence against women) and ",
            "https://www.europapress.es/epsocial/igualdad/noticia-suben-levemente-consultas-016-primer-semestre-2025-59317-casi-330-diarias-20250807133253.html (the Ministry of Equality: free, confidential, not on the bill, at any hour, in 53 languages)"),
        checked: CHECKED },
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
pub fn intro() -> &'static str {
    t(Msg::HelpIntro)
}

/// On a shared device.
pub fn shared_device_note() -> &'static str {
    t(Msg::HelpSharedDevice)
}

/// How to find help where the page lists nothing.
pub fn elsewhere() -> [&'static str; 5] {
    [
        Msg::HelpElsewhere1,
        Msg::HelpElsewhere2,
        Msg::HelpElsewhere3,
        Msg::HelpElsewhere4,
        Msg::HelpElsewhere5,
    ]
    .map(t)
}

/// For someone who wants to stop hurting their partner.
pub fn change_intro() -> &'static str {
    t(Msg::HelpChangeIntro)
}

/// For someone weighing whether to stay.
pub fn your_choice() -> &'static str {
    t(Msg::HelpYourChoice)
}

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
            assert!(!line.source.trim().is_empty(), "{}", line.name());
            assert!(
                line.source.contains("https://")
                    || line.source.contains("http://")
                    || line.source.starts_with(GIVEN_US_FACTS),
                "{}: {}",
                line.name(),
                line.source
            );
            assert!(is_date(line.checked), "{}: {}", line.name(), line.checked);
            assert!(
                !line.name().is_empty()
                    && !line.how_to_reach().is_empty()
                    && !line.note().is_empty()
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
                    line.how_to_reach().replace([' ', '-'], "").contains(dial)
                        || dial == "8007997233",
                    "{}",
                    line.name()
                );
            }
        }
    }

    #[test]
    fn the_known_us_facts_and_change_lines_are_here() {
        let all: String = LINES
            .iter()
            .map(|l| format!("{} {}\n", l.name(), l.how_to_reach()))
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
        let spain: String = lines_for(Country::Spain)
            .map(|l| format!("{} {} {}\n", l.name(), l.how_to_reach(), l.note()))
            .collect();
        for fact in ["112", "016", "600 000 016", "900 116 016", "recent calls"] {
            assert!(spain.contains(fact), "{fact}");
        }
        assert!(all.contains("espanol.thehotline.org"));
        assert!(your_choice().contains("both of you"));
        assert!(
            !elsewhere().is_empty()
                && !change_intro().is_empty()
                && !shared_device_note().is_empty()
        );
    }
}
