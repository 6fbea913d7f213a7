//! The app's screens as hash routes (`#/repair`), so any static host and any sub-path can serve
//! Mend and a reload or a deep link lands on the same screen.

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// What Mend is, the tools, the privacy promise.
    Home,
    /// Trust self-assessment.
    Assessment,
    /// Boundary-setting worksheet.
    Boundaries,
    /// Repair checklist.
    Repair,
    /// Export, import, lock and delete.
    YourData,
    /// Sending a sealed packet to the partner's phone, and receiving one.
    Partner,
    /// What Mend stores and what it cannot protect against.
    Privacy,
    /// Crisis and support lines, and where to find help elsewhere.
    Help,
    /// Any other hash; holds the path that was asked for.
    NotFound(String),
}

const TABLE: &[(&str, Route)] = &[
    ("/", Route::Home),
    ("/assessment", Route::Assessment),
    ("/boundaries", Route::Boundaries),
    ("/repair", Route::Repair),
    ("/your-data", Route::YourData),
    ("/partner", Route::Partner),
    ("/privacy", Route::Privacy),
    ("/help", Route::Help),
];

impl Route {
    /// Reads `location.hash` (`""`, `"#"`, `"#/"`, `"#/repair"`, `"#/repair/"`, `"#/repair?x"`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if path.is_empty() || path == "/" {
            return Route::Home;
        }
        let trimmed = path.trim_end_matches('/');
        TABLE
            .iter()
            .find(|(p, _)| *p == trimmed)
            .map(|(_, route)| route.clone())
            .unwrap_or_else(|| Route::NotFound(path.chars().take(200).collect()))
    }

    /// The hash that leads here, for links (`"#/repair"`).
    pub fn href(&self) -> String {
        match self {
            Route::NotFound(path) => format!("#{path}"),
            route => {
                let path = TABLE
                    .iter()
                    .find(|(_, r)| r == route)
                    .map(|(p, _)| *p)
                    .unwrap_or("/");
                format!("#{path}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_known_hash_and_its_variants() {
        for (hash, route) in [
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/assessment", Route::Assessment),
            ("#/assessment/", Route::Assessment),
            ("#/boundaries?from=results", Route::Boundaries),
            ("#/repair", Route::Repair),
            ("#/your-data", Route::YourData),
            ("#/partner", Route::Partner),
            ("#/partner?p=TU5EUAE", Route::Partner),
            ("#/privacy", Route::Privacy),
            ("#/help", Route::Help),
            ("#/nope", Route::NotFound("/nope".into())),
            ("#repair", Route::NotFound("repair".into())),
            ("#/REPAIR", Route::NotFound("/REPAIR".into())),
        ] {
            assert_eq!(Route::parse(hash), route, "{hash:?}");
        }
    }

    #[test]
    fn href_is_the_inverse_of_parse() {
        for (_, route) in TABLE {
            assert_eq!(&Route::parse(&route.href()), route);
        }
        let lost = Route::NotFound("/old-link".into());
        assert_eq!(Route::parse(&lost.href()), lost);
    }
}
