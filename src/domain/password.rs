//! A dashboard password a person may choose: long enough, not one of the passwords
//! attackers try first, not the account's own e-mail. Parse, don't validate: a
//! [`NewPassword`] exists only if it passes.
use std::{collections::HashSet, sync::OnceLock};

/// Fewer characters than this are refused (NIST SP 800-63B asks for at least 8; we ask 12).
pub const MINIMUM_LENGTH: usize = 12;
/// More are refused too: nobody types them, and hashing need not take arbitrary input.
pub const MAXIMUM_LENGTH: usize = 256;

/// The 10,000 most common passwords (zxcvbn's list; `assets/passwords/README`).
const COMMON_PASSWORDS: &str = include_str!("../../assets/passwords/common-passwords.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RefusedPassword {
    #[error("Choose a password of at least 12 characters")]
    TooShort,
    #[error("Choose a password of at most 256 characters")]
    TooLong,
    #[error("This password is one of the most common ones: choose another")]
    Common,
    #[error("Your password must not be your e-mail address")]
    IsEmail,
}

/// A password that passed the rules. Not `Serialize` and not `Debug`-printed, so it
/// cannot end up in a response or a log by accident.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

impl NewPassword {
    /// `input` as the password of the account `email`, if the rules allow it.
    pub fn parse(input: &str, email: &str) -> Result<Self, RefusedPassword> {
        let length = input.chars().count();
        if length < MINIMUM_LENGTH {
            return Err(RefusedPassword::TooShort);
        }
        if length > MAXIMUM_LENGTH {
            return Err(RefusedPassword::TooLong);
        }
        let folded = input.trim().to_lowercase();
        if is_common(&folded) {
            return Err(RefusedPassword::Common);
        }
        if folded == email.trim().to_lowercase() {
            return Err(RefusedPassword::IsEmail);
        }
        Ok(Self(input.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn is_common(folded: &str) -> bool {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| COMMON_PASSWORDS.lines().collect())
        .contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert_eq!(
            NewPassword::parse("eleven chrs", "a@b.test").unwrap_err(),
            RefusedPassword::TooShort
        );
        // Twelve characters, counted as characters rather than bytes.
        assert!(NewPassword::parse("ünïcödé-pass", "a@b.test").is_ok());
        assert_eq!(
            NewPassword::parse(&"x".repeat(257), "a@b.test").unwrap_err(),
            RefusedPassword::TooLong
        );
    }

    #[test]
    fn the_common_list_is_shipped_and_consulted_whatever_the_case() {
        assert_eq!(COMMON_PASSWORDS.lines().count(), 10_000);
        for common in ["1qaz2wsx3edc", "Q1W2E3R4T5Y6", " 123qweasdzxc "] {
            assert_eq!(
                NewPassword::parse(common, "a@b.test").unwrap_err(),
                RefusedPassword::Common,
                "{common}"
            );
        }
        let long_common: Vec<&str> = COMMON_PASSWORDS
            .lines()
            .filter(|p| p.chars().count() >= MINIMUM_LENGTH)
            .collect();
        assert!(!long_common.is_empty());
        for common in long_common {
            assert_eq!(
                NewPassword::parse(&common.to_uppercase(), "a@b.test").unwrap_err(),
                RefusedPassword::Common,
                "{common}"
            );
        }
        assert!(NewPassword::parse("correct horse battery staple", "a@b.test").is_ok());
    }

    #[test]
    fn the_accounts_own_email_is_refused() {
        assert_eq!(
            NewPassword::parse("Owner@Example.test", "owner@example.test").unwrap_err(),
            RefusedPassword::IsEmail
        );
    }

    #[test]
    fn a_password_never_prints() {
        let password = NewPassword::parse("correct horse battery staple", "a@b.test").unwrap();
        assert!(!format!("{password:?}").contains("horse"));
    }
}
