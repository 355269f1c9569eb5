//! E-mail addresses as customers and merchants type them.

/// A plausible address: one `@`, a dotted domain, no spaces, at most 200 characters.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 200
        && !email.contains(char::is_whitespace)
}
