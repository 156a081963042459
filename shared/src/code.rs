//! Closed sets of values with a stable code: the code is what the database stores, forms post and
//! URLs carry; the enum is what the code means. Reading a stored code the domain does not know is
//! an error (a corrupt row, or data from a newer version), never a silent default.
//!
//! `coded_enum!` declares such a set; `stored_as_text!` lets an enum written by hand (with its own
//! `code` and `parse`) be read from and written to a TEXT column the same way. Both need the `db`
//! feature for the database side, which only the server enables (the browser build has no diesel).

/// Declares a closed set of values with a stable code, used in the database and in URLs.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
        #[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        $crate::code::stored_as_text!($name);
    };
}
pub(crate) use coded_enum;

/// Reads and writes `$name` as its code in a TEXT column, on every backend. The enum itself must
/// derive `AsExpression` and `FromSqlRow` with `sql_type = Text` (under the `db`
/// feature), and have `code(self) -> &'static str` and `parse(&str) -> Option<Self>`.
macro_rules! stored_as_text {
    ($name:ty) => {
        #[cfg(feature = "db")]
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(value: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let code = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(value)?;
                <$name>::parse(&code).ok_or_else(|| format!("{}: unknown code {code:?}", stringify!($name)).into())
            }
        }

        #[cfg(feature = "db")]
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(self.code(), out)
            }
        }
    };
}
pub(crate) use stored_as_text;
