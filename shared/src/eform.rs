//! Electronic forms (tờ khai điện tử) as data. A procedure's form is a [`FormSchema`] stored as
//! JSON beside the procedure version; the same schema drives the page, and the same
//! [`validate`] runs in the browser and on the server, so a form is never judged twice by two
//! different rules.
//!
//! Field types: text, long text, number, money (VND), date, select, radio, checkbox, personal ID,
//! tax code, phone, e-mail, administrative unit (current communes), repeating group, and a
//! pointer to a document requirement (where its upload slot appears). A field may carry a
//! condition (shown, and required, only when another field has a value or a given value), help
//! text, and where to prefill it from the account. Rules across fields ([`Rule`]: dates in
//! order, one answer required with another) are part of the schema and of the same validator.
//! A form is filled in steps ([`steps`]): one section per page, then the documents, then a
//! check of the answers.

pub mod builder;
mod generic;
mod readable;
mod schema;
mod steps;
mod validate;
mod values;

pub use generic::{GENERIC_FORM_KEY, generic_form};
pub use readable::{Answer, ReadSection, Words, readable, text_of};
pub use schema::{Choice, Condition, Field, FieldKind, FormSchema, Prefill, Rule, Section};
pub use steps::{Step, section_of, step_shows, steps};
pub use validate::{FieldProblem, Problem, earlier_of, validate};
pub use values::{FormValues, MAX_VALUE_CHARS, Row};
